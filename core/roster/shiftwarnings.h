#pragma once
// What deserves a second look about one shift before it is stored: another shift of the same
// person at the same time, hours outside the location's opening hours, a registered absence.
// These are warnings: the shift is kept (the check list keeps reporting them).

#include "domain/entities.h"

#include <QStringList>

namespace samenplan {
namespace planning {
class PlanningData;
}
namespace roster {

// data must cover the shift's date; a shift with an id is compared with the others, not itself.
QStringList shiftWarnings(const planning::PlanningData &data, const Shift &shift);

} // namespace roster
} // namespace samenplan
