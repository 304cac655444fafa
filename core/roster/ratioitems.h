#pragma once
// The check items of one group day's staff-child ratio: the group not allowed at all, every span
// below the ratio, the day's three-hour allowance exceeded, and every span below half the
// requirement. A span ends wherever the required or the present count changes, so `required` and
// `present` hold throughout [from, to).

#include "roster/rostercheck.h"

namespace samenplan::roster {

void appendRatioItems(const rules::DeviationResult &result, Id groupId, const QDate &date, QList<Violation> &out);

} // namespace samenplan::roster
