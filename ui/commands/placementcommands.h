#pragma once
// Placing a child in a group, or moving it from one group to another, as one undoable change.

#include "commands/databasecommand.h"
#include "domain/entities.h"

#include <QHash>

namespace samenplan::ui {

class PlaceChildCommand : public DatabaseCommand {
public:
    // With replaces set, that placement ends the day before the new one starts (a move); a
    // placement that would then end before it started is removed instead.
    // A child placed from the waiting list leaves it (waiting) in the same change.
    PlaceChildCommand(Document *document, const QString &childName, const QString &groupName,
                      const Placement &placement, std::optional<Placement> replaces,
                      std::optional<WaitingListEntry> waiting = std::nullopt);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Placement m_placement;
    std::optional<Placement> m_replaces;
    std::optional<WaitingListEntry> m_waiting;
    Id m_newId = NoId;
    Id m_replacementId = NoId; // the id the replaced placement has now (it changes when re-inserted)
    int m_replacedVersion = 0; // its row version after this change ended it
};

} // namespace samenplan::ui

namespace samenplan::ui {

// Changes a stored placement (days, hours, dates, seat) as one undoable change.
class ChangePlacementCommand : public DatabaseCommand {
public:
    ChangePlacementCommand(Document *document, const QString &childName, const Placement &before, const Placement &after);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Placement m_before;
    Placement m_after;
};

// Ends a stored placement on its last day, with why; undo gives it back as it was.
class EndPlacementCommand : public DatabaseCommand {
public:
    EndPlacementCommand(Document *document, const QString &childName, const Placement &before, const QDate &lastDay,
                        const QString &reason);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Placement m_before;
    QDate m_lastDay;
    QString m_reason;
};

// Ends a youth-care trajectory: the referral keeps its follow-up note and the child's youth-care
// placements end on the planned end, in one change.
class EndTrajectoryCommand : public DatabaseCommand {
public:
    EndTrajectoryCommand(Document *document, const QString &childName, const Referral &referral,
                         const QString &followUpNote, const QList<Placement> &youthCarePlacements);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Referral m_before;
    QString m_note;
    QList<Placement> m_placements; // as they were
    QHash<Id, int> m_versions;     // the row versions this change left on the placements it ended
};

} // namespace samenplan::ui
