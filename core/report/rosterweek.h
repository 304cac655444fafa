#pragma once
// What both printed roster layouts (the list and the wall print) agree on: which days of the week
// are printed and which shifts belong to a location.

#include "domain/entities.h"
#include "util/clock.h"

#include <QList>

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace report {

// Monday to Friday, and a weekend day only when someone works then.
QList<int> printedDays(const planning::PlanningData &data, const IsoWeek &week);

// A shift on one of the location's groups, or off the floor by someone of the location (or of none).
bool shiftAtLocation(const planning::PlanningData &data, const Shift &shift, const Location &location);

} // namespace report
} // namespace samenplan
