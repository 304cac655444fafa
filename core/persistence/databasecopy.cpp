#include "persistence/databasecopy.h"

#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/schematables.h"
#include "persistence/serverconnection.h"
#include "persistence/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlRecord>

namespace samenplan {
namespace {

bool hasRows(const Database &db)
{
    for (const QString &table : samenplanTables()) {
        if (seededTables().contains(table))
            continue;
        QSqlQuery query = db.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (query.next())
            return true;
    }
    return false;
}

// As Database::exec binds: a null QString is empty text, SQL NULL only for null variants.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

void removeFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

QString shownName(const QString &location)
{
    return ServerAddress::isServerUrl(location) ? ServerAddress::parse(location).displayName()
                                                : QDir::toNativeSeparators(location);
}

} // namespace

qint64 DatabaseCopy::copyRows(const Database &source, const Database &destination)
{
    if (source.schemaVersion() != destination.schemaVersion())
        throw DbError(tr("The two databases have different versions (%1 and %2).")
                          .arg(source.schemaVersion())
                          .arg(destination.schemaVersion()));
    Transaction reading(source);
    if (source.isPostgres()) // one consistent picture of the organisation while other planners work
        source.execDirect(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    Transaction writing(destination);
    qint64 rows = 0;
    for (const QString &table : samenplanTables()) {
        // The source's own replace the seeded rows; emptied only now, after the audit log, so that a
        // server's audit trigger numbers its rows after the copied history.
        if (seededTables().contains(table))
            destination.exec(QStringLiteral("DELETE FROM %1").arg(table));
        QSqlQuery read = source.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        const QSqlRecord record = read.record();
        QStringList columns, marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write(destination.connection());
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        if (!write.prepare(sql))
            throw DbError(tr("The destination refused the table %1: %2").arg(table, write.lastError().text()));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, bindable(read.value(i)));
            if (!write.exec())
                throw DbError(tr("A row of the table %1 could not be copied: %2").arg(table, write.lastError().text()));
            ++rows;
        }
        if (read.lastError().isValid()) { // a read that ended part-way: never a shortened copy
            const QSqlError error = read.lastError();
            const SqliteFailure failure{source.isPostgres() ? -1 : error.nativeErrorCode().toInt() & 0xff,
                                        error.databaseText()};
            throw DbError(tr("The table %1 could not be read: %2").arg(table, Database::readFailureText(failure)));
        }
        if (destination.isPostgres() && columns.contains(QLatin1String("id"))) {
            // Rows kept their numbers; new rows continue after the highest.
            destination.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                            "COALESCE(MAX(id), 0) + 1, false) FROM %1").arg(table));
        }
    }
    writing.commit();
    return rows;
}

DatabaseCopy::Result DatabaseCopy::copy(const Database &source, const QString &destination)
{
    const bool toServer = ServerAddress::isServerUrl(destination);
    if (destination == source.path())
        return {tr("The source and the destination are the same database."), 0};

    auto opened = Database::open(destination, Database::Mode::CreateNew);
    if (!opened.database && toServer) {
        // A server database prepared with "server init" holds an empty schema: fine, if empty.
        auto existing = Database::open(destination, Database::Mode::OpenExisting);
        if (existing.database) {
            try {
                if (hasRows(*existing.database))
                    return {tr("The database %1 already holds data; copy only into an empty database.")
                                .arg(shownName(destination)), 0};
            } catch (const DbError &error) {
                return {error.message(), 0};
            }
            opened = std::move(existing);
        }
    }
    if (!opened.database)
        return {opened.error, 0};

    Result result;
    try {
        result.rows = copyRows(source, *opened.database);
    } catch (const DbError &error) {
        result.error = tr("Nothing was copied: %1").arg(error.message());
        opened.database.reset();
        if (!toServer)
            removeFile(destination);
    }
    return result;
}

} // namespace samenplan
