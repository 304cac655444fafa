// The earliest date a wish fits a group, by the same rules the change layer enforces.

#include "catch.h"

#include "placement/earliestfit.h"

using namespace samenplan;
using namespace samenplan::planning;

namespace {

const QDate From(2026, 11, 23);
const QDate Until = From.addMonths(24);

// A day-care group of two (no youth-care seats), open on weekdays 7:30-18:30.
PlacementContext smallGroup()
{
    PlacementContext stored;
    Location location;
    location.id = 1;
    for (int day = 1; day <= 5; ++day)
        location.openingHours[day - 1] = TimeRange{450, 1110};
    Group group;
    group.id = 10;
    group.locationId = 1;
    group.name = QStringLiteral("Egeltjes");
    group.minAgeMonths = 0;
    group.maxAgeMonths = 48;
    group.maxChildren = 2;
    group.youthCareSeats = 0;
    Child child;
    child.id = 100;
    child.firstName = QStringLiteral("Mila");
    child.lastName = QStringLiteral("de Vries");
    child.birthDate = From.addMonths(-14);
    stored.location = location;
    stored.group = group;
    stored.child = child;
    return stored;
}

Placement mondays(Id id, Id childId, const QDate &start, const QDate &end = {})
{
    Placement p;
    p.id = id;
    p.childId = childId;
    p.groupId = 10;
    p.start = start;
    p.end = end;
    p.days = {PlacementDay{1, TimeRange{480, 1050}}};
    return p;
}

} // namespace

TEST_CASE("a wish that fits at once fits on the wished start", "[placement][fit]")
{
    const PlacementContext stored = smallGroup();
    const FitAnswer answer = earliestFit(stored, mondays(NoId, 100, {}), From, Until);
    REQUIRE(answer.earliest);
    CHECK(*answer.earliest == From);
    CHECK(answer.reason.isEmpty());
}

TEST_CASE("a full day fits from the day after a placement ends", "[placement][fit]")
{
    PlacementContext stored = smallGroup();
    stored.groupPlacements = {mondays(1, 201, From.addMonths(-6)), mondays(2, 202, From.addMonths(-3), QDate(2027, 1, 31))};
    const FitAnswer answer = earliestFit(stored, mondays(NoId, 100, {}), From, Until);
    REQUIRE(answer.earliest);
    CHECK(*answer.earliest == QDate(2027, 2, 1));
    CHECK_FALSE(answer.reason.isEmpty()); // why not at once: the places on Monday

    // A day the group has room for fits at once, even beside the full Monday.
    Placement tuesday = mondays(NoId, 100, {});
    tuesday.days = {PlacementDay{2, TimeRange{480, 1050}}};
    CHECK(earliestFit(stored, tuesday, From, Until).earliest == From);

    // Not within the horizon when the place frees later.
    CHECK_FALSE(earliestFit(stored, mondays(NoId, 100, {}), From, QDate(2027, 1, 31)).earliest);
}

TEST_CASE("a place taken later by an open-ended placement is not free in between", "[placement][fit]")
{
    PlacementContext stored = smallGroup();
    stored.groupPlacements = {mondays(1, 201, From.addMonths(-6)), mondays(2, 202, QDate(2027, 3, 1))};
    // Open-ended from now would meet the March placement: nothing fits.
    const FitAnswer answer = earliestFit(stored, mondays(NoId, 100, {}), From, Until);
    CHECK_FALSE(answer.earliest);
    CHECK_FALSE(answer.reason.isEmpty());
}

TEST_CASE("a child too young fits from the day it reaches the group's age; too old never", "[placement][fit]")
{
    PlacementContext stored = smallGroup();
    stored.group->minAgeMonths = 24;
    stored.child->birthDate = QDate(2025, 5, 10); // 24 months on 10 May 2027
    const FitAnswer young = earliestFit(stored, mondays(NoId, 100, {}), From, Until);
    REQUIRE(young.earliest);
    CHECK(*young.earliest == QDate(2027, 5, 10));
    CHECK(young.reason.contains(QStringLiteral("months")));

    stored.child->birthDate = From.addMonths(-50);
    CHECK_FALSE(earliestFit(stored, mondays(NoId, 100, {}), From, Until).earliest);

    // An expected baby fits from its birth.
    stored.group->minAgeMonths = 0;
    stored.child->birthDate = QDate(2027, 2, 14);
    CHECK(earliestFit(stored, mondays(NoId, 100, {}), From, Until).earliest == QDate(2027, 2, 14));
}

TEST_CASE("a youth-care seat fits from the referral's start", "[placement][fit]")
{
    PlacementContext stored = smallGroup();
    stored.group->maxChildren = 8;
    stored.group->youthCareSeats = 4;
    Referral referral;
    referral.id = 7;
    referral.childId = 100;
    referral.start = QDate(2027, 1, 11);
    referral.plannedEnd = referral.start.addMonths(9);
    stored.childReferrals = {referral};
    Placement wish = mondays(NoId, 100, {});
    wish.kind = PlacementKind::YouthCare;
    CHECK(earliestFit(stored, wish, From, Until).earliest == QDate(2027, 1, 11));

    stored.group->youthCareSeats = 0; // a group that keeps no seats never fits a youth-care wish
    CHECK_FALSE(earliestFit(stored, wish, From, Until).earliest);
}
