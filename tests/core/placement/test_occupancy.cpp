#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "placement/occupancy.h"
#include "planning/planningdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;
using namespace samenplan::planning;

namespace {

const QDate Monday(2026, 11, 23);

// A site with one VE group of 8 (4 seats) and a provider; children added per test.
struct Site {
    TempDir tmp;
    QString path = tmp.file(QStringLiteral("o.samenplan"));
    std::unique_ptr<Database> db;
    Id group = NoId;
    Id other = NoId;
    Id provider = NoId;

    Site()
    {
        auto opened = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        samenplan::Location l;
        l.name = QStringLiteral("De Parel");
        l.lrkNumber = QStringLiteral("111122223333");
        for (int day = 1; day <= 5; ++day)
            l.openingHours[day - 1] = TimeRange{450, 1110};
        const Id location = LocationRepository(*db).insert(l);
        Group g;
        g.locationId = location;
        g.name = QStringLiteral("Parelvissers");
        g.careType = CareType::Preschool;
        g.minAgeMonths = 24;
        g.maxAgeMonths = 48;
        g.maxChildren = 8;
        g.youthCareSeats = 4;
        group = GroupRepository(*db).insert(g);
        g.name = QStringLiteral("Zeesterren");
        other = GroupRepository(*db).insert(g);
        YouthCareProvider p;
        p.name = QStringLiteral("Jeugdhulp Test");
        provider = ProviderRepository(*db).insert(p);
    }

    Id child(int ageMonths, const QString &name)
    {
        Child c;
        c.firstName = name;
        c.lastName = QStringLiteral("Test");
        c.birthDate = Monday.addMonths(-ageMonths);
        return ChildRepository(*db).insert(c);
    }

    Id place(Id childId, WeekdayMask days, PlacementKind kind, const QString &overrideReason = {}, Id groupId = NoId)
    {
        Placement p;
        p.childId = childId;
        p.groupId = groupId == NoId ? group : groupId;
        p.start = Monday.addMonths(-1);
        p.kind = kind;
        p.seatOverrideReason = overrideReason;
        for (int day = 1; day <= 5; ++day) {
            if (days & weekdayBit(day))
                p.days.append({day, TimeRange{510, 750}});
        }
        return PlacementRepository(*db).insert(p);
    }

    void refer(Id childId, const QDate &plannedEnd)
    {
        Referral r;
        r.childId = childId;
        r.providerId = provider;
        r.reference = QStringLiteral("T-%1").arg(childId);
        r.start = Monday.addMonths(-3);
        r.plannedEnd = plannedEnd;
        ReferralRepository(*db).insert(r);
    }

    Id youthCareChild(int ageMonths, WeekdayMask days, const QDate &plannedEnd = QDate(2027, 6, 1))
    {
        const Id id = child(ageMonths, QStringLiteral("Jeugd%1").arg(ageMonths));
        refer(id, plannedEnd);
        place(id, days, PlacementKind::YouthCare);
        return id;
    }

    GroupOccupancy on(const QDate &date, Id groupId = NoId)
    {
        const auto all = occupancyOn(PlanningData::load(*db, date.addDays(-7), date.addDays(7)), date);
        for (const GroupOccupancy &g : all) {
            if (g.groupId == (groupId == NoId ? group : groupId))
                return g;
        }
        FAIL("group not found");
        return {};
    }
};

QStringList rules(const GroupOccupancy &g)
{
    QStringList result;
    for (const OccupancyWarning &w : g.warnings)
        result << w.rule;
    return result;
}

constexpr WeekdayMask Mo = 1, Tu = 2, We = 4;

} // namespace

TEST_CASE("two youth-care children on different days share one seat", "[occupancy]")
{
    Site l;
    for (int i = 0; i < 3; ++i)
        l.youthCareChild(30 + i, Mo | Tu | We);
    l.youthCareChild(34, Mo);
    l.youthCareChild(35, Tu); // the fifth child, on another day than the fourth
    const GroupOccupancy monday = l.on(Monday);
    CHECK(monday.youthCarePresent == 4);
    CHECK(monday.youthCareSeats == 4);
    CHECK_FALSE(rules(monday).contains(occupancyrule::YouthCareSeats));
    CHECK(l.on(Monday.addDays(1)).youthCarePresent == 4);
}

TEST_CASE("a fifth youth-care child on the same day is over the seats", "[occupancy]")
{
    Site l;
    for (int i = 0; i < 5; ++i)
        l.youthCareChild(30 + i, Mo);
    const GroupOccupancy monday = l.on(Monday);
    CHECK(monday.youthCarePresent == 5);
    CHECK(rules(monday).contains(occupancyrule::YouthCareSeats));
}

TEST_CASE("regular children fill the regular places, a reserved seat needs an override", "[occupancy]")
{
    Site l;
    for (int i = 0; i < 5; ++i)
        l.place(l.child(30 + i, QStringLiteral("Regulier%1").arg(i)), Mo, PlacementKind::Regular);
    GroupOccupancy monday = l.on(Monday);
    CHECK(monday.regularPlaces == 4);
    CHECK(monday.regularPresent == 5);
    CHECK(rules(monday).contains(occupancyrule::RegularPlaces));

    // The same fifth child with an override takes a seat, and stays flagged.
    Site m;
    for (int i = 0; i < 4; ++i)
        m.place(m.child(30 + i, QStringLiteral("Regulier%1").arg(i)), Mo, PlacementKind::Regular);
    m.place(m.child(35, QStringLiteral("Extra")), Mo, PlacementKind::Regular, QStringLiteral("broertje, tijdelijk"));
    monday = m.on(Monday);
    CHECK(monday.regularPresent == 4);
    CHECK(monday.youthCarePresent == 1);
    CHECK_FALSE(rules(monday).contains(occupancyrule::RegularPlaces));
    REQUIRE(rules(monday).contains(occupancyrule::SeatOverride));
    CHECK(monday.warnings.first().message.contains(QStringLiteral("broertje")));
}

TEST_CASE("a seat without an active referral, and a trajectory about to end", "[occupancy]")
{
    Site l;
    l.place(l.child(30, QStringLiteral("Zonder")), Mo, PlacementKind::YouthCare);
    l.youthCareChild(31, Mo, Monday.addDays(30));
    l.youthCareChild(32, Mo, Monday.addDays(60));
    const GroupOccupancy monday = l.on(Monday);
    CHECK(rules(monday).count(occupancyrule::YouthCareSeats) == 1);
    CHECK(rules(monday).count(occupancyrule::TrajectoryEnding) == 1);
}

TEST_CASE("age range, group size and a second group", "[occupancy]")
{
    Site l;
    l.place(l.child(47, QStringLiteral("Bijna4")), Mo, PlacementKind::Regular);
    const Id twoGroups = l.child(30, QStringLiteral("Twee"));
    l.place(twoGroups, Mo, PlacementKind::Regular);
    l.place(twoGroups, Tu, PlacementKind::Regular, {}, l.other);
    GroupOccupancy monday = l.on(Monday);
    CHECK(rules(monday).contains(occupancyrule::AgeRange));
    CHECK(rules(monday).contains(occupancyrule::SecondGroup));
    CHECK(monday.requiredStaff == 1);

    for (int i = 0; i < 7; ++i)
        l.youthCareChild(30 + i, Mo);
    monday = l.on(Monday);
    CHECK(rules(monday).contains(occupancyrule::GroupSize));
}

TEST_CASE("samenplan-cli occupancy --json keeps the contract", "[occupancy][cli]")
{
    Site l;
    for (int i = 0; i < 3; ++i)
        l.place(l.child(30 + i, QStringLiteral("R%1").arg(i)), Mo, PlacementKind::Regular);
    l.youthCareChild(33, Mo);
    const QString path = l.path;
    l.db.reset();
    const CliRun run = runCliWith({QStringLiteral("occupancy"), path, QStringLiteral("--date"),
                                   QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-23"));
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 2);
    const QJsonObject group = groups.first().toObject();
    CHECK(group.value(QStringLiteral("group")).toString() == QStringLiteral("Parelvissers"));
    CHECK(group.value(QStringLiteral("location")).toString() == QStringLiteral("De Parel"));
    CHECK(group.value(QStringLiteral("regular_present")).toInt() == 3);
    CHECK(group.value(QStringLiteral("regular_places")).toInt() == 4);
    CHECK(group.value(QStringLiteral("youth_care_present")).toInt() == 1);
    CHECK(group.value(QStringLiteral("youth_care_seats")).toInt() == 4);
    CHECK(group.value(QStringLiteral("required_staff")).toInt() == 1);
    CHECK(group.value(QStringLiteral("required_by_part")).toArray().size() == 2);
    CHECK(group.value(QStringLiteral("warnings")).isArray());

    CHECK(runCliWith({QStringLiteral("occupancy"), path}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("occupancy"), path, QStringLiteral("--date"), QStringLiteral("2026-02-30")}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("occupancy"), l.tmp.file(QStringLiteral("none.samenplan")), QStringLiteral("--date"),
                      QStringLiteral("2026-11-23")}).exitCode == 2);
}
