// Help for a refused drop (placement/dropadvice.h) and the staffing a placement needs before it is
// written (roster/staffingimpact.h), both asked of the same rules the door refuses with.

#include "doorsite.h"

#include "persistence/grouprepository.h"
#include "placement/dropadvice.h"
#include "planning/planningdata.h"
#include "roster/staffingimpact.h"

using namespace samenplan;
using namespace samenplan::planning;

namespace {

const TimeRange Morning{480, 780}; // 08:00-13:00

DropAdvice advise(const DoorSite &site, const Placement &wish)
{
    PlacementProposal proposal;
    proposal.placement = wish;
    return adviseDrop(changes::PlacementChanges(*site.db).context(wish.groupId, wish.childId), proposal);
}

// Four regular children on Thursday fill the group's regular places (8 places, 4 seats); the first
// of them leaves after three weeks.
void fillThursday(const DoorSite &site)
{
    int n = 0;
    for (const char *name : {"Aap", "Beer", "Cobra", "Das"}) {
        Placement p = DoorSite::placement(site.child(QString::fromLatin1(name)), site.group, site.monday, {4});
        if (n++ == 0)
            p.end = site.monday.addDays(20);
        REQUIRE(site.place(p).isEmpty());
    }
}

} // namespace

TEST_CASE("a drop that fits is offered as it is", "[door][drop]")
{
    DoorSite site;
    const DropAdvice advice = advise(site, DoorSite::placement(site.child(QStringLiteral("Egel")), site.group, site.monday, {1, 4}));
    CHECK(advice.kind == DropAdvice::Kind::Allowed);
    CHECK(advice.proposal.placement.days.size() == 2);
}

TEST_CASE("a drop refused for one day offers the other days and the date all days fit", "[door][drop]")
{
    DoorSite site;
    fillThursday(site);
    const DropAdvice advice = advise(site, DoorSite::placement(site.child(QStringLiteral("Egel")), site.group, site.monday, {1, 2, 4}));
    REQUIRE(advice.kind == DropAdvice::Kind::Partial);
    CHECK_FALSE(advice.verdict.allowed());
    QList<int> days;
    for (const PlacementDay &day : advice.proposal.placement.days)
        days << day.weekday;
    CHECK(days == QList<int>{1, 2});
    CHECK(advice.proposal.placement.start == site.monday);
    REQUIRE(advice.leftOut.size() == 1);
    CHECK(advice.leftOut.first().message.startsWith(QStringLiteral("Thursday: 5 regular children")));
    // Aap leaves after three weeks: from the Monday after, Thursday fits too.
    CHECK(advice.allDaysFrom == site.monday.addDays(21));
    // What is offered is allowed by the door.
    CHECK(site.place(advice.proposal.placement).isEmpty());
}

TEST_CASE("a drop refused on its start offers the first date its days fit", "[door][drop]")
{
    DoorSite site;
    fillThursday(site);
    const DropAdvice advice = advise(site, DoorSite::placement(site.child(QStringLiteral("Egel")), site.group, site.monday, {4}));
    REQUIRE(advice.kind == DropAdvice::Kind::Later);
    CHECK(advice.proposal.placement.start == site.monday.addDays(21));
    REQUIRE(advice.leftOut.size() == 1);
    CHECK(advice.leftOut.first().message.contains(QStringLiteral("Thursday")));
    CHECK(site.place(advice.proposal.placement).isEmpty());
}

TEST_CASE("a youth-care seat is offered from the day the referral starts", "[door][drop]")
{
    DoorSite site;
    const Id egel = site.child(QStringLiteral("Egel"));
    {
        Transaction t(*site.db);
        Referral r;
        r.childId = egel;
        r.providerId = site.provider;
        r.reference = QStringLiteral("R-later");
        r.start = site.monday.addDays(14);
        r.plannedEnd = site.monday.addMonths(9);
        changes::add(*site.db, r);
        t.commit();
    }
    const DropAdvice advice = advise(site, DoorSite::placement(egel, site.group, site.monday, {1}, Morning, PlacementKind::YouthCare));
    REQUIRE(advice.kind == DropAdvice::Kind::Later);
    CHECK(advice.proposal.placement.start == site.monday.addDays(14));
}

TEST_CASE("a drop refused for the child's age is refused outright", "[door][drop]")
{
    DoorSite site;
    Transaction t(*site.db);
    Child baby;
    baby.firstName = QStringLiteral("Baby");
    baby.lastName = QStringLiteral("Test");
    baby.birthDate = site.monday.addMonths(-8);
    const Id id = changes::add(*site.db, baby);
    t.commit();
    const DropAdvice advice = advise(site, DoorSite::placement(id, site.group, site.monday, {1}));
    CHECK(advice.kind == DropAdvice::Kind::Refused);
    CHECK(refusedOutright(advice.verdict));
    CHECK(advice.verdict.reason().contains(QStringLiteral("months old")));
}

TEST_CASE("the staffing a placement needs is told before it is written", "[door][staffing]")
{
    DoorSite site;
    // A day-care group of 16 without seats: eight children aged 3 need one professional, nine need two.
    Group group = *GroupRepository(*site.db).find(site.other);
    group.careType = CareType::DayCare;
    group.maxChildren = 16;
    group.youthCareSeats = 0;
    Id anna = NoId;
    {
        Transaction t(*site.db);
        changes::update(*site.db, group);
        Staff s;
        s.name = QStringLiteral("Anna");
        s.locationId = site.location;
        anna = changes::add(*site.db, s);
        Shift shift;
        shift.staffId = anna;
        shift.groupId = site.other;
        shift.date = site.monday;
        shift.hours = TimeRange{450, 810};
        changes::add(*site.db, shift);
        t.commit();
    }
    for (int i = 0; i < 8; ++i)
        REQUIRE(site.place(DoorSite::placement(site.child(QStringLiteral("K%1").arg(i)), site.other, site.monday, {1})).isEmpty());

    PlacementProposal ninth;
    ninth.placement = DoorSite::placement(site.child(QStringLiteral("Negen")), site.other, site.monday, {1, 2}, TimeRange{510, 780});
    auto load = [&] { return PlanningData::load(*site.db, site.monday, site.monday.addDays(13)); };
    QList<roster::DayImpact> impact = roster::staffingImpact(load(), ninth);
    REQUIRE(impact.size() == 2);
    const roster::DayImpact &monday = impact.at(0);
    CHECK(monday.requiredBefore == 1);
    CHECK(monday.requiredAfter == 2);
    CHECK(monday.risesFrom == 510);
    CHECK(monday.rosteredThen == 1);
    CHECK_FALSE(monday.covered());
    CHECK(monday.text.startsWith(QStringLiteral("Monday: needs 2 professionals from 08:30, 1 rostered")));
    // Tuesday: the child alone needs one, and nobody is rostered yet.
    CHECK(impact.at(1).text.contains(QStringLiteral("nobody rostered")));
    CHECK_FALSE(impact.at(1).covered());

    // A second professional from 08:00 covers Monday.
    {
        Transaction t(*site.db);
        Staff s;
        s.name = QStringLiteral("Bart");
        s.locationId = site.location;
        Shift shift;
        shift.staffId = changes::add(*site.db, s);
        shift.groupId = site.other;
        shift.date = site.monday;
        shift.hours = TimeRange{480, 810};
        changes::add(*site.db, shift);
        t.commit();
    }
    impact = roster::staffingImpact(load(), ninth);
    CHECK(impact.at(0).covered());
    CHECK(impact.at(0).text.startsWith(QStringLiteral("Monday: needs 2 professionals from 08:30, 2 rostered: enough")));

    // Wednesday already needs one professional and has nobody: one more child needs no extra one,
    // and that is still not covered.
    REQUIRE(site.place(DoorSite::placement(site.child(QStringLiteral("Woensdag")), site.other, site.monday, {3})).isEmpty());
    PlacementProposal another;
    another.placement = DoorSite::placement(site.child(QStringLiteral("Nog een")), site.other, site.monday, {3}, TimeRange{510, 780});
    impact = roster::staffingImpact(load(), another);
    REQUIRE(impact.size() == 1);
    CHECK(impact.at(0).risesFrom == -1);
    CHECK(impact.at(0).text.contains(QStringLiteral("no extra professional needed")));
    CHECK(impact.at(0).text.contains(QStringLiteral("nobody rostered")));
    CHECK_FALSE(impact.at(0).covered());
}
