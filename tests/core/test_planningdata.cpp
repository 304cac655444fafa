#include "catch.h"
#include "demodb.h"

#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/waitinglistrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"

#include <QSet>

using namespace samenplan;
using namespace samenplan::planning;

TEST_CASE("subtracting ranges cuts breaks and absences out of a shift", "[planning]")
{
    const QList<TimeRange> shift{{450, 990}};
    CHECK(subtractRanges(shift, {720, 750}) == QList<TimeRange>{{450, 720}, {750, 990}});
    CHECK(subtractRanges(shift, {400, 500}) == QList<TimeRange>{{500, 990}});
    CHECK(subtractRanges(shift, {0, 1440}).isEmpty());
    CHECK(subtractRanges(shift, {1000, 1100}) == shift);
}

TEST_CASE("presence on a group comes from placements, shifts, breaks and absences", "[planning]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    Id preschool = NoId;
    for (const Group &g : GroupRepository(db).all()) {
        if (g.careType == CareType::Preschool)
            preschool = g.id;
    }
    REQUIRE(preschool != NoId);
    const QDate monday = DemoMonday;
    const QDate sickTuesday = DemoMonday.addDays(8);

    PlanningData data = PlanningData::load(db, monday, monday.addDays(13));
    const auto children = data.childrenPresent(preschool, monday);
    REQUIRE_FALSE(children.isEmpty());
    int youthCare = 0;
    for (const ChildPresence &c : children) {
        CHECK(c.hours == TimeRange{510, 750});
        CHECK(c.ageYears >= 2);
        CHECK(c.ageYears <= 3);
        youthCare += c.youthCare ? 1 : 0;
        CHECK((!c.youthCare || data.activeReferral(c.childId, monday) != nullptr));
    }
    CHECK(youthCare >= 1);
    CHECK(youthCare <= 4);
    CHECK(data.childrenPresent(preschool, monday.addDays(4)).isEmpty()); // no VE on Fridays

    // A child reported absent drops out of that day only.
    ChildAbsence absent{NoId, children.first().childId, monday, QStringLiteral("waterpokken")};
    AbsenceRepository(db).insert(absent);
    data = PlanningData::load(db, monday, monday.addDays(13));
    CHECK(data.childrenPresent(preschool, monday).size() == children.size() - 1);

    // Staff on the floor: the youth-care pedagogue is there but does not count.
    bool sawNonCounting = false;
    for (const StaffPresence &s : data.staffPresent(preschool, monday)) {
        const Staff *member = data.staffMember(s.staffId);
        REQUIRE(member);
        if (member->role == StaffRole::YouthCarePedagogue) {
            CHECK_FALSE(s.countsForRatio);
            sawNonCounting = true;
        }
    }
    CHECK(sawNonCounting);

    // The sick day: an absence covering a shift leaves nothing on the floor.
    const auto jeroen = StaffRepository(db).findByName(QStringLiteral("Jeroen Visser"));
    REQUIRE(jeroen);
    Shift extra;
    extra.staffId = jeroen->id;
    extra.groupId = preschool;
    extra.date = sickTuesday;
    extra.hours = TimeRange{480, 720};
    CHECK(data.staffAbsentAt(jeroen->id, sickTuesday, extra.hours));
    CHECK_FALSE(data.staffAbsentAt(jeroen->id, monday, extra.hours));
}

TEST_CASE("the children present, kept between questions, follow changed placements once reindexed", "[planning]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    PlanningData data = PlanningData::load(*opened.database, DemoMonday, DemoMonday.addDays(6));
    REQUIRE_FALSE(data.placements.isEmpty());
    const Placement first = data.placements.first();
    REQUIRE_FALSE(first.days.isEmpty());
    const QDate day = DemoMonday.addDays(first.days.first().weekday - 1);
    const int before = int(data.childrenPresent(first.groupId, day).size());
    REQUIRE(before > 0);
    CHECK(data.childrenPresent(first.groupId, day).size() == before); // asked again: the kept answer

    Placement another = first;
    another.id = -1; // a tentative placement, as a scenario adds one
    data.placements.append(another);
    data.reindexPlacements();
    CHECK(data.childrenPresent(first.groupId, day).size() == before + 1);

    data.placements.removeLast();
    data.placements.first().end = day.addDays(-1); // ended the day before
    data.reindex();
    CHECK(data.childrenPresent(first.groupId, day).size() == before - 1);
}

TEST_CASE("a location's week holds the same shifts and staff as the organisation's week has for it", "[planning]")
{
    // The demo location: its group shifts and the off-the-floor shifts (no group) of its staff, as the
    // location's roster lists them, and nobody else's.
    TempDir tmp;
    auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    const Id location = GroupRepository(db).all().first().locationId;
    const PlanningData all = PlanningData::load(db, DemoMonday, DemoMonday.addDays(6));
    const PlanningData here = PlanningData::loadLocation(db, DemoMonday, DemoMonday.addDays(6), location);
    QSet<Id> expected, got, offTheFloor;
    for (const Shift &s : all.shifts)
        expected.insert(s.id);
    for (const Shift &s : here.shifts) {
        got.insert(s.id);
        if (s.groupId == NoId)
            offTheFloor.insert(s.id);
    }
    CHECK(got == expected); // one location: every shift of the organisation is its own
    CHECK_FALSE(offTheFloor.isEmpty());
    CHECK(here.staff.size() == all.staff.size());
}

TEST_CASE("a location's week holds its own children, the never placed ones and the waiting list, no others", "[planning]")
{
    TempDir tmp;
    auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    const Id here = GroupRepository(db).all().first().locationId;
    Location other;
    other.name = QStringLiteral("De Overkant");
    other.lrkNumber = QStringLiteral("987654321");
    const Id there = LocationRepository(db).insert(other);
    Group group;
    group.locationId = there;
    group.name = QStringLiteral("Overkant");
    const Id otherGroup = GroupRepository(db).insert(group);
    const auto child = [&db](const QString &first) {
        Child c;
        c.firstName = first;
        c.lastName = QStringLiteral("Test");
        c.birthDate = DemoMonday.addMonths(-20);
        return ChildRepository(db).insert(c);
    };
    const auto place = [&db, otherGroup](Id childId, const QDate &start, const QDate &end) {
        Placement p;
        p.childId = childId;
        p.groupId = otherGroup;
        p.start = start;
        p.end = end;
        p.days = {{1, TimeRange{480, 1080}}};
        PlacementRepository(db).insert(p);
    };
    const Id elsewhere = child(QStringLiteral("Elders"));
    place(elsewhere, DemoMonday.addDays(-30), QDate());
    const Id unplaced = child(QStringLiteral("Nergens"));
    const Id leftBefore = child(QStringLiteral("Vertrokken"));
    place(leftBefore, DemoMonday.addDays(-60), DemoMonday.addDays(-1)); // left before this week
    const Id startsLater = child(QStringLiteral("Later"));
    place(startsLater, DemoMonday.addDays(14), QDate()); // placed from a later week
    const Id waiting = child(QStringLiteral("Wachtend"));
    place(waiting, DemoMonday.addDays(-30), QDate());
    WaitingListEntry wish;
    wish.childId = waiting;
    wish.wishedStart = DemoMonday.addDays(30);
    wish.days = 1;
    WaitingListRepository(db).insert(wish);

    const PlanningData week = PlanningData::loadLocation(db, DemoMonday, DemoMonday.addDays(6), here);
    CHECK_FALSE(week.children.contains(elsewhere));
    CHECK(week.children.contains(unplaced));
    CHECK_FALSE(week.children.contains(leftBefore)); // a child who left is none to place
    CHECK_FALSE(week.children.contains(startsLater)); // nor one placed already
    CHECK(week.children.contains(waiting));
    const PlanningData all = PlanningData::load(db, DemoMonday, DemoMonday.addDays(6));
    for (const Placement &p : all.placements) {
        if (const Group *g = all.group(p.groupId); g && g->locationId == here)
            CHECK(week.children.contains(p.childId));
    }
}
