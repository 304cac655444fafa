#pragma once
// The week's checks of a what-if scenario beside the plan's (issue #16 item 3): which findings the
// scenario adds and which it resolves. Two findings are the same when rule, day, time, group,
// person and the counts agree (the message may word them alike for different groups).

#include "roster/rostercheck.h"

namespace samenplan::roster {

struct CheckDifference {
    QList<Violation> added;    // in the scenario, not in the plan
    QList<Violation> resolved; // in the plan, not in the scenario
};

CheckDifference compareChecks(const QList<Violation> &plan, const QList<Violation> &scenario);

} // namespace samenplan::roster
