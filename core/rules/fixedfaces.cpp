#include "rules/fixedfaces.h"

#include "rules/rulestext.h"
#include "util/datetext.h"


namespace samenplan::rules {

int maximumFixedFaces(int ageYears, int requiredProfessionals)
{
    const int base = ageYears == 0 ? 2 : 3;
    return requiredProfessionals >= 3 ? base + 1 : base;
}

FixedFacesResult checkFixedFaces(const FixedFacesInput &input, Explain explain)
{
    FixedFacesResult result;
    result.ruleset = FixedFacesRuleSet;
    if (input.days.isEmpty()) {
        result.maximum = maximumFixedFaces(input.ageYears, 0);
        if (explain == Explain::Yes)
            result.explanation = RulesText::tr("The child does not attend this week.");
        return result;
    }
    // The strictest day counts: the lowest requirement gives the lowest maximum.
    int strictest = input.days.first().requiredProfessionals;
    for (const FixedFacesDay &day : input.days)
        strictest = std::min(strictest, day.requiredProfessionals);
    result.maximum = maximumFixedFaces(input.ageYears, strictest);
    result.tooMany = input.fixedFaces.size() > result.maximum;
    for (const FixedFacesDay &day : input.days) {
        bool seen = false;
        bool away = false;
        for (Id face : input.fixedFaces) {
            seen = seen || day.staffOnGroup.contains(face);
            away = away || day.awayIllOrOnLeave.contains(face);
        }
        if (seen)
            continue;
        if (away && day.date >= FixedFaceReplacementFrom)
            result.daysReplaced.append(day.date);
        else
            result.daysWithoutFixedFace.append(day.date);
    }
    if (explain == Explain::No)
        return result;
    auto dayList = [](const QList<QDate> &days) {
        QStringList dates;
        for (const QDate &date : days)
            dates << weekdayAndDate(date);
        return dates.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (result.tooMany)
        parts << RulesText::tr("%1 fixed faces where a child aged %2 may have at most %3").arg(input.fixedFaces.size())
                     .arg(input.ageYears).arg(result.maximum);
    if (!result.daysWithoutFixedFace.isEmpty())
        parts << RulesText::tr("no fixed face on the group on %1").arg(dayList(result.daysWithoutFixedFace));
    if (!result.daysReplaced.isEmpty())
        parts << RulesText::tr("on %1 its fixed face is away ill or on leave, and a temporary replacement is allowed")
                     .arg(dayList(result.daysReplaced));
    result.explanation = parts.isEmpty()
        ? RulesText::tr("%1 fixed face(s), at most %2 allowed, and one works on every day the child attends.")
              .arg(input.fixedFaces.size()).arg(result.maximum)
        : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    return result;
}

} // namespace samenplan::rules
