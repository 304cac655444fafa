#pragma once
// Whether a child may be placed in (or moved to) a group from a date on given days: the record's
// own checks (dates, days, the group's age range, a referral for a youth-care seat) and the group's
// limits per moment with the new placement in it (rules.md section 3). One answer with one reason,
// fast enough to give while a planner hovers a child over a group.

#include "domain/entities.h"
#include "placement/occupancy.h"

namespace samenplan::planning {

class PlanningData;

struct PlacementProposal {
    Placement placement;           // childId, groupId, start, end, days, kind, seatOverrideReason
    Id replacesPlacementId = NoId; // a move: this placement ends the day before the new one starts
};

struct PlacementVerdict {
    bool allowed = false;
    QString reason;                        // why not, or empty
    QList<OccupancyWarning> warnings;      // what still deserves attention when allowed
};

// The record on its own: returns a readable reason, or empty when fine.
QString validatePlacement(const Placement &placement, const Group &group, const Child &child, const Location *location);

// data must cover the week of the placement's start.
PlacementVerdict evaluatePlacement(const PlanningData &data, const PlacementProposal &proposal);

// The days and hours to propose when a child is dropped on a group: its current placement's days,
// else its waiting-list days at the location's opening hours, else every open weekday.
QList<PlacementDay> proposedDays(const PlanningData &data, Id childId, Id groupId, WeekdayMask waitingListDays);

} // namespace samenplan::planning
