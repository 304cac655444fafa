#include "placement/placementcheck.h"

#include "planning/planningdata.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace samenplan::planning {
namespace {

class PlacementText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::planning::PlacementText)
};

// Warnings that refuse a placement outright; the others are shown but allowed.
bool refuses(const OccupancyWarning &warning)
{
    return warning.rule == occupancyrule::GroupSize || warning.rule == occupancyrule::RegularPlaces
        || (warning.rule == occupancyrule::YouthCareSeats && warning.childId == NoId);
}

} // namespace

QString validatePlacement(const Placement &p, const Group &group, const Child &child, const Location *location)
{
    if (!p.start.isValid())
        return PlacementText::tr("The start date is not a valid date.");
    if (p.end.isValid() && p.end < p.start)
        return PlacementText::tr("The end date lies before the start date.");
    if (p.days.isEmpty())
        return PlacementText::tr("Choose at least one day.");
    for (const PlacementDay &day : p.days) {
        if (!day.hours.isValid())
            return PlacementText::tr("The hours on %1 end before they start.").arg(QLocale().dayName(day.weekday));
        const auto open = location ? location->hoursOn(day.weekday) : std::nullopt;
        if (location && !open)
            return PlacementText::tr("The location is closed on %1.").arg(QLocale().dayName(day.weekday));
        if (open && (day.hours.from < open->from || day.hours.to > open->to))
            return PlacementText::tr("%1 %2 falls outside the opening hours (%3).")
                .arg(QLocale().dayName(day.weekday), formatRange(day.hours), formatRange(*open));
    }
    const int months = ageInMonths(child.birthDate, p.start);
    if (months < group.minAgeMonths || months >= group.maxAgeMonths)
        return PlacementText::tr("%1 is %2 months old on %3; %4 takes children from %5 to %6 months.")
            .arg(child.displayName()).arg(months).arg(QLocale().toString(p.start, QLocale::ShortFormat))
            .arg(group.name).arg(group.minAgeMonths).arg(group.maxAgeMonths);
    if (p.kind == PlacementKind::YouthCare && group.youthCareSeats == 0)
        return PlacementText::tr("%1 keeps no youth-care seats.").arg(group.name);
    return {};
}

PlacementVerdict evaluatePlacement(const PlanningData &data, const PlacementProposal &proposal)
{
    PlacementVerdict verdict;
    const Placement &p = proposal.placement;
    const Group *group = data.group(p.groupId);
    if (!group) {
        verdict.reason = PlacementText::tr("The group no longer exists.");
        return verdict;
    }
    if (!data.children.contains(p.childId)) {
        verdict.reason = PlacementText::tr("The child no longer exists.");
        return verdict;
    }
    const Child &child = data.children[p.childId];
    verdict.reason = validatePlacement(p, *group, child, data.location(group->locationId));
    if (!verdict.reason.isEmpty())
        return verdict;
    if (p.kind == PlacementKind::YouthCare && !data.activeReferral(p.childId, p.start)) {
        verdict.reason = PlacementText::tr("%1 has no active referral on %2, so cannot take a youth-care seat.")
                             .arg(child.displayName(), QLocale().toString(p.start, QLocale::ShortFormat));
        return verdict;
    }

    // The group's week with the new placement in it (and a moved one ended).
    PlanningData trial = data;
    for (Placement &existing : trial.placements) {
        if (existing.id == proposal.replacesPlacementId)
            existing.end = p.start.addDays(-1);
        if (existing.childId == p.childId && existing.groupId == p.groupId && existing.activeOn(p.start)
            && existing.id != proposal.replacesPlacementId) {
            verdict.reason = PlacementText::tr("%1 is already placed in %2.").arg(child.displayName(), group->name);
            return verdict;
        }
    }
    Placement added = p;
    added.id = -1; // not stored yet
    trial.placements.append(added);
    const IsoWeek week = IsoWeek::containing(p.start);
    for (const PlacementDay &day : p.days) {
        QDate date = week.day(day.weekday);
        if (date < p.start)
            date = date.addDays(7);
        for (const GroupOccupancy &occupancy : occupancyOn(trial, date, {}, p.groupId)) {
            for (const OccupancyWarning &warning : occupancy.warnings) {
                if (refuses(warning) && verdict.reason.isEmpty())
                    verdict.reason = QStringLiteral("%1: %2").arg(QLocale().dayName(day.weekday), warning.message);
                else if (warning.childId == p.childId)
                    verdict.warnings.append(warning);
            }
        }
    }
    verdict.allowed = verdict.reason.isEmpty();
    return verdict;
}

QList<PlacementDay> proposedDays(const PlanningData &data, Id childId, Id groupId, WeekdayMask waitingListDays)
{
    for (const Placement &placement : data.placements) {
        if (placement.childId == childId && !placement.days.isEmpty())
            return placement.days;
    }
    const Group *group = data.group(groupId);
    const Location *location = group ? data.location(group->locationId) : nullptr;
    QList<PlacementDay> days;
    for (int day = 1; day <= 7; ++day) {
        const auto open = location ? location->hoursOn(day) : std::optional<TimeRange>();
        if (!open || (waitingListDays && !(waitingListDays & weekdayBit(day))))
            continue;
        days.append({day, *open});
    }
    return days;
}

} // namespace samenplan::planning
