#pragma once
// Checks of the week's coaching sessions (issue: coaching on the job): the coachee is rostered on
// the group at that time unless the session is off the floor; the coach is not in two places; a
// group whose pedagogues leave the floor for a session still meets the ratio or the three-hour rule
// covers it; no session on a day the location is closed. Items join the roster's violations list.

#include "roster/rostercheck.h"

namespace samenplan::coaching {

namespace rule {
inline const QString OffRoster = QStringLiteral("coaching-off-roster");
inline const QString CoachDoubleBooked = QStringLiteral("coach-double-booked");
inline const QString Ratio = QStringLiteral("coaching-ratio");
inline const QString ClosedDay = QStringLiteral("coaching-closed-day");
} // namespace rule

QList<roster::Violation> checkCoaching(const planning::PlanningData &data, const IsoWeek &week);

} // namespace samenplan::coaching
