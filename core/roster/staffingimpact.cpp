#include "roster/staffingimpact.h"

#include "planning/planningdata.h"
#include "roster/groupday.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace samenplan::roster {
namespace {

class ImpactText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::roster::ImpactText)
};

int mostRequired(const std::optional<rules::DeviationResult> &day)
{
    int most = 0;
    if (day)
        for (const rules::DeviationSlot &slot : day->timeSlots)
            most = std::max(most, slot.required);
    return most;
}

QString describe(const DayImpact &impact)
{
    const QString day = QLocale().dayName(impact.weekday);
    QString text;
    if (impact.tooManyChildren)
        text = ImpactText::tr("%1: more children at one moment than one group may hold").arg(day);
    else if (impact.risesFrom < 0)
        text = ImpactText::tr("%1: no extra professional needed (%2 at most)").arg(day).arg(impact.requiredAfter);
    else if (impact.covered())
        text = ImpactText::tr("%1: needs %n professional(s) from %2, %3 rostered: enough", nullptr, impact.neededThen)
                   .arg(day, formatMinutes(impact.risesFrom))
                   .arg(impact.rosteredThen);
    else
        text = ImpactText::tr("%1: needs %n professional(s) from %2, %3 rostered", nullptr, impact.neededThen)
                   .arg(day, formatMinutes(impact.risesFrom))
                   .arg(impact.rosteredThen);
    if (!impact.rostered)
        text += ImpactText::tr(" (nobody rostered on the group on %1 yet)").arg(dayAndMonth(impact.date));
    else
        text += ImpactText::tr(" (%1)").arg(dayAndMonth(impact.date));
    return text;
}

} // namespace

QList<DayImpact> staffingImpact(const planning::PlanningData &data, const planning::PlacementProposal &proposal)
{
    QList<DayImpact> result;
    const Placement &p = proposal.placement;
    const Group *group = data.group(p.groupId);
    if (!group || !p.start.isValid())
        return result;
    planning::PlanningData after = data;
    after.placements = planning::applyProposal(data.placements, proposal);
    after.reindexPlacements();
    if (!after.children.contains(p.childId))
        return result;
    for (const PlacementDay &placementDay : p.days) {
        QDate date;
        for (QDate d = std::max(data.from, p.start); d <= data.to && (p.end.isNull() || d <= p.end); d = d.addDays(1)) {
            if (d.dayOfWeek() == placementDay.weekday) {
                date = d;
                break;
            }
        }
        if (!date.isValid())
            continue;
        const auto before = groupDayDeviation(data, *group, date);
        const auto withChange = groupDayDeviation(after, *group, date);
        if (!withChange)
            continue; // closed that day
        DayImpact impact;
        impact.weekday = placementDay.weekday;
        impact.date = date;
        impact.requiredBefore = mostRequired(before);
        impact.requiredAfter = mostRequired(withChange);
        impact.rostered = !data.staffPresent(group->id, date).isEmpty();
        for (int i = 0; i < withChange->timeSlots.size(); ++i) {
            const rules::DeviationSlot &now = withChange->timeSlots.at(i);
            const rules::DeviationSlot *was = before && i < before->timeSlots.size() ? &before->timeSlots.at(i) : nullptr;
            const int requiredBefore = was ? was->required : 0;
            impact.tooManyChildren = impact.tooManyChildren || (!now.allowed && (!was || was->allowed));
            if (now.required > requiredBefore && impact.risesFrom < 0) {
                impact.risesFrom = now.time.from;
                impact.neededThen = now.required;
                impact.rosteredThen = now.present;
            }
            if (now.below() && !(was && was->below()))
                impact.minutesShort += now.time.minutes();
        }
        impact.text = describe(impact);
        result.append(impact);
    }
    return result;
}

} // namespace samenplan::roster
