#pragma once
// Copying a whole organisation from one database to another: a file to a server, a server to a file,
// or file to file. All or nothing: the rows are written in one transaction on the destination, and a
// failed copy leaves no destination file behind (a server database is left empty).

#include <QCoreApplication>
#include <QString>

namespace samenplan {

class Database;

class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(samenplan::DatabaseCopy)

public:
    struct Result {
        QString error; // one readable sentence, empty on success
        qint64 rows = 0;
    };

    // Copies source into destination: a file name that does not exist yet, or a server address whose
    // database is empty or holds an empty Samenplan schema. Refuses any destination that holds data.
    static Result copy(const Database &source, const QString &destination);

    // Copies every row of source into an open, empty destination inside one transaction. Throws DbError.
    static qint64 copyRows(const Database &source, const Database &destination);
};

} // namespace samenplan
