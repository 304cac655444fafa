#include "catch.h"

#include "domain/validation.h"

using namespace samenplan;

TEST_CASE("a child needs names and a birth date in the past", "[validation]")
{
    const QDate today(2026, 11, 22);
    Child child;
    child.firstName = QStringLiteral("Sem");
    child.lastName = QStringLiteral("Bakker");
    child.birthDate = QDate(2024, 6, 1);
    CHECK(validateChild(child, today).isEmpty());

    Child future = child;
    future.birthDate = QDate(2027, 1, 1);
    CHECK(validateChild(future, today).contains(QStringLiteral("future")));

    Child unnamed = child;
    unnamed.firstName = QStringLiteral("  ");
    CHECK(validateChild(unnamed, today).contains(QStringLiteral("first name")));

    Child undated = child;
    undated.birthDate = QDate();
    CHECK_FALSE(validateChild(undated, today).isEmpty());

    Child adult = child;
    adult.birthDate = QDate(2000, 1, 1);
    CHECK_FALSE(validateChild(adult, today).isEmpty());
}

TEST_CASE("providers, referrals and waiting-list entries are checked before they are stored", "[validation]")
{
    YouthCareProvider provider;
    CHECK(validateProvider(provider).contains(QStringLiteral("name")));
    provider.name = QStringLiteral("Jeugdhulp Oost");
    CHECK(validateProvider(provider).isEmpty());
    provider.trajectoryMonths = 0;
    CHECK_FALSE(validateProvider(provider).isEmpty());

    Referral referral{NoId, 1, 2, QStringLiteral("JO-1"), QDate(2026, 3, 1), QDate(2026, 12, 1), NoId, NoId, {}};
    CHECK(validateReferral(referral).isEmpty());
    referral.plannedEnd = QDate(2026, 2, 1);
    CHECK(validateReferral(referral).contains(QStringLiteral("before")));
    referral.plannedEnd = QDate(2026, 12, 1);
    referral.reference = QStringLiteral(" ");
    CHECK_FALSE(validateReferral(referral).isEmpty());
    referral.reference = QStringLiteral("JO-1");
    referral.providerId = NoId;
    CHECK_FALSE(validateReferral(referral).isEmpty());

    WaitingListEntry entry;
    entry.childId = 3;
    entry.wishedStart = QDate(2027, 1, 4);
    CHECK(validateWaitingListEntry(entry).contains(QStringLiteral("day")));
    entry.days = weekdayBit(1);
    CHECK(validateWaitingListEntry(entry).isEmpty());
}

TEST_CASE("a shift that ends before it starts is refused with its reason", "[validation][roster]")
{
    Shift shift;
    shift.staffId = 1;
    shift.date = QDate(2026, 11, 23);
    shift.hours = TimeRange{450, 990};
    shift.breaks = {TimeRange{720, 750}};
    CHECK(validateShift(shift).isEmpty());
    Shift backwards = shift;
    backwards.hours = TimeRange{990, 450};
    CHECK(validateShift(backwards).contains(QStringLiteral("before it starts")));
    CHECK(validateShift(backwards).contains(QStringLiteral("07:30")));
    Shift breakOutside = shift;
    breakOutside.breaks = {TimeRange{1000, 1030}};
    CHECK(validateShift(breakOutside).contains(QStringLiteral("outside")));
    Shift nobody = shift;
    nobody.staffId = NoId;
    CHECK_FALSE(validateShift(nobody).isEmpty());
}
