#include "rules/staffratio.h"

#include "rules/ratioreasoning.h"
#include "rules/ratiosentences.h"
#include "rules/rulestext.h"

#include <algorithm>

namespace samenplan::rules {
namespace {

QString translated(const char *text, int n = -1)
{
    return RulesText::tr(text, nullptr, n);
}

// The explanation of a day-care answer (rules.md 4.1), in one sentence.
QString dayCareSentence(const DayCareCounts &counts, const DayCareReasoning &why)
{
    if (why.children == 0)
        return translated(sentences::NoChildren);
    const DayCareStep &full = why.full;
    const QString span = ageSpan(full.youngest, full.oldest);
    if (!why.valid) {
        if (why.children > why.maximum)
            return translated(sentences::Table1TooMany).arg(why.maximum).arg(span).arg(why.children);
        return translated(sentences::Table1TooManyBabies).arg(counts[0]).arg(why.children).arg(span);
    }
    QString sentence = full.answer.maxBabies >= 0
        ? translated(sentences::Table1WithBabies, full.table)
              .arg(span, QString::number(full.answer.maxChildren), QString::number(full.answer.maxBabies))
        : translated(sentences::Table1, full.table).arg(span, QString::number(full.answer.maxChildren));
    if (full.formulaNumerator >= 0) {
        sentence += translated(sentences::BabyFormula)
                        .arg(QString::number(counts[0]), QString::number(counts[1]), QString::number(counts[2]),
                             QString::number(counts[3]), QString::number(full.formulaNumerator),
                             QString::number(full.formula));
    }
    if (why.worseAge >= 0) {
        sentence += translated(sentences::Safeguard)
                        .arg(QString::number(why.worseAge), QString::number(why.worseRequired),
                             QString::number(why.required));
    } else {
        sentence += translated(sentences::Required, why.required);
    }
    return sentence + QLatin1Char('.');
}

QString outOfSchoolSentence(const OutOfSchoolReasoning &why)
{
    const int children = why.young + why.old;
    switch (why.sentence) {
    case OutOfSchoolCase::Nobody:
        return translated(sentences::NoChildren);
    case OutOfSchoolCase::PerLocation:
        return translated(sentences::PerLocation, why.required).arg(why.young).arg(why.old).arg(why.numerator);
    case OutOfSchoolCase::Table2:
        return translated(sentences::Table2, why.required).arg(translated(why.row));
    case OutOfSchoolCase::Table2TooManyYoung:
        return translated(sentences::Table2TooManyYoung).arg(children);
    case OutOfSchoolCase::Table2TooManyOld:
        return translated(sentences::Table2TooManyOld).arg(children);
    case OutOfSchoolCase::Table2TooManyMixed:
        return translated(sentences::Table2TooManyMixed).arg(children).arg(why.young);
    }
    return {};
}

} // namespace

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
    DayCareCounts counts{};
    for (int age : ages)
        ++counts[std::clamp(age, 0, 3)];
    const DayCareReasoning why = reasonDayCare(counts);
    return {why.valid, why.required, DayCareRuleSet,
            explain == Explain::Yes ? dayCareSentence(counts, why) : QString()};
}

RatioResult outOfSchoolRatio(const QList<int> &ages, const QDate &date, Explain explain)
{
    int young = 0; // aged 4 to 6
    int old = 0;   // aged 7 and over
    for (int age : ages)
        ++(age <= 6 ? young : old);
    const OutOfSchoolReasoning why = reasonOutOfSchool(young, old, date);
    return {why.valid, why.required, why.ruleset, explain == Explain::Yes ? outOfSchoolSentence(why) : QString()};
}

RatioResult staffRatio(CareType careType, const QList<int> &ages, const QDate &date, Explain explain)
{
    return careType == CareType::OutOfSchool ? outOfSchoolRatio(ages, date, explain) : dayCareRatio(ages, explain);
}

} // namespace samenplan::rules
