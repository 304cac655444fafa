#pragma once
// The door for named what-if scenarios (capacity/scenarioplan.h). Saving, changing and discarding a
// scenario checks that it has a name of its own and that every change points at records that exist
// and makes sense on its own (a date, days with hours, a maximum of at least one child); it does not
// check the placement rules, since a scenario is a question, not the plan. Applying it does: each
// change goes through the plan's own doors (recordchanges.h, placementchanges.h), against the plan as
// it is then, all in the caller's transaction, so one refusal leaves the plan as it was. Like every
// door, these run inside the caller's Transaction and throw ChangeRefused or DbError.

#include "capacity/scenarioplan.h"

namespace samenplan {

class Database;

namespace changes {

// A scenario with its id set comes back under that id (undoing its removal): later undo steps that
// name it still find it.
Id add(const Database &db, const capacity::Scenario &scenario);
// A scenario already applied keeps its changes: only its name and note change.
void update(const Database &db, const capacity::Scenario &scenario);
void remove(const Database &db, const capacity::Scenario &scenario);

// What applying a scenario did, so that it can be taken back (undoApplyScenario) as one step.
struct AppliedScenario {
    Id scenarioId = NoId;
    QList<Id> addedGroups;
    QList<Group> groupsBefore;
    QList<Referral> referralsBefore;
    QList<Placement> placementsBefore;
    QList<Id> placed;
    QList<WaitingListEntry> wishesRemoved;
    QList<int> wishChanges; // the index of the change each removed wish belongs to
};

// Makes the scenario's changes to the plan and marks it applied today: new groups first, then
// trajectories and placements ended or extended, then maxima, then the children placed (their wishes
// leave the waiting list). Refuses a scenario that was applied already.
AppliedScenario applyScenario(const Database &db, Id scenarioId);
// Takes an application back, newest change first; the scenario is no longer marked applied.
void undoApplyScenario(const Database &db, const AppliedScenario &applied);

} // namespace changes
} // namespace samenplan
