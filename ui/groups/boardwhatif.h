#pragma once
// The group board with a what-if scenario made to it (issue #16 item 3): which stored scenarios a
// location's board can show (those of the location or the whole organisation, not yet applied), and
// which of the shown week's placements the scenario changes, so that the cards mark them.

#include "capacity/scenarioplan.h"
#include "planning/planningdata.h"

#include <QSet>

namespace samenplan {
class Database;
namespace ui {

// The stored scenarios not applied yet about the location (NoId: every location).
QList<capacity::Scenario> openScenarios(const Database &db, Id locationId);

// The placements of `what` that are not in `plan` as they are there: placed by the scenario, or
// ended, extended or under a trajectory the scenario moves.
QSet<Id> placementsChangedBy(const planning::PlanningData &plan, const planning::PlanningData &what);

// The waiting list without the wishes the scenario answers.
QList<WaitingListEntry> stillWaiting(const QList<WaitingListEntry> &waiting, const capacity::Scenario &scenario);

} // namespace ui
} // namespace samenplan
