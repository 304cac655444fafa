#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include "demodb.h"

#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/dayplacements.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "placement/occupancy.h"
#include "planning/planningdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace samenplan;
using namespace samenplan::planning;

namespace {

// A day's occupancy as samenplan-cli reads it: the day alone, the warned children's names read
// for them.
QList<GroupOccupancy> dayAlone(const Database &db, const QDate &date)
{
    const ChildRepository children(db);
    return occupancyOn(PlanningData::loadDay(db, date), date, {}, NoId,
                       [&children](const QList<Id> &ids) { return children.displayNames(ids); });
}

} // namespace

namespace {

const QDate Monday(2026, 11, 23);

// Everything an answer holds, to compare two answers in one line each.
QStringList described(const QList<GroupOccupancy> &groups)
{
    QStringList lines;
    for (const GroupOccupancy &g : groups) {
        lines << QStringLiteral("%1 %2 (%3): regular %4/%5, seats %6/%7, children %8/%9, staff %10")
                     .arg(g.groupId).arg(g.group, g.location).arg(g.regularPresent).arg(g.regularPlaces)
                     .arg(g.youthCarePresent).arg(g.youthCareSeats).arg(g.childrenPresent).arg(g.maxChildren)
                     .arg(g.requiredStaff);
        for (const PartOfDay &part : g.requiredByPart)
            lines << QStringLiteral("  %1 %2-%3: %4 %5").arg(part.part).arg(part.hours.from).arg(part.hours.to)
                         .arg(part.required).arg(part.allowed);
        for (const OccupancyWarning &w : g.warnings)
            lines << QStringLiteral("  ! %1 %2: %3").arg(w.rule).arg(w.childId).arg(w.message);
    }
    return lines;
}

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
        // The command reads the day alone; its answer is the same.
        CHECK(described(dayAlone(*db, date)) == described(all));
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

TEST_CASE("the staff needed follows the children who leave as well as those who arrive", "[occupancy]")
{
    Site l;
    // Nine two-year-olds in the morning (two professionals: one for up to eight); one leaves at noon,
    // the others at three: one professional in the afternoon.
    const auto placeFor = [&l](const QString &name, const TimeRange &hours) {
        Placement p;
        p.childId = l.child(26, name);
        p.groupId = l.group;
        p.start = Monday.addMonths(-1);
        p.days.append({1, hours});
        PlacementRepository(*l.db).insert(p);
    };
    for (int i = 0; i < 8; ++i)
        placeFor(QStringLiteral("Blijft%1").arg(i), TimeRange{510, 900});
    placeFor(QStringLiteral("Gaat"), TimeRange{510, 720});
    const GroupOccupancy monday = l.on(Monday);
    CHECK(monday.requiredStaff == 2);
    REQUIRE(monday.requiredByPart.size() == 2);
    CHECK(monday.requiredByPart.at(0).part == QStringLiteral("morning"));
    CHECK(monday.requiredByPart.at(0).required == 2);
    CHECK(monday.requiredByPart.at(1).part == QStringLiteral("afternoon"));
    CHECK(monday.requiredByPart.at(1).required == 1);
}

TEST_CASE("the warnings' names are asked for once, for the children warned about", "[occupancy]")
{
    Site l;
    const Id withoutReferral = l.child(30, QStringLiteral("Zonder"));
    l.place(withoutReferral, Mo, PlacementKind::YouthCare);
    const Id twoWarnings = l.child(47, QStringLiteral("Bijna4")); // outgrows the group, and a second group
    l.place(twoWarnings, Mo, PlacementKind::Regular);
    l.place(twoWarnings, Tu, PlacementKind::Regular, {}, l.other);
    const Id quiet = l.child(30, QStringLiteral("Rustig"));
    l.place(quiet, Mo, PlacementKind::Regular);
    const PlanningData data = PlanningData::load(*l.db, Monday, Monday.addDays(6));

    QList<QList<Id>> asked;
    const auto names = [&asked](const QList<Id> &ids) {
        asked.append(ids);
        QHash<Id, QString> found;
        for (const Id id : ids)
            found.insert(id, QStringLiteral("Kind %1").arg(id));
        return found;
    };
    const QList<GroupOccupancy> named = occupancyOn(data, Monday, {}, NoId, names);
    REQUIRE(asked.size() == 1);
    QList<Id> expected{withoutReferral, twoWarnings};
    std::sort(expected.begin(), expected.end());
    CHECK(asked.first() == expected); // each once, in order, not the child without a warning
    const QList<GroupOccupancy> fromRecords = occupancyOn(data, Monday);
    int warnings = 0;
    for (qsizetype g = 0; g < named.size(); ++g) {
        REQUIRE(named[g].warnings.size() == fromRecords[g].warnings.size());
        for (qsizetype w = 0; w < named[g].warnings.size(); ++w) {
            const OccupancyWarning &warning = named[g].warnings[w];
            if (warning.childId == NoId)
                continue;
            ++warnings;
            INFO(warning.message.toStdString());
            CHECK(warning.message.contains(QStringLiteral("Kind %1").arg(warning.childId)));
            const QString recordName = data.children.value(warning.childId).displayName();
            CHECK(fromRecords[g].warnings[w].message == QString(warning.message).replace(QStringLiteral("Kind %1").arg(warning.childId), recordName));
        }
    }
    CHECK(warnings == 3);
}

TEST_CASE("a day read alone answers as its week: groups that week, absences, other days, a closed day", "[occupancy]")
{
    Site l;
    // In three groups this week: Monday here, Tuesday in the other group, and a third group whose
    // placement ended on Sunday the week before (not this week) and a fourth starting on Thursday.
    Group third;
    third.locationId = LocationRepository(*l.db).all().first().id;
    third.name = QStringLiteral("Kwallen");
    third.careType = CareType::Preschool;
    third.minAgeMonths = 24;
    third.maxAgeMonths = 48;
    third.maxChildren = 8;
    const Id thirdGroup = GroupRepository(*l.db).insert(third);
    third.name = QStringLiteral("Krabben");
    const Id fourthGroup = GroupRepository(*l.db).insert(third);
    const auto placeBetween = [&l](Id child, Id group, const QDate &start, const QDate &end, int weekday) {
        Placement p;
        p.childId = child;
        p.groupId = group;
        p.start = start;
        p.end = end;
        p.days = {{weekday, TimeRange{480, 720}}};
        PlacementRepository(*l.db).insert(p);
    };
    const Id busy = l.child(30, QStringLiteral("Druk"));
    l.place(busy, Mo, PlacementKind::Regular);
    l.place(busy, Tu, PlacementKind::Regular, {}, l.other);
    placeBetween(busy, thirdGroup, Monday.addMonths(-2), Monday.addDays(-1), 1);
    CHECK(described({l.on(Monday)}).join(QLatin1Char('\n')).contains(QStringLiteral("also placed in another group")));
    placeBetween(busy, fourthGroup, Monday.addDays(3), QDate(), 4);
    CHECK(rules(l.on(Monday)).count(occupancyrule::SecondGroup) == 1);
    CHECK(described({l.on(Monday)}).join(QLatin1Char('\n')).contains(QStringLiteral("in 3 groups")));

    // Absent on Monday: not counted that day; Wednesday's child not on Monday; Saturday closed.
    const Id absent = l.child(31, QStringLiteral("Ziek"));
    l.place(absent, Mo | We, PlacementKind::Regular);
    ChildAbsence sick;
    sick.childId = absent;
    sick.date = Monday;
    AbsenceRepository(*l.db).insert(sick);
    const Id wednesday = l.child(32, QStringLiteral("Woensdag"));
    l.place(wednesday, We, PlacementKind::Regular);
    CHECK(l.on(Monday).childrenPresent == 1);
    CHECK(l.on(Monday.addDays(2)).childrenPresent == 2);
    CHECK(l.on(Monday.addDays(5)).childrenPresent == 0);
    for (int day = 0; day < 7; ++day) {
        for (const Id group : {l.group, l.other, thirdGroup, fourthGroup})
            l.on(Monday.addDays(day), group); // compares both ways of reading
    }
}

TEST_CASE("a day's placements carry only that weekday's hours, their children no names or contact details", "[occupancy]")
{
    Site l;
    Child c;
    c.firstName = QStringLiteral("Mila");
    c.lastName = QStringLiteral("de Vries");
    c.birthDate = Monday.addMonths(-30);
    c.parentName = QStringLiteral("Sanne de Vries");
    c.parentPhone = QStringLiteral("06-12345678");
    c.notes = QStringLiteral("allergisch voor noten");
    const Id child = ChildRepository(*l.db).insert(c);
    l.place(child, Mo | Tu | We, PlacementKind::Regular);
    l.place(l.child(33, QStringLiteral("Dinsdag")), Tu, PlacementKind::Regular);

    const DayPlacements day = DayPlacements::read(*l.db, Monday.addDays(2));
    REQUIRE(day.placements.size() == 1);
    CHECK(day.placements.first().childId == child);
    REQUIRE(day.placements.first().days.size() == 1);
    CHECK(day.placements.first().days.first().weekday == 3);
    CHECK(day.placements.first().days.first().hours == TimeRange{510, 750});
    REQUIRE(day.children.size() == 1);
    REQUIRE(day.children.contains(child));
    CHECK(day.children[child].firstName.isEmpty());
    CHECK(day.children[child].lastName.isEmpty());
    // The names are read for the children asked for, and only those there are.
    const QHash<Id, QString> names = ChildRepository(*l.db).displayNames({child, child + 1000});
    CHECK(names.size() == 1);
    CHECK(names.value(child) == QStringLiteral("Mila de Vries"));
    CHECK(day.children[child].birthDate == c.birthDate);
    CHECK(day.children[child].parentName.isEmpty());
    CHECK(day.children[child].parentPhone.isEmpty());
    CHECK(day.children[child].notes.isEmpty());
    CHECK(DayPlacements::read(*l.db, Monday.addDays(5)).placements.isEmpty()); // nobody on Saturdays
}

TEST_CASE("every day of the demo organisation's week is answered the same from the day alone", "[occupancy]")
{
    TempDir tmp;
    auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const PlanningData week = PlanningData::load(*opened.database, DemoMonday, DemoMonday.addDays(6));
    int warnings = 0;
    for (int day = 0; day < 7; ++day) {
        const QDate date = DemoMonday.addDays(day);
        const QList<GroupOccupancy> expected = occupancyOn(week, date);
        for (const GroupOccupancy &g : expected)
            warnings += int(g.warnings.size());
        CHECK(described(dayAlone(*opened.database, date)) == described(expected));
    }
    CHECK(warnings > 0); // the demo has warnings to compare
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
