// The rules at the change layer's door for placements (rules.md sections 3 and 7), each through
// PlacementChanges directly; test_importdoor.cpp takes the same rules through the import and the
// command line, tests/ui/test_doorcommands.cpp through the GUI's undo commands.

#include "doorsite.h"

#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"

using namespace samenplan;

namespace {
const TimeRange Morning{480, 780};   // 08:00-13:00
const TimeRange Afternoon{780, 1020}; // 13:00-17:00
const TimeRange Midday{720, 960};     // 12:00-16:00
} // namespace

TEST_CASE("youth-care seats are counted per moment at the door", "[door]")
{
    DoorSite site;
    for (const char *name : {"Aap", "Beer", "Cobra", "Das"})
        REQUIRE(site.place(DoorSite::placement(site.child(QString::fromLatin1(name), true), site.group, site.monday, {1}, Morning,
                                               PlacementKind::YouthCare)).isEmpty());
    const Id fifth = site.child(QStringLiteral("Egel"), true);
    const QString refused = site.place(DoorSite::placement(fifth, site.group, site.monday, {1}, Midday, PlacementKind::YouthCare));
    CHECK(refused == QStringLiteral("Monday: 5 children in youth-care seats at 12:00, the group keeps 4"));
    CHECK(site.count("placements") == 4);
    // The same child in the afternoon, when the morning children have gone, or on Tuesday: a free seat.
    CHECK(site.place(DoorSite::placement(fifth, site.group, site.monday, {1}, Afternoon, PlacementKind::YouthCare)).isEmpty());
    const Id sixth = site.child(QStringLiteral("Fret"), true);
    CHECK(site.place(DoorSite::placement(sixth, site.group, site.monday, {2}, Midday, PlacementKind::YouthCare)).isEmpty());
}

TEST_CASE("an open-ended placement is checked against every later start, not only its first week", "[door]")
{
    DoorSite site;
    for (const char *name : {"Aap", "Beer", "Cobra"})
        REQUIRE(site.place(DoorSite::placement(site.child(QString::fromLatin1(name), true), site.group, site.monday, {3}, Morning,
                                               PlacementKind::YouthCare)).isEmpty());
    // A fourth seat taken from week 4 on.
    REQUIRE(site.place(DoorSite::placement(site.child(QStringLiteral("Das"), true), site.group, site.monday.addDays(21), {3},
                                           Morning, PlacementKind::YouthCare)).isEmpty());
    // A fifth from now, open-ended: fine for three weeks, then five at once.
    const QString refused = site.place(DoorSite::placement(site.child(QStringLiteral("Egel"), true), site.group, site.monday, {3},
                                                           Morning, PlacementKind::YouthCare));
    CHECK(refused.startsWith(QStringLiteral("Wednesday: 5 children in youth-care seats at 08:00, the group keeps 4 (from ")));
    // Ending before week 4 fits.
    Placement shortOne = DoorSite::placement(site.child(QStringLiteral("Fret"), true), site.group, site.monday, {3}, Morning,
                                             PlacementKind::YouthCare);
    shortOne.end = site.monday.addDays(20);
    CHECK(site.place(shortOne).isEmpty());
}

TEST_CASE("regular children never exceed the maximum minus the seats", "[door]")
{
    DoorSite site; // 8 places, 4 seats: 4 regular places
    for (const char *name : {"Aap", "Beer", "Cobra", "Das"})
        REQUIRE(site.place(DoorSite::placement(site.child(QString::fromLatin1(name)), site.group, site.monday, {1, 2})).isEmpty());
    const QString refused = site.place(DoorSite::placement(site.child(QStringLiteral("Egel")), site.group, site.monday, {2}));
    CHECK(refused == QStringLiteral("Tuesday: 5 regular children at 08:00, the group has 4 regular places"));
}

TEST_CASE("only a child with an active referral takes a seat, a regular child only with a reason", "[door]")
{
    DoorSite site;
    const Id plain = site.child(QStringLiteral("Aap"));
    CHECK(site.place(DoorSite::placement(plain, site.group, site.monday, {1}, Morning, PlacementKind::YouthCare))
              .contains(QStringLiteral("no active referral")));
    // A regular child in a reserved seat with a reason: allowed with a warning, and it counts as a seat.
    Transaction t(*site.db);
    changes::PlacementChanges door(*site.db);
    planning::PlacementProposal proposal;
    proposal.placement = DoorSite::placement(plain, site.group, site.monday, {1});
    proposal.placement.seatOverrideReason = QStringLiteral("broertje van een jeugdhulpkind");
    const Outcome outcome = door.place(proposal);
    t.commit();
    REQUIRE(outcome.allowed());
    bool warned = false;
    for (const Finding &w : outcome.warnings)
        warned = warned || w.rule == doorrule::SeatOverride;
    CHECK(warned);
    for (const char *name : {"Beer", "Cobra", "Das"})
        REQUIRE(site.place(DoorSite::placement(site.child(QString::fromLatin1(name), true), site.group, site.monday, {1}, Morning,
                                               PlacementKind::YouthCare)).isEmpty());
    CHECK(site.place(DoorSite::placement(site.child(QStringLiteral("Egel"), true), site.group, site.monday, {1}, Morning,
                                         PlacementKind::YouthCare)).contains(QStringLiteral("youth-care seats")));
}

TEST_CASE("the group's age range, the dates and the opening hours are checked at the door", "[door]")
{
    DoorSite site;
    Transaction t(*site.db);
    Child baby;
    baby.firstName = QStringLiteral("Baby");
    baby.lastName = QStringLiteral("Test");
    baby.birthDate = site.monday.addMonths(-10);
    const Id babyId = changes::add(*site.db, baby);
    t.commit();
    CHECK(site.place(DoorSite::placement(babyId, site.group, site.monday, {1})).contains(QStringLiteral("10 months old")));
    const Id child = site.child(QStringLiteral("Aap"));
    Placement backwards = DoorSite::placement(child, site.group, site.monday, {1});
    backwards.end = site.monday.addDays(-1);
    CHECK(site.place(backwards).contains(QStringLiteral("before the start")));
    CHECK(site.place(DoorSite::placement(child, site.group, site.monday, {6})).contains(QStringLiteral("closed")));
    CHECK(site.place(DoorSite::placement(child, site.group, site.monday, {1}, {420, 600})).contains(QStringLiteral("opening hours")));
    CHECK(site.place(DoorSite::placement(child, site.group, site.monday, {})).contains(QStringLiteral("at least one day")));
    CHECK(site.count("placements") == 0);
}

TEST_CASE("a child is in one group at a time, and in two groups a week only as a second group", "[door]")
{
    DoorSite site;
    const Id child = site.child(QStringLiteral("Aap"));
    REQUIRE(site.place(DoorSite::placement(child, site.group, site.monday, {1}, Morning)).isEmpty());
    CHECK(site.place(DoorSite::placement(child, site.other, site.monday, {1}, Midday)).contains(QStringLiteral("one group at a time")));
    CHECK(site.place(DoorSite::placement(child, site.group, site.monday, {2})).contains(QStringLiteral("already placed")));
    // The afternoon in the other group: allowed, with the consent warning.
    Transaction t(*site.db);
    changes::PlacementChanges door(*site.db);
    planning::PlacementProposal proposal;
    proposal.placement = DoorSite::placement(child, site.other, site.monday, {1}, Afternoon);
    const Outcome outcome = door.place(proposal);
    bool consent = false;
    for (const Finding &w : outcome.warnings)
        consent = consent || w.rule == doorrule::SecondGroup;
    CHECK(consent);
    // A third group is never allowed.
    Group third;
    third.locationId = site.location;
    third.name = QStringLiteral("Kwallen");
    third.minAgeMonths = 24;
    third.maxChildren = 8;
    proposal.placement = DoorSite::placement(child, changes::add(*site.db, third), site.monday, {3});
    CHECK_THROWS_AS(door.place(proposal), ChangeRefused);
}

TEST_CASE("a move frees the old place and ends the old placement in the same change", "[door]")
{
    DoorSite site;
    const Id child = site.child(QStringLiteral("Aap"), true);
    Id first = NoId;
    REQUIRE(site.place(DoorSite::placement(child, site.group, site.monday, {1}, Morning, PlacementKind::YouthCare), NoId, &first).isEmpty());
    const QDate moveDay = site.monday.addDays(14);
    REQUIRE(site.place(DoorSite::placement(child, site.other, moveDay, {1}, Morning, PlacementKind::YouthCare), first).isEmpty());
    const auto old = PlacementRepository(*site.db).find(first);
    REQUIRE(old);
    CHECK(old->end == moveDay.addDays(-1));
    // Moved on its first day: the old placement is removed, not ended before it began.
    const Id other = site.child(QStringLiteral("Beer"));
    Id second = NoId;
    REQUIRE(site.place(DoorSite::placement(other, site.group, site.monday, {2}), NoId, &second).isEmpty());
    REQUIRE(site.place(DoorSite::placement(other, site.other, site.monday, {2}), second).isEmpty());
    const QList<Placement> left = PlacementRepository(*site.db).ofChild(other);
    REQUIRE(left.size() == 1);
    CHECK(left.first().groupId == site.other);
}

TEST_CASE("editing, ending and removing a placement go through the same rules", "[door]")
{
    DoorSite site;
    QList<Id> ids;
    for (const char *name : {"Aap", "Beer", "Cobra", "Das"}) {
        Id id = NoId;
        REQUIRE(site.place(DoorSite::placement(site.child(QString::fromLatin1(name), true), site.group, site.monday, {1}, Morning,
                                               PlacementKind::YouthCare), NoId, &id).isEmpty());
        ids << id;
    }
    Id tuesday = NoId;
    REQUIRE(site.place(DoorSite::placement(site.child(QStringLiteral("Egel"), true), site.group, site.monday, {2}, Morning,
                                           PlacementKind::YouthCare), NoId, &tuesday).isEmpty());
    Transaction t(*site.db);
    changes::PlacementChanges door(*site.db);
    Placement edited = *PlacementRepository(*site.db).find(tuesday);
    edited.days.append({1, Morning}); // Monday too: a fifth seat on Monday
    CHECK_THROWS_AS(door.update(edited), ChangeRefused);
    CHECK(PlacementRepository(*site.db).find(tuesday)->days.size() == 1);
    CHECK_THROWS_AS(door.end(ids.first(), site.monday.addDays(-3)), ChangeRefused); // before its start
    door.end(ids.first(), site.monday.addDays(6));
    CHECK(PlacementRepository(*site.db).find(ids.first())->end == site.monday.addDays(6));
    // From the week after, Monday has a free seat.
    edited.start = site.monday.addDays(7);
    CHECK(door.update(edited).allowed());
    door.remove(ids.last());
    CHECK_THROWS_AS(door.remove(ids.last()), ChangeRefused);
    t.commit();
}

TEST_CASE("lower group limits and a removed referral are refused while placements rely on them", "[door]")
{
    DoorSite site;
    const Id child = site.child(QStringLiteral("Aap"), true);
    for (const char *name : {"Beer", "Cobra"})
        REQUIRE(site.place(DoorSite::placement(site.child(QString::fromLatin1(name), true), site.group, site.monday, {1}, Morning,
                                               PlacementKind::YouthCare)).isEmpty());
    REQUIRE(site.place(DoorSite::placement(child, site.group, site.monday, {1}, Morning, PlacementKind::YouthCare)).isEmpty());
    Transaction t(*site.db);
    Group group = *GroupRepository(*site.db).find(site.group);
    group.youthCareSeats = 2;
    try {
        changes::update(*site.db, group);
        FAIL("fewer seats than children in them was accepted");
    } catch (const ChangeRefused &refused) {
        CHECK(refused.outcome().refusals.first().field == QStringLiteral("youth_care_seats"));
        CHECK(refused.message().contains(QStringLiteral("3 children in youth-care seats")));
    }
    group.youthCareSeats = 3;
    CHECK_NOTHROW(changes::update(*site.db, group));
    const QList<Referral> referrals = ReferralRepository(*site.db).ofChild(child);
    REQUIRE(referrals.size() == 1);
    CHECK_THROWS_AS(changes::remove(*site.db, referrals.first()), ChangeRefused);
    t.commit();
}
