#pragma once
// Whether a child may be placed in (or moved to, or keep with changed days) a group: the record's
// own checks (dates, days within opening hours, the group's age range, a referral for a youth-care
// seat), the child's other groups, and the group's places per moment over the whole span of the
// placement (rules.md sections 3 and 7). Pure: it reads what is stored from a PlacementContext, which
// the change layer loads inside the transaction that writes (and a view may keep while the user
// hovers), so the answer shown and the answer enforced come from this one function.

#include "domain/entities.h"
#include "domain/outcome.h"
#include "placement/capacity.h"

#include <QHash>

#include <optional>

namespace samenplan::planning {

class PlanningData;

struct PlacementProposal {
    // A new placement (id NoId), or a stored one with changed fields (its id).
    Placement placement;
    // A move: this stored placement ends the day before the new one starts (removed when that is
    // before its own start).
    Id replacesPlacementId = NoId;
};

// What is stored that a placement's rules read.
struct PlacementContext {
    std::optional<Group> group;
    std::optional<Location> location;
    std::optional<Child> child;
    QList<Placement> groupPlacements; // every stored placement of the group
    GroupChildren groupChildren;      // the birth dates and referrals of the children placed in the group
    QList<Placement> childPlacements; // every stored placement of the child, in any group
    QList<Referral> childReferrals;
    QHash<Id, QString> groupNames;    // the names of the child's other groups
};

// The stored placements with the proposal applied: the edited one replaced, a moved one ended.
QList<Placement> applyProposal(const QList<Placement> &stored, const PlacementProposal &proposal);

Outcome checkPlacement(const PlacementContext &stored, const PlacementProposal &proposal);

// The days and hours to propose when a child is dropped on a group: its current placement's days,
// else its waiting-list days at the location's opening hours, else every open weekday.
QList<PlacementDay> proposedDays(const PlanningData &data, Id childId, Id groupId, WeekdayMask waitingListDays);

} // namespace samenplan::planning
