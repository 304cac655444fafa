#pragma once
// The one door for placements: every place, move, edit, end and removal of a placement, from the
// GUI's undo commands, the import, the command line or a second client, goes through here. Each
// operation reads what is stored, checks the rules (placement/placementrules.h) against it with the
// change applied, and writes only when they allow it, inside the caller's transaction; a refusal
// throws ChangeRefused so that the transaction rolls back.

#include "domain/outcome.h"
#include "placement/placementrules.h"

#include <optional>

namespace samenplan {

class Database;

namespace changes {

// What the place counting reads about the children placed in a group (placement/capacity.h).
planning::GroupChildren loadGroupChildren(const Database &db, Id groupId);

class PlacementChanges {
public:
    explicit PlacementChanges(const Database &db);

    // What is stored that the rules for this child in this group read.
    planning::PlacementContext context(Id groupId, Id childId) const;
    // The answer place()/update() would give, without writing.
    Outcome check(const planning::PlacementProposal &proposal) const;

    // Each of these must run inside a Transaction. They throw ChangeRefused when a rule refuses
    // (nothing written) and DbError when the database fails; they return the warnings.
    // A new placement, or a move (proposal.replacesPlacementId ends the day before the start).
    Outcome place(const planning::PlacementProposal &proposal, Id *newId = nullptr);
    // A stored placement with changed days, times, dates, seat or group. When after.rowVersion is
    // set, a placement another planner changed since it was read is refused (doorrule::Stale).
    Outcome update(const Placement &after);
    // Ends a stored placement on a date (the last day it runs), with why it ends.
    Outcome end(Id placementId, const QDate &lastDay, const QString &reason = {});
    // Removes a placement; with rowVersion set, only while nobody changed it since.
    void remove(Id placementId, int rowVersion = 0);

    // Many changes in one transaction (an import) read each group's and child's records once
    // while a KeptReads (keptreads.h) is open on the database.

private:
    void lockForChange(Id groupId, Id childId) const;

    const Database &m_db;
};

} // namespace changes
} // namespace samenplan
