// The schema additions a location set up from the interface needs (schema_v5.cpp): a file of the
// previous version opens, keeps every row and gains the new fields with their defaults; the new
// fields round-trip through the repositories.

#include "catch.h"
#include "tempdir.h"

#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/migrations.h"
#include "persistence/placementrepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace samenplan;

namespace {

// tests/data/schema-v4-demo.samenplan: `samenplan-cli init F --demo --date 2026-11-23` at schema
// version 4 (database identity, coaching session sequence).
QString versionFourCopy(const TempDir &tmp)
{
    const QString path = tmp.file(QStringLiteral("v4.samenplan"));
    REQUIRE(QFile::copy(QStringLiteral(SAMENPLAN_TEST_DATA "/schema-v4-demo.samenplan"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// One number read without Samenplan (so without migrating).
int rawNumber(const QString &path, const QString &sql)
{
    int count = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-setup"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        count = query.value(0).toInt();
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-setup"));
    return count;
}

} // namespace

TEST_CASE("a file of the previous schema version opens with its data and the new fields empty", "[database][migration]")
{
    TempDir tmp;
    const QString path = versionFourCopy(tmp);
    REQUIRE(rawNumber(path, QStringLiteral("PRAGMA user_version")) == 4);
    const int children = rawNumber(path, QStringLiteral("SELECT count(*) FROM children"));
    const int placements = rawNumber(path, QStringLiteral("SELECT count(*) FROM placements"));
    const int groups = rawNumber(path, QStringLiteral("SELECT count(*) FROM care_groups"));
    REQUIRE(children > 0);

    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    CHECK(db.schemaVersion() == currentSchemaVersion());
    const QList<Child> all = ChildRepository(db).all();
    CHECK(all.size() == children);
    for (const Child &child : all)
        CHECK_FALSE(child.expected);
    const QList<Group> allGroups = GroupRepository(db).all();
    CHECK(allGroups.size() == groups);
    for (const Group &group : allGroups)
        CHECK(group.archivedFrom.isNull());
    const QList<Placement> allPlacements = PlacementRepository(db).all();
    CHECK(allPlacements.size() == placements);
    for (const Placement &placement : allPlacements)
        CHECK(placement.endReason.isEmpty());
    const QList<Location> locations = LocationRepository(db).all();
    REQUIRE(locations.size() == 1);
    CHECK(locations.first().hoursOn(1).has_value());
}

TEST_CASE("archive date, expected flag and end reason are stored", "[database]")
{
    TempDir tmp;
    auto opened = Database::open(tmp.file(QStringLiteral("new.samenplan")), Database::Mode::CreateNew);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    Location location;
    location.name = QStringLiteral("De Boomhut");
    location.lrkNumber = QStringLiteral("123456789");
    location.openingHours[0] = TimeRange{450, 1110};
    location.id = LocationRepository(db).insert(location);

    Group group;
    group.locationId = location.id;
    group.name = QStringLiteral("Eekhoorns");
    group.archivedFrom = QDate(2027, 2, 1);
    group.id = GroupRepository(db).insert(group);
    CHECK(GroupRepository(db).find(group.id)->archivedFrom == QDate(2027, 2, 1));
    CHECK(GroupRepository(db).find(group.id)->archivedOn(QDate(2027, 2, 1)));
    CHECK_FALSE(GroupRepository(db).find(group.id)->archivedOn(QDate(2027, 1, 31)));

    Child baby;
    baby.firstName = QStringLiteral("Baby");
    baby.lastName = QStringLiteral("Jansen");
    baby.birthDate = QDate(2027, 3, 1);
    baby.expected = true;
    baby.id = ChildRepository(db).insert(baby);
    CHECK(ChildRepository(db).find(baby.id)->expected);

    Placement placement;
    placement.childId = baby.id;
    placement.groupId = group.id;
    placement.start = QDate(2027, 1, 4);
    placement.end = QDate(2027, 1, 29);
    placement.endReason = QStringLiteral("Verhuisd");
    placement.days = {{1, TimeRange{480, 780}}};
    placement.id = PlacementRepository(db).insert(placement);
    CHECK(PlacementRepository(db).find(placement.id)->endReason == QStringLiteral("Verhuisd"));
}
