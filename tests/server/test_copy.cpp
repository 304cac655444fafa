// samenplan-cli copy: a whole organisation from a file to a server and back, all or nothing, and the
// same answers from occupancy, check and coaching on every copy.

#include "catch.h"
#include "clirunner.h"
#include "demodb.h"
#include "pgserver.h"

#include "changes/recordchanges.h"
#include "persistence/auditlogrepository.h"
#include "persistence/databasecopy.h"
#include "persistence/locationrepository.h"
#include "persistence/schematables.h"
#include "planning/planningdata.h"

#include <QFile>

#include <algorithm>

using namespace samenplan;

namespace {

// The organisation's rows: not the audit log, which records the copy itself, nor the seeded school
// holidays and identity, which every new database has.
qint64 rowCount(const QString &location)
{
    auto opened = Database::open(location, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    qint64 rows = 0;
    for (const QString &table : samenplanTables()) {
        if (table == QLatin1String("audit_log") || seededTables().contains(table))
            continue;
        QSqlQuery q = opened.database->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        REQUIRE(q.next());
        rows += q.value(0).toLongLong();
    }
    return rows;
}

// What the three reading commands answer, as text.
QStringList answers(const QString &location)
{
    QStringList result;
    for (const QStringList &command : {
             QStringList{QStringLiteral("occupancy"), location, QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("--json")},
             QStringList{QStringLiteral("check"), location, QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--json")},
             QStringList{QStringLiteral("coaching"), location, QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")}}) {
        const CliRun run = runCliWith(command);
        INFO(command.first().toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode <= 1); // check exits 1 when it finds violations
        CHECK(run.err.isEmpty());
        CHECK(run.out.size() > 20);
        result << run.out;
    }
    return result;
}

} // namespace

TEST_CASE("copy moves an organisation from a file to a server and back with the same answers", "[server][copy]")
{
    TempDir tmp;
    const QString file = makeDemoDatabase(tmp);
    QString uid;
    {
        // The file's own history (an erasure) travels along, next to the server's rows about the copy.
        auto opened = Database::open(file, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        AuditLogRepository(*opened.database).log(QStringLiteral("erase child"), QStringLiteral("child #7"));
        QSqlQuery identity = opened.database->exec(QStringLiteral("SELECT uid FROM database_identity"));
        REQUIRE(identity.next());
        uid = identity.value(0).toString();
    }
    TestServerDatabase server;

    const CliRun up = runCliWith({QStringLiteral("copy"), file, server.url()});
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(rowCount(server.url()) == rowCount(file));

    // The server's audit log holds the copy as one row per table, attributed to the server user.
    CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changed_by = 'postgres'"), server.name())
          == TestServer::value(QStringLiteral("SELECT COUNT(DISTINCT action) FROM audit_log WHERE changed_by = 'postgres'"), server.name()));
    CHECK(TestServer::value(QStringLiteral("SELECT row_count FROM audit_log WHERE action = 'change placements'"), server.name())
          == TestServer::value(QStringLiteral("SELECT COUNT(*) FROM placements"), server.name()));
    CHECK(TestServer::value(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'erase child'"), server.name())
          == QStringLiteral("child #7"));
    // ... numbered before the server's rows about the copy; the organisation keeps its calendar UIDs.
    CHECK(TestServer::value(QStringLiteral("SELECT action FROM audit_log ORDER BY id LIMIT 1"), server.name())
          == QStringLiteral("erase child"));
    CHECK(TestServer::value(QStringLiteral("SELECT uid FROM database_identity"), server.name()) == uid);

    const QString back = tmp.file(QStringLiteral("archief.samenplan"));
    const CliRun down = runCliWith({QStringLiteral("copy"), server.url(), back});
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    CHECK(rowCount(back) == rowCount(file));

    const QStringList original = answers(file);
    CHECK(answers(server.url()) == original);
    CHECK(answers(back) == original);

    // New rows on the server continue after the copied numbers.
    auto opened = Database::open(server.url(), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    QSqlQuery highest = opened.database->exec(QStringLiteral("SELECT MAX(id) FROM locations"));
    REQUIRE(highest.next());
    Location l;
    l.name = QStringLiteral("Het Anker");
    l.lrkNumber = QStringLiteral("909090909090");
    Transaction t(*opened.database);
    CHECK(changes::add(*opened.database, l) > highest.value(0).toLongLong());
    t.commit();
}

TEST_CASE("each location's board week reads the same children and placements from a server as from its file",
          "[server][copy]")
{
    TempDir tmp;
    const QString file = makeDemoDatabase(tmp);
    TestServerDatabase server;
    const CliRun up = runCliWith({QStringLiteral("copy"), file, server.url()});
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    // The children of a location's week (its own, the never placed ones, the waiting list) and their
    // placements, by id: one read with a union of three sets on both.
    const auto weeks = [](const QString &location) {
        auto opened = Database::open(location, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        const QDate monday(2026, 11, 23);
        QStringList lines;
        for (const Location &l : LocationRepository(*opened.database).all()) {
            const auto week = planning::PlanningData::loadLocation(*opened.database, monday, monday.addDays(6), l.id);
            QList<Id> children = week.children.keys(), placements;
            for (const Placement &p : week.placements)
                placements.append(p.id);
            std::sort(children.begin(), children.end());
            std::sort(placements.begin(), placements.end());
            QStringList ids;
            for (const Id id : std::as_const(children))
                ids << QString::number(id);
            ids << QStringLiteral("|");
            for (const Id id : std::as_const(placements))
                ids << QString::number(id);
            lines << l.name + QLatin1Char(':') + ids.join(QLatin1Char(' '));
        }
        return lines;
    };
    const QStringList fromFile = weeks(file);
    CHECK(fromFile.size() >= 1);
    CHECK(weeks(server.url()) == fromFile);
}

TEST_CASE("copy refuses a destination that holds data and leaves it as it was", "[server][copy]")
{
    TempDir tmp;
    const QString file = makeDemoDatabase(tmp);
    TestServerDatabase server;
    REQUIRE(runCliWith({QStringLiteral("copy"), file, server.url()}).exitCode == 0);
    const qint64 rows = rowCount(server.url());

    const CliRun again = runCliWith({QStringLiteral("copy"), file, server.url()});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already holds data")));
    CHECK(rowCount(server.url()) == rows);

    const QString other = makeDemoDatabase(tmp, QStringLiteral("other.samenplan"));
    const QByteArray before = fileHash(other);
    const CliRun onFile = runCliWith({QStringLiteral("copy"), server.url(), other});
    CHECK(onFile.exitCode == 2);
    CHECK(onFile.err.contains(QStringLiteral("already exists")));
    CHECK(fileHash(other) == before);
}

TEST_CASE("copy into a server prepared with server init, a copy that fails half-way leaves nothing", "[server][copy]")
{
    TempDir tmp;
    const QString file = makeDemoDatabase(tmp);
    TestServerDatabase server;
    REQUIRE(runCliWith({QStringLiteral("server"), QStringLiteral("init"), server.url()}).exitCode == 0);

    // The server refuses the shifts, which come late in the copy: everything before them is undone.
    REQUIRE(TestServer::admin(QStringLiteral(
        "CREATE FUNCTION refuse_shift() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'no shifts today'; END $$; "
        "CREATE TRIGGER refuse_shift BEFORE INSERT ON shifts FOR EACH ROW EXECUTE FUNCTION refuse_shift()"),
                              server.name()).isEmpty());
    const CliRun failed = runCliWith({QStringLiteral("copy"), file, server.url()});
    CHECK(failed.exitCode == 2);
    CHECK(failed.err.contains(QStringLiteral("Nothing was copied")));
    CHECK(failed.err.contains(QStringLiteral("no shifts today")));
    CHECK(rowCount(server.url()) == 0);

    REQUIRE(TestServer::admin(QStringLiteral("DROP TRIGGER refuse_shift ON shifts"), server.name()).isEmpty());
    const CliRun copied = runCliWith({QStringLiteral("copy"), file, server.url()});
    CHECK(copied.exitCode == 0);
    CHECK(rowCount(server.url()) == rowCount(file));
}

TEST_CASE("the table list of a copy covers every table of the schema", "[server][copy]")
{
    TempDir tmp;
    const QString file = makeDemoDatabase(tmp);
    auto opened = Database::open(file, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    QSqlQuery q = opened.database->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QStringList listed = samenplanTables();
    listed.sort();
    CHECK(tables == listed);
}
