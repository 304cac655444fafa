#pragma once
// A named what-if scenario kept in the file (issue #16 item 3): a list of tentative changes to the
// plan (place a child, end or extend a placement, end or extend a youth-care trajectory, add a group,
// change a group's maximum) that the forecast and the checks can show beside the plan. It is stored
// apart from the plan (schema version 7) and changes nothing until it is applied through the change
// layer (changes/scenariochanges.h), which checks the rules again against the plan as it is then.
// A scenario names children and youth-care seats: it is never printed.

#include "capacity/capacitydata.h"
#include "capacity/scenario.h"
#include "planning/planningdata.h"

#include <QDateTime>

namespace samenplan::capacity {

enum class ScenarioChangeKind {
    Place,         // childId into groupId (or the group added by change newGroup), from date, on days
    PlacementEnd,  // placementId's last day becomes date (null: it runs on, open-ended)
    TrajectoryEnd, // referralId's planned end becomes date
    AddGroup,      // group (its id unused) at group.locationId
    GroupMaximum,  // groupId's maxChildren and youthCareSeats become number and seats
};
// Stable codes (storage, JSON): "place", "placement-end", "trajectory-end", "add-group", "group-maximum".
QString scenarioChangeKindCode(ScenarioChangeKind kind);
std::optional<ScenarioChangeKind> scenarioChangeKindFromCode(const QString &code);

struct ScenarioChange {
    Id id = NoId;
    ScenarioChangeKind kind = ScenarioChangeKind::Place;
    Id childId = NoId;
    Id groupId = NoId;
    int newGroup = -1;     // Place into a group this scenario adds: that AddGroup change's index
    Id placementId = NoId;
    Id referralId = NoId;
    Id waitingListId = NoId; // Place: the wish it answers (removed from the waiting list when applied)
    QDate date;
    bool youthCare = false;
    QList<PlacementDay> days;
    Group group;           // AddGroup
    int number = 0;        // GroupMaximum: the new maximum
    int seats = 0;         // GroupMaximum: the new number of youth-care seats
};

struct Scenario {
    Id id = NoId;
    QString name;
    Id locationId = NoId; // the location it is about (NoId: the organisation)
    QString note;
    QDateTime created;
    QDate appliedOn;      // null: not applied
    QList<ScenarioChange> changes;
};

// The id a group added by the change at `index` has in withScenario's data (never a stored id).
constexpr Id scenarioGroupId(int index) { return -1000 - index; }

// The plan with the scenario's changes made in memory: groups added (scenarioGroupId) and changed,
// placements ended or extended, trajectories moved, children placed (negative placement ids) and their
// wishes off the waiting list. A change whose record is no longer in the plan is skipped.
CapacityData withScenario(const CapacityData &plan, const Scenario &scenario);
// The same for the records the roster checks read (a week's children, groups and referrals), so the
// checks can be run on the scenario beside the plan. A group the scenario adds has no shifts.
planning::PlanningData withScenario(const planning::PlanningData &plan, const Scenario &scenario);

// The waiting list placed in memory (scenario.h) as changes to keep: one Place per tentative
// placement, linked to its wish; only those into the location's groups unless locationId is NoId.
QList<ScenarioChange> placesOf(const WaitingListScenario &placed, Id locationId = NoId);

} // namespace samenplan::capacity
