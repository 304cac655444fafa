// Opening and creating a Samenplan database on a PostgreSQL server: the address, the schema check
// (an empty database, other tables, a newer Samenplan), and the same migrations as for files.

#include "catch.h"
#include "clirunner.h"
#include "pgserver.h"
#include "tempdir.h"

#include "persistence/database.h"
#include "persistence/migrations.h"
#include "persistence/schematables.h"
#include "persistence/serverconnection.h"

using namespace samenplan;

namespace {

int tableCount(const Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a server address names host, port, user and database, a password in it is refused", "[server]")
{
    const ServerAddress tcp = ServerAddress::parse(QStringLiteral("postgresql://planner@db.example.org:6543/kinderopvang"));
    REQUIRE(tcp.isValid());
    CHECK(tcp.host() == QStringLiteral("db.example.org"));
    CHECK(tcp.port() == 6543);
    CHECK(tcp.user() == QStringLiteral("planner"));
    CHECK(tcp.databaseName() == QStringLiteral("kinderopvang"));

    const ServerAddress socket = ServerAddress::parse(QStringLiteral("postgresql:///samen?host=/run/pg%20sock&user=anna"));
    REQUIRE(socket.isValid());
    CHECK(socket.host() == QStringLiteral("/run/pg sock"));
    CHECK(socket.user() == QStringLiteral("anna"));
    CHECK(socket.databaseName() == QStringLiteral("samen"));

    for (const QString &secret : {QStringLiteral("postgresql://anna:geheim42@host/samen"),
                                  QStringLiteral("postgresql:///samen?host=/tmp&password=geheim42")}) {
        const ServerAddress withPassword = ServerAddress::parse(secret);
        CHECK_FALSE(withPassword.isValid());
        CHECK(withPassword.error().contains(QStringLiteral("PGPASSWORD")));
        CHECK_FALSE(withPassword.error().contains(QStringLiteral("geheim42")));
        const CliRun run = runCliWith({QStringLiteral("occupancy"), secret, QStringLiteral("--date"), QStringLiteral("2026-11-23")});
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.contains(QStringLiteral("geheim42")));
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://host")).isValid()); // no database
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql:///x?sslmod=require")).isValid());
    CHECK(ServerAddress::isServerUrl(QStringLiteral("postgres://h/d")));
    CHECK_FALSE(ServerAddress::isServerUrl(QStringLiteral("/home/anna/postgresql.samenplan")));
}

TEST_CASE("server init creates the numbered schema in an empty database, once", "[server]")
{
    TestServerDatabase server;
    const CliRun init = runCliWith({QStringLiteral("server"), QStringLiteral("init"), server.url()});
    CHECK(init.exitCode == 0);
    CHECK(init.err.isEmpty());

    auto opened = Database::open(server.url(), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    CHECK(opened.database->isPostgres());
    CHECK(opened.database->schemaVersion() == currentSchemaVersion());
    for (const QString &table : samenplanTables()) {
        QSqlQuery q = opened.database->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        REQUIRE(q.next());
        INFO(table.toStdString());
        if (seededTables().contains(table))
            CHECK(q.value(0).toInt() > 0); // the school holidays shipped with Samenplan
        else
            CHECK(q.value(0).toInt() == 0);
    }
    const int tables = tableCount(*opened.database);
    opened.database.reset();

    const CliRun again = runCliWith({QStringLiteral("server"), QStringLiteral("init"), server.url()});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already holds a Samenplan database")));
    auto reopened = Database::open(server.url(), Database::Mode::OpenExisting);
    REQUIRE(reopened.database);
    CHECK(tableCount(*reopened.database) == tables);
}

TEST_CASE("a server database with other tables, none, or a newer schema is refused unchanged", "[server]")
{
    SECTION("other tables")
    {
        TestServerDatabase server;
        REQUIRE(TestServer::admin(QStringLiteral("CREATE TABLE invoices (id INTEGER)"), server.name()).isEmpty());
        const auto created = Database::open(server.url(), Database::Mode::CreateNew);
        CHECK_FALSE(created.database);
        CHECK(created.error.contains(QStringLiteral("other tables")));
        const auto opened = Database::open(server.url(), Database::Mode::OpenExisting);
        CHECK_FALSE(opened.database);
        CHECK(opened.error.contains(QStringLiteral("not a Samenplan database")));
        CHECK(TestServer::value(QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'"),
                                server.name()) == QStringLiteral("invoices"));
    }
    SECTION("an empty database is opened only after server init")
    {
        TestServerDatabase server;
        const CliRun run = runCliWith({QStringLiteral("check"), server.url(), QStringLiteral("--week"), QStringLiteral("2026-W48")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("server init")));
        CHECK(TestServer::admin(QStringLiteral("SELECT 1 FROM samenplan_schema"), server.name()).contains(QStringLiteral("does not exist")));
    }
    SECTION("a newer Samenplan's schema")
    {
        TestServerDatabase server;
        REQUIRE(Database::open(server.url(), Database::Mode::CreateNew).database);
        const int newer = currentSchemaVersion() + 3;
        REQUIRE(TestServer::admin(QStringLiteral("UPDATE samenplan_schema SET version = %1").arg(newer), server.name()).isEmpty());
        const auto opened = Database::open(server.url(), Database::Mode::OpenExisting);
        CHECK_FALSE(opened.database);
        CHECK(opened.error.contains(QStringLiteral("newer Samenplan")));
        CHECK(TestServer::value(QStringLiteral("SELECT version FROM samenplan_schema"), server.name()) == QString::number(newer));
    }
}

TEST_CASE("a server that cannot be reached gives one readable line", "[server]")
{
    TempDir tmp;
    const QString url = QStringLiteral("postgresql:///samen?host=%1").arg(tmp.file(QStringLiteral("nosocket")));
    const CliRun run = runCliWith({QStringLiteral("occupancy"), url, QStringLiteral("--date"), QStringLiteral("2026-11-23")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QStringLiteral("samenplan-cli: occupancy: Cannot connect to the server samen on ")));
}

TEST_CASE("a version-6 server gains the scenario tables with their roles when it opens at version 7", "[server][migration][scenario]")
{
    TestServerDatabase server;
    REQUIRE(Database::open(server.url(), Database::Mode::CreateNew).database);
    for (const auto &[user, role] : {std::pair{QStringLiteral("ada"), QStringLiteral("admin")}, std::pair{QStringLiteral("vera"), QStringLiteral("viewer")}}) {
        const CliRun grant = runCliWith({QStringLiteral("server"), QStringLiteral("grant"), server.url(), QStringLiteral("--user"), user,
                                         QStringLiteral("--role"), role});
        INFO(grant.err.toStdString());
        REQUIRE(grant.exitCode == 0);
    }
    // The server as version 6 left it: version 7 only added the two tables (their policies,
    // triggers and grants go with them).
    REQUIRE(TestServer::admin(QStringLiteral("DROP TABLE scenario_changes"), server.name()).isEmpty());
    REQUIRE(TestServer::admin(QStringLiteral("DROP TABLE scenarios"), server.name()).isEmpty());
    REQUIRE(TestServer::admin(QStringLiteral("UPDATE samenplan_schema SET version = 6"), server.name()).isEmpty());

    auto opened = Database::open(server.url(), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    CHECK(opened.database->schemaVersion() == 7);
    opened.database.reset();
    for (const QString &table : {QStringLiteral("scenarios"), QStringLiteral("scenario_changes")}) {
        INFO(table.toStdString());
        CHECK(TestServer::value(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = '%1'::regclass").arg(table), server.name())
              == QStringLiteral("true"));
        CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = '%1'::regclass AND tgname LIKE 'samenplan_%'")
                                    .arg(table), server.name()) == QStringLiteral("2"));
        // The admin granted before the upgrade reaches them; the viewer does not.
        CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), server.name(), QStringLiteral("ada")) == QStringLiteral("0"));
        CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), server.name(), QStringLiteral("vera"))
                  .contains(QStringLiteral("permission denied")));
    }
}
