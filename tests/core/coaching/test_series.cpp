#include "catch.h"

#include "coaching/series.h"

using namespace samenplan;

TEST_CASE("a series repeats a session every week or every other week", "[coaching][series]")
{
    CoachingSession first;
    first.id = 7;
    first.date = QDate(2026, 11, 23);
    first.hours = TimeRange{600, 660};
    const auto weekly = coaching::seriesFrom(first, 1, 4);
    REQUIRE(weekly.size() == 4);
    CHECK(weekly.last().date == QDate(2026, 12, 14));
    CHECK(weekly.first().id == NoId);
    const auto fortnightly = coaching::seriesFrom(first, 2, 3);
    CHECK(fortnightly.at(1).date == QDate(2026, 12, 7));
    CHECK(fortnightly.at(2).date == QDate(2026, 12, 21));
}

TEST_CASE("a session is refused with its reason: times, coach, coachees who are not pedagogues", "[coaching][series]")
{
    QHash<Id, Staff> staff;
    Staff priya;
    priya.id = 1;
    priya.name = QStringLiteral("Priya");
    Staff hanna;
    hanna.id = 2;
    hanna.name = QStringLiteral("Hanna");
    hanna.role = StaffRole::BehaviouralScientist;
    staff.insert(1, priya);
    staff.insert(2, hanna);
    CoachingSession s;
    s.date = QDate(2026, 11, 23);
    s.hours = TimeRange{600, 660};
    s.coachStaffId = 2;
    s.coacheeIds = {1};
    CHECK(coaching::validateSession(s, staff).isEmpty());
    CoachingSession backwards = s;
    backwards.hours = TimeRange{660, 600};
    CHECK(coaching::validateSession(backwards, staff).contains(QStringLiteral("before it starts")));
    CoachingSession wrongCoachee = s;
    wrongCoachee.coacheeIds = {2};
    CHECK(coaching::validateSession(wrongCoachee, staff).contains(QStringLiteral("not a pedagogue")));
    CoachingSession noCoach = s;
    noCoach.coachStaffId = NoId;
    CHECK_FALSE(coaching::validateSession(noCoach, staff).isEmpty());
    CoachingSession cancelled = s;
    cancelled.status = CoachingStatus::Cancelled;
    CHECK(coaching::validateSession(cancelled, staff).contains(QStringLiteral("reason")));
}
