#include "catch.h"

#include "rules/deviation.h"

using namespace samenplan;
using namespace samenplan::rules;

namespace {

constexpr int at(int hour, int minute) { return hour * 60 + minute; }

// Six children aged 1 all day need two professionals; A is there all day, B leaves for the gaps.
DeviationInput dayWithGaps(const QList<TimeRange> &gaps)
{
    DeviationInput input;
    input.careType = CareType::DayCare;
    input.date = QDate(2026, 11, 23);
    input.opening = TimeRange{at(7, 30), at(18, 30)};
    for (int i = 0; i < 6; ++i)
        input.children.append({1, input.opening});
    input.staff.append({input.opening});
    QList<TimeRange> b{input.opening};
    for (const TimeRange &gap : gaps) {
        QList<TimeRange> cut;
        for (const TimeRange &range : b) {
            if (!range.overlaps(gap)) {
                cut.append(range);
                continue;
            }
            if (range.from < gap.from)
                cut.append({range.from, gap.from});
            if (gap.to < range.to)
                cut.append({gap.to, range.to});
        }
        b = cut;
    }
    input.staff.append(b);
    return input;
}

} // namespace

TEST_CASE("three-hour rule: 1 h + 1.5 h + 0.5 h below the ratio is allowed on a long day", "[rules][deviation]")
{
    const DeviationResult result = analyseDeviation(
        dayWithGaps({{at(7, 30), at(8, 30)}, {at(12, 0), at(13, 30)}, {at(18, 0), at(18, 30)}}));
    CHECK(result.allowanceMinutes == 180);
    CHECK(result.minutesBelow == 180);
    CHECK_FALSE(result.allowanceExceeded);
    CHECK(result.belowHalfRanges.isEmpty());
    CHECK_FALSE(result.violation());
    CHECK(result.belowRanges.size() == 3);
    CHECK(result.belowRanges.at(1) == TimeRange{at(12, 0), at(13, 30)});
    CHECK(result.timeSlots.size() == 44);
    CHECK(result.timeSlots.first().required == 2);
    CHECK(result.timeSlots.first().present == 1);
}

TEST_CASE("three-hour rule: fifteen minutes more is a violation", "[rules][deviation]")
{
    const DeviationResult result = analyseDeviation(
        dayWithGaps({{at(7, 30), at(8, 30)}, {at(12, 0), at(13, 45)}, {at(18, 0), at(18, 30)}}));
    CHECK(result.minutesBelow == 195);
    CHECK(result.allowanceExceeded);
    CHECK(result.violation());
    CHECK(result.explanation.contains(QStringLiteral("195")));
}

TEST_CASE("below half the requirement is always a violation", "[rules][deviation]")
{
    DeviationInput input = dayWithGaps({});
    input.staff = {{{at(7, 30), at(12, 0)}, {at(12, 15), at(18, 30)}}}; // one professional, away 12:00-12:15
    // Two required, one present most of the day: not below half; at 12:00 none: below half.
    const DeviationResult result = analyseDeviation(input);
    REQUIRE(result.belowHalfRanges.size() == 1);
    CHECK(result.belowHalfRanges.first() == TimeRange{at(12, 0), at(12, 15)});
    CHECK(result.violation());
    // One child, nobody there: half of 1 rounded up is 1, so 0 present is a violation.
    DeviationInput lonely;
    lonely.date = QDate(2026, 11, 23);
    lonely.opening = TimeRange{at(8, 0), at(9, 0)};
    lonely.children = {{2, {at(8, 0), at(8, 15)}}};
    const DeviationResult alone = analyseDeviation(lonely);
    CHECK(alone.belowHalfRanges == QList<TimeRange>{{at(8, 0), at(8, 15)}});
}

TEST_CASE("the allowance follows the opening hours and the school day", "[rules][deviation]")
{
    CHECK(deviationAllowance(CareType::DayCare, {at(7, 30), at(17, 30)}, true) == 180);
    CHECK(deviationAllowance(CareType::DayCare, {at(8, 0), at(17, 0)}, true) == 30);
    CHECK(deviationAllowance(CareType::Preschool, {at(8, 30), at(12, 30)}, true) == 30);
    CHECK(deviationAllowance(CareType::OutOfSchool, {at(7, 30), at(18, 30)}, true) == 30);
    CHECK(deviationAllowance(CareType::OutOfSchool, {at(7, 30), at(18, 30)}, false) == 180);

    DeviationInput shortDay = dayWithGaps({{at(8, 0), at(8, 45)}});
    shortDay.opening = TimeRange{at(8, 0), at(17, 0)};
    const DeviationResult result = analyseDeviation(shortDay);
    CHECK(result.allowanceMinutes == 30);
    CHECK(result.minutesBelow == 45);
    CHECK(result.allowanceExceeded);
}

TEST_CASE("a professional counts only for whole slots, a child for any part", "[rules][deviation]")
{
    DeviationInput input;
    input.date = QDate(2026, 11, 23);
    input.opening = TimeRange{at(8, 0), at(8, 30)};
    input.children = {{1, {at(8, 10), at(8, 20)}}};
    input.staff = {{{at(8, 5), at(8, 30)}}};
    const DeviationResult result = analyseDeviation(input);
    REQUIRE(result.timeSlots.size() == 2);
    CHECK(result.timeSlots.at(0).children == 1);
    CHECK(result.timeSlots.at(0).present == 0);
    CHECK(result.timeSlots.at(1).present == 1);
    CHECK(result.minutesBelow == 15);
}

TEST_CASE("a group too large for the table is reported, not given a number", "[rules][deviation]")
{
    DeviationInput input;
    input.date = QDate(2026, 11, 23);
    input.opening = TimeRange{at(8, 0), at(9, 0)};
    for (int i = 0; i < 13; ++i)
        input.children.append({0, input.opening});
    input.staff = {{input.opening}, {input.opening}, {input.opening}, {input.opening}, {input.opening}};
    const DeviationResult result = analyseDeviation(input);
    CHECK(result.notAllowedRanges == QList<TimeRange>{input.opening});
    CHECK(result.violation());
}
