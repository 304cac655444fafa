#pragma once
// What a placement does to a group's staffing before it is written: per day of the placement, the
// professionals the children require at the busiest moment before and after, from when the change
// needs more, and how many counting professionals the roster has on the floor then ("Thursday:
// needs 3 professionals from 08:30, 2 rostered"). Counted per quarter hour by the same analysis the
// roster's checks use (groupday.h), so the dialog foretells what the Roster page will show. Pure.

#include "placement/placementrules.h"

#include <QList>
#include <QString>

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace roster {

struct DayImpact {
    int weekday = 0;
    QDate date;             // the first day with this weekday on which the placement runs, within the data
    int requiredBefore = 0; // most professionals needed at one moment, without the change
    int requiredAfter = 0;  // and with it
    int risesFrom = -1;     // the first minute the change needs more professionals (-1: it never does)
    int neededThen = 0;     // needed from that minute
    int rosteredThen = 0;   // counting professionals on the floor at that minute
    int minutesShort = 0;   // minutes the change puts the group below the ratio that were not below before
    bool rostered = false;  // anyone rostered on the group that day
    bool tooManyChildren = false; // after the change, more children at one moment than one group may hold
    // Enough professionals rostered for the children that day, with the change (nobody rostered
    // while children come is never enough).
    bool covered() const
    {
        return minutesShort == 0 && !tooManyChildren && (rostered || requiredAfter == 0)
            && (risesFrom < 0 || rosteredThen >= neededThen);
    }
    QString text;           // one readable line
};

// One entry per day of the proposal that falls within the data's span on or after the start (load
// the data for the two weeks from the Monday of the start, so every weekday is met once).
QList<DayImpact> staffingImpact(const planning::PlanningData &data, const planning::PlacementProposal &proposal);

} // namespace roster
} // namespace samenplan
