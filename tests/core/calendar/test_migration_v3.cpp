#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include "persistence/calendarrepository.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

// tests/data/schema-v2-demo.samenplan was made by Samenplan with schema version 2 (the version
// before the calendars and day records): `samenplan-cli init FILE --demo --date 2026-11-23`.
TEST_CASE("A version 2 database upgrades to the calendars and day records, keeping its data", "[calendar][migration]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("old.samenplan"));
    REQUIRE(QFile::copy(QStringLiteral(SAMENPLAN_TEST_DATA "/schema-v2-demo.samenplan"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        const Database &db = *opened.database;
        CHECK(db.schemaVersion() == currentSchemaVersion());
        CHECK(ChildRepository(db).all().size() == 47);
        const QList<Location> locations = LocationRepository(db).all();
        REQUIRE_FALSE(locations.isEmpty());
        for (const Location &location : locations) {
            CHECK(location.holidayRegion == HolidayRegion::Midden);
            CHECK(location.closedOnPublicHolidays);
        }
        for (const Group &group : GroupRepository(db).all()) {
            CHECK_FALSE(group.schoolDayHours);
            CHECK_FALSE(group.holidayHours);
        }
        CHECK(CalendarRepository(db).schoolHolidays().size() == 45);
    }
    // The upgraded file answers the day record (the plan: nothing registered yet).
    const CliRun run = runCliWith({QStringLiteral("dayrecord"), path, QStringLiteral("--date"), QStringLiteral("2026-11-23"),
                                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray groups = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("groups")).toArray();
    REQUIRE_FALSE(groups.isEmpty());
    CHECK(groups.first().toObject().value(QStringLiteral("source")).toString() == QLatin1String("plan"));
}
