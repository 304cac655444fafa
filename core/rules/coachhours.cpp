#include "rules/coachhours.h"

#include "rules/rulestext.h"

#include <QLocale>

namespace samenplan::rules {

CoachHoursResult requiredCoachHours(const CoachHoursInput &input)
{
    qint64 contractMinutes = 0;
    for (int minutes : input.pedagogueWeeklyMinutes)
        contractMinutes += minutes;
    // 10 h (600 min) per FTE: contractMinutes / 2160 * 600 = contractMinutes * 5 / 18, rounded up.
    const qint64 fteMinutes = (contractMinutes * 5 + 17) / 18;
    CoachHoursResult result;
    result.ruleset = CoachHoursRuleSet;
    result.requiredMinutes = int(input.registeredLocations * 50 * 60 + fteMinutes + input.preschoolChildren * 10 * 60);
    result.fteHundredths = int(contractMinutes * 100 / MinutesPerFte);
    const QLocale locale;
    result.explanation = RulesText::tr("50 h × %1 location(s) + 10 h × %2 FTE + 10 h × %3 VE child(ren) = %4 h a year.")
                             .arg(input.registeredLocations)
                             .arg(locale.toString(result.fteHundredths / 100.0, 'f', 2))
                             .arg(input.preschoolChildren)
                             .arg(locale.toString(result.requiredHours(), 'f', result.requiredMinutes % 60 ? 1 : 0));
    return result;
}

QList<Id> pedagoguesWithoutCoaching(const QList<CoachingReceived> &received)
{
    QList<Id> without;
    for (const CoachingReceived &entry : received) {
        if (entry.minutes <= 0)
            without.append(entry.staffId);
    }
    return without;
}

} // namespace samenplan::rules
