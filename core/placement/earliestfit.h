#pragma once
// When a wish fits a group: the first date from the wished start on, within a horizon, on which a
// placement with the wished days, open-ended, passes the placement rules (placementrules.h) as the
// change layer would enforce them: age range, opening hours, a referral for a youth-care seat, the
// child's other groups and the places per moment over the whole span. Only the dates on which the
// answer can change are tried: the wished start, the day after each of the group's (and the child's)
// placements ends, the day the child reaches the group's minimum age, and a referral's start.

#include "placement/placementrules.h"

#include <QDate>

#include <optional>

namespace samenplan::planning {

struct FitAnswer {
    std::optional<QDate> earliest; // none within the horizon
    QString reason;                // why not at the wished start (empty when it fits then)
};

// wish: the placement to try (child, group, days, kind); its start is ignored.
FitAnswer earliestFit(const PlacementContext &stored, const Placement &wish, const QDate &from, const QDate &until);

} // namespace samenplan::planning
