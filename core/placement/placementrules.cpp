#include "placement/placementrules.h"

#include "domain/validation.h"
#include "planning/planningdata.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <set>

namespace samenplan::planning {
namespace {

class PlacementText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::planning::PlacementText)
};

QString dayName(int weekday)
{
    return QLocale().dayName(weekday);
}

WeekdayMask weekdaysOf(const Placement &placement)
{
    WeekdayMask mask = 0;
    for (const PlacementDay &day : placement.days)
        mask |= weekdayBit(day.weekday);
    return mask;
}

bool datesOverlap(const Placement &a, const Placement &b)
{
    return (a.end.isNull() || a.end >= b.start) && (b.end.isNull() || b.end >= a.start);
}

// The record on its own: dates, days, opening hours.
void checkRecord(const PlacementContext &stored, const Placement &p, Outcome &outcome)
{
    if (!p.start.isValid())
        outcome.refuse(doorrule::Dates, QStringLiteral("start"), PlacementText::tr("The start date is not a valid date."));
    else if (p.end.isValid() && p.end < p.start)
        outcome.refuse(doorrule::Dates, QStringLiteral("end"), PlacementText::tr("The end date lies before the start date."));
    if (p.days.isEmpty())
        outcome.refuse(doorrule::Record, QStringLiteral("days"), PlacementText::tr("Choose at least one day."));
    checkText(outcome, QStringLiteral("seat_override_reason"), p.seatOverrideReason, MaxNameLength);
    checkText(outcome, QStringLiteral("end_reason"), p.endReason, MaxNoteLength, false);
    QSet<int> seen;
    for (const PlacementDay &day : p.days) {
        if (day.weekday < 1 || day.weekday > 7 || seen.contains(day.weekday)) {
            outcome.refuse(doorrule::Record, QStringLiteral("days"), PlacementText::tr("A day is given twice or does not exist."));
            return;
        }
        seen.insert(day.weekday);
        if (!day.hours.isValid()) {
            outcome.refuse(doorrule::Record, QStringLiteral("times"),
                           PlacementText::tr("The hours on %1 end before they start.").arg(dayName(day.weekday)));
            continue;
        }
        if (!stored.location)
            continue;
        const auto open = stored.location->hoursOn(day.weekday);
        if (!open)
            outcome.refuse(doorrule::OpeningHours, QStringLiteral("days"),
                           PlacementText::tr("The location is closed on %1.").arg(dayName(day.weekday)));
        else if (day.hours.from < open->from || day.hours.to > open->to)
            outcome.refuse(doorrule::OpeningHours, QStringLiteral("times"),
                           PlacementText::tr("%1 %2 falls outside the opening hours (%3).")
                               .arg(dayName(day.weekday), formatRange(day.hours), formatRange(*open)));
    }
}

// The group's age range on the start, and a warning when the child outgrows it on the way.
void checkAge(const Group &group, const Child &child, const Placement &p, Outcome &outcome)
{
    if (child.expected) {
        outcome.refuse(doorrule::Expected, QStringLiteral("child"),
                       PlacementText::tr("%1 is expected (due %2); a child is placed once born: record the birth date "
                                         "first.")
                           .arg(child.displayName(), shortDate(child.birthDate)));
        return;
    }
    if (child.birthDate > p.start) {
        outcome.refuse(doorrule::AgeRange, QStringLiteral("start"),
                       PlacementText::tr("%1 is not born yet on %2; a child is placed once born.")
                           .arg(child.displayName(), shortDate(p.start)));
        return;
    }
    const int months = ageInMonths(child.birthDate, p.start);
    if (months < group.minAgeMonths || months >= group.maxAgeMonths) {
        outcome.refuse(doorrule::AgeRange, QStringLiteral("group"),
                       PlacementText::tr("%1 is %2 months old on %3; %4 takes children from %5 to %6 months.")
                           .arg(child.displayName()).arg(months).arg(shortDate(p.start))
                           .arg(group.name).arg(group.minAgeMonths).arg(group.maxAgeMonths));
        return;
    }
    const QDate leaves = child.birthDate.addMonths(group.maxAgeMonths);
    if (p.end.isNull() || p.end >= leaves)
        outcome.warn(doorrule::AgeRange, QStringLiteral("end"),
                     PlacementText::tr("%1 outgrows %2 on %3; plan the move before then.")
                         .arg(child.displayName(), group.name, shortDate(leaves)),
                     leaves, child.id);
}

// A youth-care seat only with an active referral; a regular child in a seat only with a reason.
void checkSeat(const PlacementContext &stored, const Group &group, const Child &child, const Placement &p, Outcome &outcome)
{
    if (p.kind == PlacementKind::Regular) {
        if (!p.seatOverrideReason.trimmed().isEmpty())
            outcome.warn(doorrule::SeatOverride, QStringLiteral("seat_override_reason"),
                         PlacementText::tr("%1 is a regular child in a youth-care seat (override: %2).")
                             .arg(child.displayName(), p.seatOverrideReason.trimmed()),
                         p.start, child.id);
        return;
    }
    if (group.youthCareSeats == 0) {
        outcome.refuse(doorrule::YouthCareSeats, QStringLiteral("kind"),
                       PlacementText::tr("%1 keeps no youth-care seats.").arg(group.name));
        return;
    }
    const Referral *active = nullptr;
    for (const Referral &referral : stored.childReferrals) {
        if (referral.activeOn(p.start))
            active = &referral;
    }
    if (!active) {
        outcome.refuse(doorrule::Referral, QStringLiteral("kind"),
                       PlacementText::tr("%1 has no active referral on %2, so cannot take a youth-care seat.")
                           .arg(child.displayName(), shortDate(p.start)));
        return;
    }
    if (p.end.isNull() || p.end > active->plannedEnd)
        outcome.warn(doorrule::Referral, QStringLiteral("end"),
                     PlacementText::tr("The trajectory of %1 ends on %2: extend it, continue as a regular placement, "
                                       "or end it with a follow-up note.")
                         .arg(child.displayName(), shortDate(active->plannedEnd)),
                     active->plannedEnd, child.id);
}

// The child's other placements: never two at one moment, at most two groups a week.
void checkOtherGroups(const PlacementContext &stored, const Group &group, const Child &child, const PlacementProposal &proposal,
                      Outcome &outcome)
{
    const Placement &p = proposal.placement;
    const QList<Placement> mine = applyProposal(stored.childPlacements, proposal);
    std::set<QDate> checkDates{p.start};
    for (const Placement &other : mine) {
        if (other.id == p.id || !datesOverlap(other, p))
            continue;
        if (other.start > p.start)
            checkDates.insert(other.start);
        if (other.groupId == p.groupId) {
            outcome.refuse(doorrule::Duplicate, QStringLiteral("group"),
                           PlacementText::tr("%1 is already placed in %2.").arg(child.displayName(), group.name));
            return;
        }
        for (const PlacementDay &day : p.days) {
            for (const PlacementDay &theirs : other.days) {
                if (day.weekday == theirs.weekday && day.hours.overlaps(theirs.hours)) {
                    outcome.refuse(doorrule::SecondGroup, QStringLiteral("days"),
                                   PlacementText::tr("%1: %2 is in %3 then (%4); a child is in one group at a time.")
                                       .arg(dayName(day.weekday), child.displayName(),
                                            stored.groupNames.value(other.groupId), formatRange(theirs.hours)));
                    return;
                }
            }
        }
    }
    int mostGroups = 1;
    for (const QDate &date : checkDates) {
        if (p.end.isValid() && date > p.end)
            continue;
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        const QDate sunday = monday.addDays(6);
        QSet<Id> groups{p.groupId};
        for (const Placement &other : mine) {
            if (other.id != proposal.replacesPlacementId && other.start <= sunday
                && (other.end.isNull() || other.end >= monday))
                groups.insert(other.groupId);
        }
        mostGroups = std::max(mostGroups, int(groups.size()));
    }
    if (mostGroups > 2)
        outcome.refuse(doorrule::SecondGroup, QStringLiteral("group"),
                       PlacementText::tr("%1 would be in %2 groups in one week; at most two are allowed.")
                           .arg(child.displayName()).arg(mostGroups));
    else if (mostGroups == 2)
        outcome.warn(doorrule::SecondGroup, QStringLiteral("group"),
                     PlacementText::tr("%1 is also placed in another group; that needs the parents' written consent "
                                       "for an agreed period.").arg(child.displayName()),
                     p.start, child.id);
}

} // namespace

QList<Placement> applyProposal(const QList<Placement> &stored, const PlacementProposal &proposal)
{
    const Placement &p = proposal.placement;
    QList<Placement> result;
    bool replaced = false;
    for (Placement existing : stored) {
        if (p.id != NoId && existing.id == p.id) {
            replaced = true;
            result.append(p);
            continue;
        }
        if (existing.id == proposal.replacesPlacementId && p.start.isValid()) {
            existing.end = p.start.addDays(-1);
            if (existing.end < existing.start)
                continue;
        }
        result.append(existing);
    }
    if (!replaced)
        result.append(p);
    return result;
}

Outcome checkPlacement(const PlacementContext &stored, const PlacementProposal &proposal)
{
    Outcome outcome;
    const Placement &p = proposal.placement;
    if (!stored.group) {
        outcome.refuse(doorrule::NotFound, QStringLiteral("group"), PlacementText::tr("The group no longer exists."));
        return outcome;
    }
    if (!stored.child) {
        outcome.refuse(doorrule::NotFound, QStringLiteral("child"), PlacementText::tr("The child no longer exists."));
        return outcome;
    }
    const Group &group = *stored.group;
    const Child &child = *stored.child;
    if (group.archivedFrom.isValid() && (p.end.isNull() || p.end >= group.archivedFrom)) {
        outcome.refuse(doorrule::Archived, QStringLiteral("group"),
                       PlacementText::tr("%1 is archived from %2; no child is in it from then on.")
                           .arg(group.name, shortDate(group.archivedFrom)));
        return outcome;
    }
    checkRecord(stored, p, outcome);
    if (!outcome.allowed())
        return outcome;
    checkAge(group, child, p, outcome);
    checkSeat(stored, group, child, p, outcome);
    if (!outcome.allowed())
        return outcome;
    checkOtherGroups(stored, group, child, proposal, outcome);
    if (!outcome.allowed())
        return outcome;
    // The places taken with the change applied, each until its child leaves the group's age range or
    // its trajectory ends (capacity.h), checked for as long as this placement takes its own.
    const QList<Placement> trial = placesTaken(group, applyProposal(stored.groupPlacements, proposal), stored.groupChildren,
                                               child.id, child.birthDate, stored.childReferrals);
    const QDate until = placeTakenUntil(group, p, child.birthDate, stored.childReferrals);
    if (until.isValid() && until < p.start)
        return outcome;
    if (const auto breach = firstCapacityBreach(group, trial, p.start, until, weekdaysOf(p)))
        outcome.refuse(breach->rule, QStringLiteral("days"), describeBreach(*breach, p.start), breach->date);
    return outcome;
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
