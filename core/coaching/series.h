#pragma once
// Coaching series and the checks of one session before it is stored.

#include "domain/entities.h"

#include <QHash>
#include <QList>

namespace samenplan::coaching {

// count sessions from first on, every intervalWeeks weeks (1 weekly, 2 every other week).
QList<CoachingSession> seriesFrom(const CoachingSession &first, int intervalWeeks, int count);

// A session that cannot be stored: no date, ending before it starts, no coach, no coachee, a coachee
// who is not a pedagogue, a cancellation without a reason. Returns one sentence, or empty.
QString validateSession(const CoachingSession &session, const QHash<Id, Staff> &staff);

} // namespace samenplan::coaching
