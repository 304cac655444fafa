// Opening a Samenplan database on a PostgreSQL server (Database::open with a postgresql:// address).
// The same numbered migrations as for files create and upgrade the schema; a database that holds
// other tables, or a schema of a newer Samenplan, is refused before anything is written.

#include "persistence/database.h"

#include "persistence/databaselock.h"
#include "persistence/dberror.h"
#include "persistence/migrations.h"
#include "persistence/serverconnection.h"

#include <QAtomicInteger>
#include <QLockFile>
#include <QSqlError>

namespace samenplan {
namespace {

QString nextServerConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("samenplan-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Tables, views and the like a user made, outside PostgreSQL's own schemas.
int userRelationCount(const Database &db)
{
    QSqlQuery query = db.exec(QStringLiteral(
        "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"));
    return query.next() ? query.value(0).toInt() : 0;
}

bool hasSchemaTable(const Database &db)
{
    QSqlQuery query = db.exec(QStringLiteral("SELECT to_regclass('samenplan_schema') IS NOT NULL"));
    return query.next() && query.value(0).toBool();
}

// Why this database cannot be opened in this mode, or empty.
QString refusal(const Database &db, Database::Mode mode, const ServerAddress &address)
{
    const QString shown = address.displayName();
    if (!hasSchemaTable(db)) {
        if (mode == Database::Mode::CreateNew) {
            if (userRelationCount(db) > 0)
                return Database::tr("The database %1 already holds other tables; Samenplan needs an empty "
                                    "database of its own.").arg(shown);
            return {};
        }
        if (userRelationCount(db) == 0)
            return Database::tr("The database %1 has no Samenplan data yet; create it with samenplan-cli server "
                                "init.").arg(shown);
        return Database::tr("The database %1 is not a Samenplan database.").arg(shown);
    }
    const int version = readSchemaVersion(db);
    if (mode == Database::Mode::CreateNew)
        return Database::tr("The database %1 already holds a Samenplan database (version %2).").arg(shown).arg(version);
    if (version > currentSchemaVersion())
        return Database::tr("The database %1 was made by a newer Samenplan (database version %2); this version "
                            "reads up to version %3. Please update Samenplan.")
            .arg(shown)
            .arg(version)
            .arg(currentSchemaVersion());
    return {};
}

} // namespace

Database::OpenResult Database::openServer(const QString &url, Mode mode)
{
    const ServerAddress address = ServerAddress::parse(url);
    if (!address.isValid())
        return {nullptr, address.error()};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return {nullptr, tr("This Samenplan cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing "
                            "(on Debian and Ubuntu: the package libqt6sql6-psql).")};

    const QString name = nextServerConnectionName();
    std::unique_ptr<Database> db(new Database(address.url(), name, nullptr));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        address.configure(connection);
        if (!connection.open()) {
            const QString error = serverConnectionError(address, connection.lastError().text());
            db.reset();
            return {nullptr, error};
        }
    }
    try {
        db->execDirect(QStringLiteral("SET client_min_messages = warning"));
        if (const QString problem = refusal(*db, mode, address); !problem.isEmpty())
            return {nullptr, problem};
        migrate(*db, schemaMigrations());
    } catch (const DbError &error) {
        return {nullptr, error.message()};
    }
    return {std::move(db), {}};
}

bool Database::mayRead(const QString &table) const
{
    if (!isPostgres())
        return true;
    const auto known = m_readable.constFind(table);
    if (known != m_readable.constEnd())
        return *known;
    QSqlQuery query = exec(QStringLiteral("SELECT has_table_privilege(?, 'SELECT')"), {table});
    const bool readable = query.next() && query.value(0).toBool();
    m_readable.insert(table, readable);
    return readable;
}

QString Database::reconnect()
{
    if (!isPostgres())
        return {};
    m_statements.clear(); // prepared on the lost connection
    m_reads.clear();
    m_readable.clear();
    QSqlDatabase connection = this->connection();
    connection.close();
    if (!connection.open())
        return serverConnectionError(ServerAddress::parse(m_path), connection.lastError().text());
    try {
        execDirect(QStringLiteral("SET client_min_messages = warning"));
    } catch (const DbError &error) {
        return error.message();
    }
    return {};
}

} // namespace samenplan
