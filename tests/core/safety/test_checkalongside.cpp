// Issue 12: a file's contents check (PRAGMA integrity_check) runs in another thread while a command
// reads, instead of before it; nothing is written, and nothing is answered, before it has passed.

#include "catch.h"
#include "cliprocess.h"
#include "demodb.h"
#include "rawsql.h"

#include "changes/recordchanges.h"
#include "persistence/dberror.h"
#include "persistence/locationrepository.h"
#include "persistence/migrations.h"

#include <QFile>
#include <QSqlQuery>

using namespace samenplan;

namespace {

std::unique_ptr<Database> openAlongside(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting, Database::ContentCheck::AlongsideReading);
    INFO(opened.error.toStdString());
    REQUIRE(opened.database);
    return std::move(opened.database);
}

Location newLocation()
{
    Location location;
    location.name = QStringLiteral("De Boomhut");
    location.lrkNumber = QStringLiteral("123456789");
    return location;
}

bool rawInsertWorks(const Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("UPDATE locations SET address = address"));
}

} // namespace

TEST_CASE("a damaged file opened with the check alongside is read, but never written, and named damaged", "[safety][open]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    damageIndex(path);
    const QByteArray before = fileHash(path);
    const QStringList listing = folderListing(tmp.dir.path());
    {
        auto db = openAlongside(path);
        CHECK_FALSE(LocationRepository(*db).all().isEmpty()); // reading goes on meanwhile
        CHECK(db->contentProblem().contains(QStringLiteral("damaged")));
        CHECK(db->contentCheckDone());
        // Every way of writing refuses with the check's sentence.
        try {
            Transaction transaction(*db);
            FAIL("a transaction started on a damaged file");
        } catch (const DbError &error) {
            CHECK(error.message().contains(QStringLiteral("damaged")));
        }
        CHECK_THROWS_AS(changes::add(*db, newLocation()), DbError);
        CHECK_THROWS_AS(db->exec(QStringLiteral("DELETE FROM locations")), DbError);
        CHECK_THROWS_AS(db->execDirect(QStringLiteral("DELETE FROM locations")), DbError);
        CHECK_FALSE(rawInsertWorks(*db)); // even past Database: the connection stays query-only
        CHECK(db->saveCopy(tmp.file(QStringLiteral("copy.samenplan"))).contains(QStringLiteral("damaged")));
    }
    CHECK(fileHash(path) == before);
    CHECK(folderListing(tmp.dir.path()) == listing);
}

TEST_CASE("the check alongside reads the schema's CHECK rules too", "[safety][open]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    runRawSql(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                     QStringLiteral("UPDATE placement_days SET weekday = 0 WHERE rowid = (SELECT MIN(rowid) FROM placement_days)")});
    const QByteArray before = fileHash(path);
    {
        auto db = openAlongside(path);
        CHECK(db->contentProblem().contains(QStringLiteral("breaks the rules")));
        CHECK_THROWS_AS(changes::add(*db, newLocation()), DbError);
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("a sound file opened with the check alongside is written only after the check", "[safety][open]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto db = openAlongside(path);
    // Until the answer is taken the connection is query-only, whatever writes past Database.
    CHECK_FALSE(rawInsertWorks(*db));
    const Id id = changes::add(*db, newLocation()); // waits for the check, which passes
    CHECK(db->contentProblem().isEmpty());
    CHECK(rawInsertWorks(*db));
    db.reset();
    auto again = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(again.database);
    CHECK(LocationRepository(*again.database).find(id).has_value());
}

TEST_CASE("a file of an older version is checked before it is upgraded, whichever check is asked for", "[safety][open]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("v6.samenplan"));
    REQUIRE(QFile::copy(QStringLiteral(SAMENPLAN_TEST_DATA "/schema-v6-demo.samenplan"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    SECTION("sound: upgraded when opened")
    {
        auto db = openAlongside(path);
        CHECK(db->schemaVersion() == currentSchemaVersion());
        CHECK(db->contentProblem().isEmpty());
    }
    SECTION("damaged: refused when opened, not upgraded")
    {
        damageIndex(path);
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path, Database::Mode::OpenExisting, Database::ContentCheck::AlongsideReading);
        CHECK_FALSE(opened.database);
        CHECK(opened.error.contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("the commands that check alongside answer nothing from a damaged file", "[safety][open][cli]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    damageIndex(path);
    const QByteArray before = fileHash(path);
    const QString pdf = tmp.file(QStringLiteral("roster.pdf"));
    const QList<QStringList> commands = {
        {QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--json")},
        {QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48")},
        {QStringLiteral("occupancy"), path, QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("--json")},
        {QStringLiteral("roster"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--pdf"), pdf},
        {QStringLiteral("roster"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--pdf"), pdf,
         QStringLiteral("--location"), QStringLiteral("Nowhere")},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliProcessRun run = runCliProcess(command);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.contains(QStringLiteral("damaged")));
        CHECK_FALSE(QFile::exists(pdf));
    }
    CHECK(fileHash(path) == before);
}
