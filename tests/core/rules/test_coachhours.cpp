#include "catch.h"

#include "rules/coachhours.h"

using namespace samenplan;
using namespace samenplan::rules;

TEST_CASE("coach hours: the worked examples", "[rules][coach]")
{
    // 1 location, 8.5 FTE: 50 + 85 = 135 h. 8.5 FTE as eight full-timers and one at 18 h.
    CoachHoursInput one;
    one.registeredLocations = 1;
    one.pedagogueWeeklyMinutes = QList<int>(8, 36 * 60);
    one.pedagogueWeeklyMinutes.append(18 * 60);
    const CoachHoursResult first = requiredCoachHours(one);
    CHECK(first.requiredMinutes == 135 * 60);
    CHECK(first.fteHundredths == 850);
    CHECK(first.explanation.contains(QStringLiteral("135")));

    // 2 LRK numbers, 12 FTE: 100 + 120 = 220 h.
    CoachHoursInput two;
    two.registeredLocations = 2;
    two.pedagogueWeeklyMinutes = QList<int>(16, 27 * 60); // 16 x 27 h = 432 h = 12 FTE
    CHECK(requiredCoachHours(two).requiredMinutes == 220 * 60);
}

TEST_CASE("coach hours: VE children add 10 h each, parts of an hour round up to the minute", "[rules][coach]")
{
    CoachHoursInput input;
    input.registeredLocations = 1;
    input.preschoolChildren = 3;
    CHECK(requiredCoachHours(input).requiredMinutes == (50 + 30) * 60);
    input.preschoolChildren = 0;
    input.pedagogueWeeklyMinutes = {1}; // 1 minute a week: 5/18 of a coaching minute
    CHECK(requiredCoachHours(input).requiredMinutes == 50 * 60 + 1);
}

TEST_CASE("coach hours: pedagogues without coaching this year", "[rules][coach]")
{
    const QList<Id> without = pedagoguesWithoutCoaching({{1, 90}, {2, 0}, {3, 30}, {4, 0}});
    CHECK(without == QList<Id>{2, 4});
}
