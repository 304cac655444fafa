// The manager's week at a glance (issue 14 item 1), read from the demo location.

#include "catch.h"
#include "demodb.h"

#include "changes/recordchanges.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "persistence/waitinglistrepository.h"
#include "overview/weekoverview.h"

using namespace samenplan;

namespace {

const IsoWeek Week48{2026, 48};

struct Demo {
    TempDir tmp;
    std::unique_ptr<Database> db;
    Id location = NoId;

    Demo()
    {
        auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        location = LocationRepository(*db).all().first().id;
    }
    overview::WeekOverview load(const IsoWeek &week = Week48) const { return overview::loadWeekOverview(*db, location, week); }
    Child child(const QString &first) const
    {
        for (const Child &c : ChildRepository(*db).all()) {
            if (c.firstName == first)
                return c;
        }
        FAIL(first.toStdString());
        return {};
    }
};

const overview::GroupWeek &groupNamed(const overview::WeekOverview &week, const QString &name)
{
    for (const overview::GroupWeek &group : week.groups) {
        if (group.group.name == name)
            return group;
    }
    FAIL(name.toStdString());
    return week.groups.first();
}

} // namespace

TEST_CASE("the overview counts places and seats per group and weekday", "[overview]")
{
    Demo demo;
    const overview::WeekOverview week = demo.load();
    QStringList names;
    for (const overview::GroupWeek &group : week.groups) {
        names << group.group.name;
        REQUIRE(group.days.size() == 5);
        CHECK(group.days.first().date == Week48.monday());
    }
    CHECK(names == QStringList{QStringLiteral("Rupsjes"), QStringLiteral("Vlinders"), QStringLiteral("Zonnestraal"), QStringLiteral("Kompas")});

    // Thursday in the VE group: the four youth-care toddlers fill the four seats; 9 of 12 regular places.
    const overview::DayPlaces thursday = groupNamed(week, QStringLiteral("Zonnestraal")).days.at(3);
    CHECK(thursday.open);
    CHECK(thursday.youthCarePresent == 4);
    CHECK(thursday.freeSeats() == 0);
    CHECK(thursday.regularPresent == 9);
    CHECK(thursday.freeRegular() == 3);
    CHECK(thursday.childrenPresent == 13);
    CHECK(thursday.requiredStaff >= 2);
    // Monday in the baby group: five babies, no seats kept.
    const overview::DayPlaces monday = groupNamed(week, QStringLiteral("Rupsjes")).days.first();
    CHECK(monday.regularPresent == 5);
    CHECK(monday.youthCareSeats == 0);
}

TEST_CASE("the overview lists ending trajectories, children turning 4 and the waiting list with earliest fits", "[overview]")
{
    Demo demo;
    const overview::WeekOverview week = demo.load();

    // Ties's trajectory ends four weeks after Monday; the others run longer than six weeks.
    REQUIRE(week.endingTrajectories.size() == 1);
    CHECK(week.endingTrajectories.first().child == QStringLiteral("Ties van den Berg"));
    CHECK(week.endingTrajectories.first().group == QStringLiteral("Zonnestraal"));
    CHECK(week.endingTrajectories.first().daysLeft == 28);
    CHECK_FALSE(week.endingTrajectories.first().provider.isEmpty());

    // Bram (Zonnestraal) and Liv (Vlinders) turn 4 within three months, the soonest first.
    REQUIRE(week.turningFour.size() == 2);
    CHECK(week.turningFour.at(0).child == QStringLiteral("Bram Huisman"));
    CHECK(week.turningFour.at(0).birthday == demo.child(QStringLiteral("Bram")).birthDate.addYears(4));
    CHECK(week.turningFour.at(1).child == QStringLiteral("Liv Schouten"));
    CHECK_FALSE(week.turningFour.at(1).hasOutOfSchoolPlace);
    for (const overview::TurningFour &child : week.turningFour) {
        CHECK(child.birthday >= Week48.monday());
        CHECK(child.birthday < Week48.monday().addMonths(3));
    }

    // The waiting list by priority: Olivia fits the baby group on her wished start; Yusuf is too
    // young for the VE group until he is 30 months, while the toddler group would take him sooner.
    REQUIRE(week.waitingList.size() == 2);
    const overview::WaitingWish &olivia = week.waitingList.at(0);
    CHECK(olivia.child == QStringLiteral("Olivia Vos"));
    CHECK(olivia.wishedGroup == QStringLiteral("Rupsjes"));
    CHECK(olivia.wishedEarliest == olivia.entry.wishedStart);
    CHECK(olivia.earliest == olivia.entry.wishedStart);
    CHECK(olivia.fitGroup == QStringLiteral("Rupsjes")); // the wished group wins a tie
    CHECK(olivia.reason.isEmpty());
    const overview::WaitingWish &yusuf = week.waitingList.at(1);
    CHECK(yusuf.wishedGroup == QStringLiteral("Zonnestraal"));
    CHECK(yusuf.wishedEarliest == demo.child(QStringLiteral("Yusuf")).birthDate.addMonths(30));
    CHECK(yusuf.reason.contains(QStringLiteral("30 to 48 months")));
    REQUIRE(yusuf.earliest);
    CHECK(*yusuf.earliest == yusuf.entry.wishedStart);
    CHECK(yusuf.fitGroup == QStringLiteral("Vlinders"));
}

TEST_CASE("a wish fits from the day a full group frees a place", "[overview]")
{
    Demo demo;
    // Fill the baby group's Mondays and Wednesdays (12 places) with children who leave on 31 January.
    Group rupsjes;
    for (const Group &group : GroupRepository(*demo.db).ofLocation(demo.location)) {
        if (group.name == QStringLiteral("Rupsjes"))
            rupsjes = group;
    }
    Transaction transaction(*demo.db);
    for (int i = 0; i < 7; ++i) {
        Child baby;
        baby.firstName = QStringLiteral("Baby%1").arg(i);
        baby.lastName = QStringLiteral("Vol");
        baby.birthDate = Week48.monday().addMonths(-6);
        const Id id = changes::add(*demo.db, baby);
        Placement placement;
        placement.childId = id;
        placement.groupId = rupsjes.id;
        placement.start = Week48.monday();
        placement.end = QDate(2027, 1, 31);
        placement.days = {PlacementDay{1, TimeRange{450, 1110}}, PlacementDay{3, TimeRange{450, 1110}}};
        PlacementRepository(*demo.db).insert(placement);
    }
    transaction.commit();
    const overview::WeekOverview week = demo.load();
    const overview::WaitingWish &olivia = week.waitingList.at(0);
    // The last full Wednesday is 27 January: from the Thursday on, every Monday and Wednesday fits
    // (the earliest start need not fall on a wished weekday, issue #16).
    CHECK(olivia.wishedEarliest == QDate(2027, 1, 28));
    CHECK_FALSE(olivia.reason.isEmpty());
    // The mixed toddler group takes babies too and has room: the earliest fit of any group.
    CHECK(olivia.fitGroup == QStringLiteral("Vlinders"));
    CHECK(olivia.earliest == olivia.entry.wishedStart);
}

TEST_CASE("the overview keeps to its location: problems and wishes of another location stay out", "[overview]")
{
    Demo demo;
    const int problemsBefore = demo.load().problems.problems.size();
    const int wishesBefore = demo.load().waitingList.size();
    Transaction transaction(*demo.db);
    Location other;
    other.name = QStringLiteral("De Overkant");
    other.lrkNumber = QStringLiteral("999988887777");
    for (int day = 1; day <= 5; ++day)
        other.openingHours[day - 1] = TimeRange{480, 1080};
    const Id otherId = changes::add(*demo.db, other);
    Group group;
    group.locationId = otherId;
    group.name = QStringLiteral("Overkanters");
    const Id groupId = changes::add(*demo.db, group);
    // A shift alone on an empty group and a person double-booked there; a wish for that group.
    Staff person;
    person.name = QStringLiteral("Ver Weg");
    person.locationId = otherId;
    person.contractMinutesPerWeek = 60;
    const Id personId = changes::add(*demo.db, person);
    for (int i = 0; i < 2; ++i) {
        Shift shift;
        shift.staffId = personId;
        shift.groupId = groupId;
        shift.date = Week48.monday();
        shift.hours = TimeRange{480, 1020};
        changes::add(*demo.db, shift);
    }
    WaitingListEntry wish;
    wish.childId = demo.child(QStringLiteral("Olivia")).id;
    wish.wishedStart = Week48.monday();
    wish.preferredGroupId = groupId;
    wish.days = weekdayBit(1);
    changes::add(*demo.db, wish);
    transaction.commit();

    const overview::WeekOverview here = demo.load();
    CHECK(here.problems.problems.size() == problemsBefore);
    CHECK(here.waitingList.size() == wishesBefore);
    for (const overview::GroupWeek &g : here.groups)
        CHECK(g.group.locationId == demo.location);
    const overview::WeekOverview there = overview::loadWeekOverview(*demo.db, otherId, Week48);
    CHECK(there.problems.problems.size() > 0); // the double booking and the contract hours
    REQUIRE(there.waitingList.size() == 1);
    CHECK(there.waitingList.first().wishedGroup == QStringLiteral("Overkanters"));
}

TEST_CASE("the overview's problems come in severity order", "[overview]")
{
    Demo demo;
    // A second shift for Samira on Monday: a double booking (a violation) above the allowed shortfalls.
    Shift again = ShiftRepository(*demo.db).between(Week48.monday(), Week48.monday()).first();
    again.id = NoId;
    Transaction transaction(*demo.db);
    changes::add(*demo.db, again);
    transaction.commit();
    const overview::WeekOverview week = demo.load();
    REQUIRE(week.problems.count(Severity::Violation) > 0);
    REQUIRE(week.problems.count(Severity::Allowed) > 0);
    for (int i = 1; i < week.problems.problems.size(); ++i)
        CHECK(int(week.problems.problems.at(i - 1).severity) <= int(week.problems.problems.at(i).severity));
}
