#pragma once

#include "domain/types.h"

#include <QString>

namespace samenplan::coaching {

// The kind of a coaching session as people say it ("Coaching on the job"), translated.
QString coachingKindName(CoachingKind kind);

} // namespace samenplan::coaching
