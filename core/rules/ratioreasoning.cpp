#include "rules/ratioreasoning.h"

#include "rules/ratiosentences.h"
#include "rules/staffratio.h"

#include <algorithm>

namespace samenplan::rules {
namespace {

// The youngest and oldest age present (4 and -1 when nobody is).
int youngestOf(const DayCareCounts &counts)
{
    return counts[0] > 0 ? 0 : counts[1] > 0 ? 1 : counts[2] > 0 ? 2 : counts[3] > 0 ? 3 : 4;
}

int oldestOf(const DayCareCounts &counts)
{
    return counts[3] > 0 ? 3 : counts[2] > 0 ? 2 : counts[1] > 0 ? 1 : counts[0] > 0 ? 0 : -1;
}

DayCareStep tableAndFormula(const DayCareCounts &counts)
{
    DayCareStep step;
    const int children = counts[0] + counts[1] + counts[2] + counts[3];
    step.youngest = youngestOf(counts);
    step.oldest = oldestOf(counts);
    const auto answer = dayCareTable(step.youngest, step.oldest, children, counts[0]);
    if (!answer)
        return step;
    step.valid = true;
    step.answer = *answer;
    step.table = answer->professionals;
    step.required = step.table;
    if (counts[0] > 0) {
        step.formulaNumerator = 48 * counts[0] + 24 * counts[1] + 20 * counts[2] + 15 * counts[3];
        step.formula = babyFormula(counts[0], counts[1], counts[2], counts[3]);
        step.required = std::max(step.table, step.formula);
    }
    return step;
}

// tableAndFormula(counts).required, or -1 when not valid: for the safeguard, which asks it for
// every age present.
int requiredBy(const DayCareCounts &counts)
{
    const int children = counts[0] + counts[1] + counts[2] + counts[3];
    const auto answer = dayCareTable(youngestOf(counts), oldestOf(counts), children, counts[0]);
    if (!answer)
        return -1;
    if (counts[0] == 0)
        return answer->professionals;
    return std::max(answer->professionals, babyFormula(counts[0], counts[1], counts[2], counts[3]));
}

} // namespace

// Here rather than in staffratio.cpp: the reasoning asks it for every age present.
int babyFormula(int aged0, int aged1, int aged2, int aged3)
{
    const int numerator = 48 * aged0 + 24 * aged1 + 20 * aged2 + 15 * aged3;
    return (numerator + 143) / 144;
}

QString ageSpan(int youngest, int oldest)
{
    return youngest == oldest ? QString::number(youngest)
                              : QStringLiteral("%1–%2").arg(QString::number(youngest), QString::number(oldest));
}

DayCareReasoning reasonDayCare(const DayCareCounts &counts)
{
    DayCareReasoning why;
    why.children = counts[0] + counts[1] + counts[2] + counts[3];
    if (why.children == 0)
        return why;
    why.full = tableAndFormula(counts);
    if (!why.full.valid) {
        why.valid = false;
        why.maximum = dayCareTableMaximum(why.full.youngest, why.full.oldest);
        return why;
    }
    // Step 3, the safeguard: one child fewer may never need more professionals.
    for (int age = 0; age < 4; ++age) {
        if (counts[age] == 0 || why.children == 1)
            continue;
        DayCareCounts fewer = counts;
        --fewer[age];
        const int smaller = requiredBy(fewer);
        if (smaller > why.full.required && smaller > why.worseRequired) {
            why.worseAge = age;
            why.worseRequired = smaller;
        }
    }
    why.required = why.worseAge >= 0 ? why.full.required + 1 : why.full.required;
    return why;
}

OutOfSchoolReasoning reasonOutOfSchool(int young, int old, const QDate &date)
{
    OutOfSchoolReasoning why;
    why.young = young;
    why.old = old;
    const int children = young + old;
    auto table2 = [&why](int required, const char *row) {
        why.sentence = OutOfSchoolCase::Table2;
        why.required = required;
        why.row = row;
        return why;
    };
    auto notAllowed = [&why](OutOfSchoolCase sentence) {
        why.sentence = sentence;
        why.valid = false;
        return why;
    };
    if (date >= OutOfSchoolPerLocationFrom) {
        why.ruleset = OutOfSchoolLocationRuleSet;
        if (children == 0)
            return why;
        // Counted over the whole location: the 30-children limit is a basisgroep's size (the group
        // checks), not a limit on the location.
        why.sentence = OutOfSchoolCase::PerLocation;
        why.numerator = 6 * young + 5 * old;
        why.required = (why.numerator + 59) / 60;
        return why;
    }
    // Table 2, per basisgroep.
    why.ruleset = OutOfSchoolGroupRuleSet;
    if (children == 0)
        return why;
    if (old == 0) {
        if (children <= 20)
            return table2(children <= 10 ? 1 : 2, sentences::Table2YoungOnly);
        return notAllowed(OutOfSchoolCase::Table2TooManyYoung);
    }
    if (young == 0) {
        if (children <= 30)
            return table2(children <= 12 ? 1 : children <= 24 ? 2 : 3, sentences::Table2OldOnly);
        return notAllowed(OutOfSchoolCase::Table2TooManyOld);
    }
    if (children <= 11 && young <= 9)
        return table2(1, sentences::Table2MixedOne);
    if (children <= 22 && young <= 18)
        return table2(2, sentences::Table2MixedTwo);
    return notAllowed(OutOfSchoolCase::Table2TooManyMixed);
}

} // namespace samenplan::rules
