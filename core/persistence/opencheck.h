#pragma once
// The checks a database file passes before Samenplan writes to it, each leaving a refused file
// exactly as it was, with nothing new beside it.
//
// Verified against SQLite 3.40: a read-only connection does not even parse a table's CHECK
// constraints, so neither integrity_check nor quick_check reports rows that break them there (a
// placement day with weekday 0 passed); on a writing connection both do. quick_check skips
// comparing each index with its table, so a file with a damaged index passed; integrity_check finds
// it. Hence two steps: what the file is, on a read-only connection that creates no -wal or -shm
// (immutable unless a journal is waiting), so another program's database or a newer Samenplan's is
// never opened for writing; then integrity_check on the writing connection before anything is
// written (reading writes nothing, and closing it removes the -wal and -shm it made).

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace samenplan {

class OpenCheck {
    Q_DECLARE_TR_FUNCTIONS(samenplan::Database)

public:
    // A Samenplan database of a version this build reads. sqlitePath: the name SQLite opens (its
    // journal is named after it); shown: the name the user gave. Returns one sentence, or empty.
    static QString identity(const QString &sqlitePath, const QString &shown);
    // Undamaged, indexes included, and every row keeps the schema's CHECK and NOT NULL rules.
    // connection: the writing connection, before anything is written. Returns one sentence, or empty.
    static QString contents(const QSqlDatabase &connection, const QString &shown);
};

// A connection name no other connection in this process uses.
QString newConnectionName();

} // namespace samenplan
