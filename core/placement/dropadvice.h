#pragma once
// Help for a placement the rules refuse as asked (a drop on a group, "Place in group..."): which of
// the wished days fit from the wished start, the earliest date on which all the wished days fit, and
// why what was left out does not fit. Everything is asked of checkPlacement, the function the change
// layer refuses with, so what is offered is what will be allowed. Pure.

#include "placement/placementrules.h"

namespace samenplan::planning {

struct DropAdvice {
    enum class Kind {
        Allowed, // the wish fits as it is
        Partial, // some of the wished days fit from the wished start (proposal holds only those)
        Later,   // the wished days fit from a later date (proposal starts then)
        Refused, // nothing about days or dates helps: the age range, an expected baby, an archived group...
    };
    Kind kind = Kind::Refused;
    PlacementProposal proposal; // what to offer: the wish, or the part of it that fits
    Outcome verdict;            // the rules on the wish itself
    QList<Finding> leftOut;     // why each left-out day, or the wished start, does not fit
    QDate allDaysFrom;          // the earliest date on which all the wished days fit (null: not within the horizon)
};

// The rules whose refusal no other day or date cures.
bool refusedOutright(const Outcome &verdict);

// Looks up to `horizonDays` after the wished start for a date on which the wished days fit, trying
// the dates on which something in the group or for the child changes (a placement ends, a referral
// starts).
DropAdvice adviseDrop(const PlacementContext &stored, const PlacementProposal &wish, int horizonDays = 366);

} // namespace samenplan::planning
