#include "catch.h"

#include "rules/daycaretable.h"
#include "rules/staffratio.h"

#include <vector>

using namespace samenplan;
using namespace samenplan::rules;

namespace {

QList<int> ages(std::initializer_list<std::pair<int, int>> countAndAge)
{
    QList<int> result;
    for (const auto &[count, age] : countAndAge) {
        for (int i = 0; i < count; ++i)
            result.append(age);
    }
    return result;
}

// Table 1 as rules.md writes it, kept apart from the implementation: {youngest, oldest, column,
// children, babies (-1: no limit)}.
struct Cell {
    int youngest, oldest, column, children, babies;
};
const std::vector<Cell> table1{
    {0, 0, 1, 3, -1}, {0, 0, 2, 6, -1}, {0, 0, 3, 9, -1}, {0, 0, 4, 12, -1},
    {1, 1, 1, 5, -1}, {1, 1, 2, 10, -1}, {1, 1, 3, 15, -1}, {1, 1, 4, 16, -1},
    {2, 2, 1, 8, -1}, {2, 2, 2, 16, -1},
    {3, 3, 1, 8, -1}, {3, 3, 2, 16, -1},
    {0, 1, 1, 4, -1}, {0, 1, 2, 8, -1}, {0, 1, 3, 14, 8}, {0, 1, 4, 16, 8},
    {0, 2, 1, 5, -1}, {0, 2, 2, 10, -1}, {0, 2, 3, 13, 8}, {0, 2, 3, 14, 4}, {0, 2, 3, 15, 3}, {0, 2, 4, 16, 8},
    {0, 3, 1, 5, -1}, {0, 3, 2, 12, -1}, {0, 3, 3, 14, 8}, {0, 3, 3, 15, 5}, {0, 3, 3, 16, 3}, {0, 3, 4, 16, 8},
    {1, 2, 1, 6, -1}, {1, 2, 2, 11, -1}, {1, 2, 3, 16, -1},
    {1, 3, 1, 7, -1}, {1, 3, 2, 13, -1}, {1, 3, 3, 16, -1},
    {2, 3, 1, 8, -1}, {2, 3, 2, 16, -1},
};

} // namespace

TEST_CASE("worked examples of rules.md section 10", "[rules][bkr]")
{
    const QDate day(2026, 11, 23);
    CHECK(dayCareRatio(ages({{5, 1}})).required == 1);
    CHECK(dayCareRatio(ages({{6, 1}})).required == 2);
    CHECK(dayCareRatio(ages({{12, 0}})).required == 4);
    const RatioResult thirteen = dayCareRatio(ages({{13, 0}}));
    CHECK_FALSE(thirteen.valid);
    CHECK(thirteen.required == 0);
    CHECK(thirteen.explanation.contains(QStringLiteral("Not allowed")));
    const RatioResult formula = dayCareRatio({0, 0, 2, 3, 3});
    CHECK(formula.required == 2);
    CHECK(formula.explanation.contains(QStringLiteral("146/144")));
    const RatioResult exact = dayCareRatio({0, 0, 1, 1});
    CHECK(exact.required == 1);
    CHECK(exact.explanation.contains(QStringLiteral("144/144")));
    const RatioResult safeguard = dayCareRatio(ages({{1, 1}, {11, 2}, {1, 3}}));
    CHECK(safeguard.required == 3);
    CHECK(safeguard.explanation.contains(QStringLiteral("safeguard")));
    CHECK(dayCareRatio(ages({{4, 1}, {4, 2}, {7, 3}})).required == 3);
    CHECK(outOfSchoolRatio(ages({{9, 5}, {2, 8}}), QDate(2024, 1, 15)).required == 1);
    CHECK(outOfSchoolRatio(ages({{10, 5}, {1, 8}}), QDate(2024, 1, 15)).required == 2);
    CHECK(staffRatio(CareType::Preschool, ages({{6, 1}}), day).required == 2);
}

TEST_CASE("every cell of table 1 at and one past its limit", "[rules][bkr]")
{
    for (const Cell &cell : table1) {
        INFO("ages " << cell.youngest << "-" << cell.oldest << ", column " << cell.column << ", " << cell.children
                     << " children, babies " << cell.babies);
        const bool onlyBabies = cell.oldest == 0;
        // Babies as the cell allows (one when it sets no limit), at least one child of the oldest age.
        auto babies = [&](int children) {
            return onlyBabies ? children : cell.youngest > 0 ? 0 : (cell.babies < 0 ? 1 : cell.babies);
        };
        const auto atLimit = dayCareTable(cell.youngest, cell.oldest, cell.children, babies(cell.children));
        REQUIRE(atLimit);
        CHECK(atLimit->professionals == cell.column);
        // One child more: this column no longer allows it.
        const auto onePast = dayCareTable(cell.youngest, cell.oldest, cell.children + 1, babies(cell.children + 1));
        CHECK((!onePast || onePast->professionals > cell.column));
        // One baby more than the cell allows: this column no longer allows it either.
        if (!onlyBabies && cell.babies >= 0 && cell.babies < cell.children - 1) {
            const auto babyPast = dayCareTable(cell.youngest, cell.oldest, cell.children, cell.babies + 1);
            CHECK((!babyPast || babyPast->professionals > cell.column));
        }
    }
    // Beyond the last column nothing is allowed.
    CHECK_FALSE(dayCareTable(0, 3, 17, 1));
    CHECK_FALSE(dayCareTable(0, 3, 16, 9));
    CHECK_FALSE(dayCareTable(2, 2, 17, 0));
    CHECK(dayCareTableMaximum(0, 0) == 12);
    CHECK(dayCareTableMaximum(1, 3) == 16);
}

TEST_CASE("the baby formula is exact integer arithmetic", "[rules][bkr]")
{
    CHECK(babyFormula(3, 0, 0, 0) == 1);   // 144/144 exactly
    CHECK(babyFormula(3, 1, 0, 0) == 2);   // 168/144
    CHECK(babyFormula(1, 4, 0, 0) == 1);   // 144/144: 1/3 + 4/6 in floating point is 0.99999...
    CHECK(babyFormula(0, 0, 36, 0) == 5);  // 720/144 exactly
    CHECK(babyFormula(6, 0, 0, 0) == 2);
    CHECK(babyFormula(1, 0, 0, 0) == 1);
    // The formula can raise the table: 8 children aged 0-1 with 7 babies need 3 by the formula.
    const RatioResult raised = dayCareRatio(ages({{7, 0}, {1, 1}}));
    CHECK(raised.required == 3);
}

TEST_CASE("the safeguard raises by one, once", "[rules][bkr]")
{
    // Without the child aged 3 the group is 12 children aged 1-2: column 3.
    const RatioResult withOldest = dayCareRatio(ages({{1, 1}, {11, 2}, {1, 3}}));
    CHECK(withOldest.required == 3);
    // A group where removing any child gives no higher requirement is left alone.
    const RatioResult plain = dayCareRatio(ages({{5, 2}, {5, 3}}));
    CHECK(plain.required == 2);
    CHECK_FALSE(plain.explanation.contains(QStringLiteral("safeguard")));
    CHECK(dayCareRatio({}).required == 0);
    CHECK(dayCareRatio({2}).required == 1);
}

TEST_CASE("table 2 and the per-location rule for out-of-school care", "[rules][bkr]")
{
    const QDate before(2024, 6, 30);
    const QDate after(2024, 7, 1);
    // Ages 4-6 only: 1 per 10, 2 per 20, at most 20.
    CHECK(outOfSchoolRatio(ages({{10, 5}}), before).required == 1);
    CHECK(outOfSchoolRatio(ages({{11, 5}}), before).required == 2);
    CHECK(outOfSchoolRatio(ages({{20, 5}}), before).required == 2);
    CHECK_FALSE(outOfSchoolRatio(ages({{21, 5}}), before).valid);
    // Ages 7+ only: 1 per 12, 2 per 24, 3 per 30, at most 30.
    CHECK(outOfSchoolRatio(ages({{12, 8}}), before).required == 1);
    CHECK(outOfSchoolRatio(ages({{13, 8}}), before).required == 2);
    CHECK(outOfSchoolRatio(ages({{24, 8}}), before).required == 2);
    CHECK(outOfSchoolRatio(ages({{25, 8}}), before).required == 3);
    CHECK(outOfSchoolRatio(ages({{30, 8}}), before).required == 3);
    CHECK_FALSE(outOfSchoolRatio(ages({{31, 8}}), before).valid);
    // Mixed: 1 for at most 11 with at most 9 aged 4-6; 2 for at most 22 with at most 18 aged 4-6.
    CHECK(outOfSchoolRatio(ages({{9, 5}, {2, 8}}), before).required == 1);
    CHECK(outOfSchoolRatio(ages({{8, 5}, {4, 8}}), before).required == 2);
    CHECK(outOfSchoolRatio(ages({{18, 5}, {4, 8}}), before).required == 2);
    CHECK_FALSE(outOfSchoolRatio(ages({{19, 5}, {3, 8}}), before).valid);
    CHECK_FALSE(outOfSchoolRatio(ages({{10, 5}, {13, 8}}), before).valid);
    CHECK(outOfSchoolRatio(ages({{9, 5}}), before).ruleset == OutOfSchoolGroupRuleSet);
    // From 1 July 2024: ceil(young/10 + old/12) over the location, at most 30 in a basisgroep.
    CHECK(outOfSchoolRatio(ages({{10, 5}, {12, 8}}), after).required == 2); // 60+60 = 120/60
    CHECK(outOfSchoolRatio(ages({{10, 5}, {13, 8}}), after).required == 3);
    CHECK(outOfSchoolRatio(ages({{1, 5}}), after).required == 1);
    CHECK(outOfSchoolRatio(ages({{9, 5}, {2, 8}}), after).ruleset == OutOfSchoolLocationRuleSet);
    // Per location, so more than one basisgroep's 30 children is fine: 31 aged 8 need ceil(155/60) = 3.
    CHECK(outOfSchoolRatio(ages({{31, 8}}), after).valid);
    CHECK(outOfSchoolRatio(ages({{31, 8}}), after).required == 3);
}
