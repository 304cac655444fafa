// Until when a place counts as taken (placement/capacity.h, issue #16), at the change layer's door:
// a place frees the day a child leaves the group's age range, a youth-care seat also the day after
// its referral's planned end; a referral or birth date that makes a place last longer is refused
// when the group has no room for it.

#include "capacitysite.h"

#include "persistence/childrepository.h"
#include "persistence/referralrepository.h"

using namespace samenplan;

TEST_CASE("a place counts as taken until the day before the child leaves the group's age range", "[capacity][door]")
{
    CapacitySite site;
    // The oldest turns 4 on a Thursday, ten weeks after the site's Monday.
    const QDate fourthBirthday = site.monday.addDays(73);
    const Id oldest = site.child(QStringLiteral("Oudste"), fourthBirthday.addYears(-4));
    REQUIRE(firstDayAgedMonths(fourthBirthday.addYears(-4), 48) == fourthBirthday);
    REQUIRE(site.place(oldest, site.dayCare, site.monday, {1}).isEmpty());
    for (const char *name : {"Bas", "Cas", "Daan"})
        REQUIRE(site.place(site.child(QString::fromLatin1(name), site.monday.addMonths(-14)), site.dayCare, site.monday, {1}).isEmpty());
    // Four regular places; the oldest's stays taken on the Monday before the birthday.
    const Id fifth = site.child(QStringLiteral("Eva"), site.monday.addMonths(-12));
    const QDate lastFullMonday = site.monday.addDays(70);
    CHECK(site.place(fifth, site.dayCare, lastFullMonday, {1}).startsWith(QStringLiteral("Monday: 5 regular children")));
    // From the Tuesday after it every Monday has room.
    CHECK(site.place(fifth, site.dayCare, lastFullMonday.addDays(1), {1}).isEmpty());
    // A birth date a month later would keep the place past that Tuesday: refused.
    Child later = *ChildRepository(*site.db).find(oldest);
    later.birthDate = later.birthDate.addMonths(1);
    Transaction t(*site.db);
    CHECK_THROWS_AS(changes::update(*site.db, later), ChangeRefused);
}

TEST_CASE("a youth-care seat counts as taken no longer than the referral's planned end", "[capacity][door]")
{
    CapacitySite site;
    const QDate birth = site.monday.addMonths(-20);
    // Two seats on Monday; the first trajectory ends on a Wednesday nine weeks on.
    const QDate firstEnd = site.monday.addDays(65);
    const Id first = site.child(QStringLiteral("Anna"), birth);
    const Id firstReferral = site.referral(first, site.monday.addDays(-30), firstEnd);
    const Id second = site.child(QStringLiteral("Bram"), birth);
    site.referral(second, site.monday.addDays(-30), site.monday.addMonths(9));
    REQUIRE(site.place(first, site.dayCare, site.monday, {1, 3}, PlacementKind::YouthCare).isEmpty());
    REQUIRE(site.place(second, site.dayCare, site.monday, {1}, PlacementKind::YouthCare).isEmpty());
    const Id third = site.child(QStringLiteral("Chris"), birth);
    site.referral(third, site.monday, site.monday.addMonths(9));
    CHECK(site.place(third, site.dayCare, site.monday, {1}, PlacementKind::YouthCare)
              .startsWith(QStringLiteral("Monday: 3 children in youth-care seats")));
    // The Monday of the week it ends is the last one the seat is taken; from the Tuesday it is free.
    CHECK_FALSE(site.place(third, site.dayCare, firstEnd.addDays(-2), {1}, PlacementKind::YouthCare).isEmpty());
    CHECK(site.place(third, site.dayCare, firstEnd.addDays(-1), {1}, PlacementKind::YouthCare).isEmpty());
    // The first trajectory can no longer be extended into that seat, nor followed by a new referral.
    Referral extended = *ReferralRepository(*site.db).find(firstReferral);
    extended.plannedEnd = firstEnd.addMonths(1);
    Transaction t(*site.db);
    try {
        changes::update(*site.db, extended);
        FAIL("the extension was allowed");
    } catch (const ChangeRefused &refused) {
        CHECK(refused.message().contains(QStringLiteral("Dolfijnen")));
        CHECK(refused.outcome().refusals.first().field == QStringLiteral("planned_end"));
    }
    Referral following = extended;
    following.id = NoId;
    following.start = firstEnd.addDays(1);
    CHECK_THROWS_AS(changes::add(*site.db, following), ChangeRefused);
    // Shortening it is always possible.
    Referral shorter = *ReferralRepository(*site.db).find(firstReferral);
    shorter.plannedEnd = firstEnd.addDays(-7);
    CHECK_NOTHROW(changes::update(*site.db, shorter));
}
