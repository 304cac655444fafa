#include "rules/staffratio.h"

#include "rules/daycaretable.h"
#include "rules/rulestext.h"

#include <algorithm>
#include <array>

namespace samenplan::rules {
namespace {

using Counts = std::array<int, 4>; // children aged 0, 1, 2, 3

QString ageSpan(int youngest, int oldest)
{
    return youngest == oldest ? QString::number(youngest) : QStringLiteral("%1–%2").arg(QString::number(youngest), QString::number(oldest));
}

struct DayCareStep {
    bool valid = false;
    int required = 0;
    int table = 0;
    int formulaNumerator = -1; // -1: no child aged 0, formula not applied
    TableAnswer answer;
    int youngest = 0;
    int oldest = 0;
};

// Steps 1 and 2 of rules.md 4.1: the table, then the baby formula.
DayCareStep tableAndFormula(const Counts &counts)
{
    DayCareStep step;
    const int children = counts[0] + counts[1] + counts[2] + counts[3];
    step.youngest = int(std::find_if(counts.begin(), counts.end(), [](int n) { return n > 0; }) - counts.begin());
    step.oldest = 3 - int(std::find_if(counts.rbegin(), counts.rend(), [](int n) { return n > 0; }) - counts.rbegin());
    const auto answer = dayCareTable(step.youngest, step.oldest, children, counts[0]);
    if (!answer)
        return step;
    step.valid = true;
    step.answer = *answer;
    step.table = answer->professionals;
    step.required = step.table;
    if (counts[0] > 0) {
        step.formulaNumerator = 48 * counts[0] + 24 * counts[1] + 20 * counts[2] + 15 * counts[3];
        step.required = std::max(step.table, babyFormula(counts[0], counts[1], counts[2], counts[3]));
    }
    return step;
}

RatioResult notAllowedDayCare(const Counts &counts, Explain explain)
{
    RatioResult result{false, 0, DayCareRuleSet, {}};
    if (explain == Explain::No)
        return result;
    const int children = counts[0] + counts[1] + counts[2] + counts[3];
    const DayCareStep step = tableAndFormula(counts);
    const int maximum = dayCareTableMaximum(step.youngest, step.oldest);
    if (children > maximum)
        result.explanation = RulesText::tr("Not allowed: table 1 allows at most %1 children aged %2 in one group; "
                                           "%3 are present.")
                                 .arg(maximum).arg(ageSpan(step.youngest, step.oldest)).arg(children);
    else
        result.explanation = RulesText::tr("Not allowed: %1 of the %2 children are aged 0, more than any column of "
                                           "table 1 allows for ages %3.")
                                 .arg(counts[0]).arg(children).arg(ageSpan(step.youngest, step.oldest));
    return result;
}

} // namespace

int babyFormula(int aged0, int aged1, int aged2, int aged3)
{
    const int numerator = 48 * aged0 + 24 * aged1 + 20 * aged2 + 15 * aged3;
    return (numerator + 143) / 144;
}

int minimumAge(CareType careType)
{
    return careType == CareType::OutOfSchool ? 4 : 0;
}

int maximumAge(CareType careType)
{
    return careType == CareType::OutOfSchool ? 12 : 3;
}

RatioResult dayCareRatio(const QList<int> &ages, Explain explain)
{
    Counts counts{};
    for (int age : ages)
        ++counts[std::clamp(age, 0, 3)];
    const bool explained = explain == Explain::Yes;
    if (ages.isEmpty())
        return {true, 0, DayCareRuleSet, explained ? RulesText::tr("No children present: no professional is required.") : QString()};
    const DayCareStep full = tableAndFormula(counts);
    if (!full.valid)
        return notAllowedDayCare(counts, explain);

    // Step 3, the safeguard: one child fewer may never need more professionals.
    int worseAge = -1;
    int worseRequired = 0;
    for (int age = 0; age < 4; ++age) {
        if (counts[age] == 0 || ages.size() == 1)
            continue;
        Counts fewer = counts;
        --fewer[age];
        const DayCareStep smaller = tableAndFormula(fewer);
        if (smaller.valid && smaller.required > full.required && smaller.required > worseRequired) {
            worseAge = age;
            worseRequired = smaller.required;
        }
    }
    const int required = worseAge >= 0 ? full.required + 1 : full.required;
    if (!explained)
        return {true, required, DayCareRuleSet, {}};

    QString sentence = full.answer.maxBabies >= 0
        ? RulesText::tr("Table 1, ages %1: %n professional(s) for up to %2 children, at most %3 aged 0", nullptr, full.table)
              .arg(ageSpan(full.youngest, full.oldest), QString::number(full.answer.maxChildren),
                   QString::number(full.answer.maxBabies))
        : RulesText::tr("Table 1, ages %1: %n professional(s) for up to %2 children", nullptr, full.table)
              .arg(ageSpan(full.youngest, full.oldest), QString::number(full.answer.maxChildren));
    if (full.formulaNumerator >= 0) {
        sentence += RulesText::tr("; baby formula (48×%1 + 24×%2 + 20×%3 + 15×%4) / 144 = %5/144, rounded up to %6")
                        .arg(QString::number(counts[0]), QString::number(counts[1]), QString::number(counts[2]),
                             QString::number(counts[3]), QString::number(full.formulaNumerator),
                             QString::number(babyFormula(counts[0], counts[1], counts[2], counts[3])));
    }

    if (worseAge >= 0) {
        sentence += RulesText::tr("; safeguard: without one child aged %1 the group would need %2, so %3 are required")
                        .arg(QString::number(worseAge), QString::number(worseRequired), QString::number(required));
    } else {
        sentence += RulesText::tr(": %n professional(s) required", nullptr, required);
    }
    return {true, required, DayCareRuleSet, sentence + QLatin1Char('.')};
}

RatioResult outOfSchoolRatio(const QList<int> &ages, const QDate &date, Explain explain)
{
    int young = 0; // aged 4 to 6
    int old = 0;   // aged 7 and over
    for (int age : ages)
        ++(age <= 6 ? young : old);
    const int children = young + old;
    // The sentence is only written when asked for.
    auto answer = [explain](bool valid, int required, const QString &ruleset, const auto &sentence) {
        return RatioResult{valid, required, ruleset, explain == Explain::Yes ? sentence() : QString()};
    };
    auto nobody = [] { return RulesText::tr("No children present: no professional is required."); };
    if (date >= OutOfSchoolPerLocationFrom) {
        if (children == 0)
            return answer(true, 0, OutOfSchoolLocationRuleSet, nobody);
        // Counted over the whole location: the 30-children limit is a basisgroep's size (the group
        // checks), not a limit on the location.
        const int numerator = 6 * young + 5 * old;
        const int required = (numerator + 59) / 60;
        return answer(true, required, OutOfSchoolLocationRuleSet, [&] {
            return RulesText::tr("Out-of-school care per location since 1 July 2024: %1 aged 4–6 / 10 + %2 aged 7+ / 12 = "
                                 "%3/60, rounded up: %n professional(s) required.", nullptr, required)
                .arg(young).arg(old).arg(numerator);
        });
    }
    // Table 2, per basisgroep.
    if (children == 0)
        return answer(true, 0, OutOfSchoolGroupRuleSet, nobody);
    auto result = [&](int required, const char *row) {
        return answer(true, required, OutOfSchoolGroupRuleSet, [&] {
            return RulesText::tr("Table 2, %1: %n professional(s) required.", nullptr, required).arg(RulesText::tr(row));
        });
    };
    if (old == 0) {
        if (children <= 20)
            return result(children <= 10 ? 1 : 2, QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "ages 4–6 only, 1 per 10 children"));
        return answer(false, 0, OutOfSchoolGroupRuleSet, [&] {
            return RulesText::tr("Not allowed: table 2 allows at most 20 children aged 4–6 in a basisgroep; %1 are present.").arg(children);
        });
    }
    if (young == 0) {
        if (children <= 30)
            return result(children <= 12 ? 1 : children <= 24 ? 2 : 3,
                          QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "ages 7 and over only, 1 per 12 children"));
        return answer(false, 0, OutOfSchoolGroupRuleSet, [&] {
            return RulesText::tr("Not allowed: table 2 allows at most 30 children aged 7 and over in a basisgroep; %1 are present.").arg(children);
        });
    }
    if (children <= 11 && young <= 9)
        return result(1, QT_TRANSLATE_NOOP("samenplan::rules::RulesText",
                                           "mixed ages, 1 professional for up to 11 children of whom at most 9 aged 4–6"));
    if (children <= 22 && young <= 18)
        return result(2, QT_TRANSLATE_NOOP("samenplan::rules::RulesText",
                                           "mixed ages, 2 professionals for up to 22 children of whom at most 18 aged 4–6"));
    return answer(false, 0, OutOfSchoolGroupRuleSet, [&] {
        return RulesText::tr("Not allowed: table 2 allows a mixed basisgroep of at most 22 children, at most 18 of them "
                             "aged 4–6; %1 are present, %2 aged 4–6.").arg(children).arg(young);
    });
}

RatioResult staffRatio(CareType careType, const QList<int> &ages, const QDate &date, Explain explain)
{
    return careType == CareType::OutOfSchool ? outOfSchoolRatio(ages, date, explain) : dayCareRatio(ages, explain);
}

} // namespace samenplan::rules
