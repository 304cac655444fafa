#include "commands/placementcommands.h"

#include "changes/placementchanges.h"
#include "changes/recordchanges.h"
#include "commands/recordcommands.h"
#include "persistence/placementrepository.h"

#include <QCoreApplication>

namespace samenplan::ui {

PlaceChildCommand::PlaceChildCommand(Document *document, const QString &childName, const QString &groupName,
                                     const Placement &placement, std::optional<Placement> replaces,
                                     std::optional<WaitingListEntry> waiting)
    : DatabaseCommand(document, replaces ? QCoreApplication::translate("samenplan::ui", "move %1 to %2").arg(childName, groupName)
                                         : QCoreApplication::translate("samenplan::ui", "place %1 in %2").arg(childName, groupName)),
      m_placement(placement), m_replaces(std::move(replaces)), m_waiting(std::move(waiting))
{
    if (m_replaces)
        m_replacementId = m_replaces->id;
}

void PlaceChildCommand::applyRedo(const Database &db)
{
    changes::PlacementChanges placements(db);
    planning::PlacementProposal proposal;
    proposal.placement = m_placement;
    proposal.placement.id = NoId;
    proposal.replacesPlacementId = m_replaces ? m_replacementId : NoId;
    placements.place(proposal, &m_newId);
    if (m_waiting)
        changes::remove(db, *m_waiting);
    // The versions this change left, checked when it is undone.
    if (m_replaces) {
        if (const auto replaced = PlacementRepository(db).find(m_replacementId))
            m_replacedVersion = replaced->rowVersion;
    }
}

void PlaceChildCommand::applyUndo(const Database &db)
{
    changes::PlacementChanges placements(db);
    placements.remove(m_newId, 1); // as placed, unless another planner changed it since
    if (m_waiting)
        m_waiting->id = changes::add(db, *m_waiting);
    if (m_replaces) {
        if (PlacementRepository(db).find(m_replacementId)) {
            Placement restored = *m_replaces;
            restored.id = m_replacementId;
            restored.rowVersion = m_replacedVersion;
            placements.update(restored);
        } else {
            planning::PlacementProposal back;
            back.placement = *m_replaces;
            back.placement.id = NoId;
            placements.place(back, &m_replacementId);
        }
    }
}

} // namespace samenplan::ui

namespace samenplan::ui {

ChangePlacementCommand::ChangePlacementCommand(Document *document, const QString &childName, const Placement &before,
                                               const Placement &after)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "change the placement of %1").arg(childName)),
      m_before(before), m_after(after)
{
}

void ChangePlacementCommand::applyRedo(const Database &db)
{
    changes::PlacementChanges(db).update(m_after);
    followWrite(m_after, m_before); // undo checks the version this change left
}

void ChangePlacementCommand::applyUndo(const Database &db)
{
    changes::PlacementChanges(db).update(m_before);
    followWrite(m_before, m_after);
}

EndPlacementCommand::EndPlacementCommand(Document *document, const QString &childName, const Placement &before,
                                         const QDate &lastDay, const QString &reason)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "end the placement of %1").arg(childName)),
      m_before(before), m_lastDay(lastDay), m_reason(reason)
{
}

void EndPlacementCommand::applyRedo(const Database &db)
{
    changes::PlacementChanges(db).end(m_before.id, m_lastDay, m_reason);
    // Undo puts the placement back on the version this change left: a change another planner made
    // since is refused rather than undone.
    if (const auto ended = PlacementRepository(db).find(m_before.id))
        m_before.rowVersion = ended->rowVersion;
}

void EndPlacementCommand::applyUndo(const Database &db)
{
    changes::PlacementChanges(db).update(m_before);
}

EndTrajectoryCommand::EndTrajectoryCommand(Document *document, const QString &childName, const Referral &referral,
                                           const QString &followUpNote, const QList<Placement> &youthCarePlacements)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "end the trajectory of %1").arg(childName)),
      m_before(referral), m_note(followUpNote), m_placements(youthCarePlacements)
{
}

void EndTrajectoryCommand::applyRedo(const Database &db)
{
    Referral ended = m_before;
    ended.followUpNote = m_note;
    changes::update(db, ended);
    changes::PlacementChanges placements(db);
    m_versions.clear();
    for (const Placement &placement : std::as_const(m_placements)) {
        if (placement.end.isNull() || placement.end > m_before.plannedEnd) {
            Placement closed = placement;
            closed.end = std::max(m_before.plannedEnd, placement.start);
            placements.update(closed);
            m_versions.insert(placement.id, placement.rowVersion + 1);
        }
    }
}

void EndTrajectoryCommand::applyUndo(const Database &db)
{
    changes::PlacementChanges placements(db);
    for (Placement &placement : m_placements) {
        if (!m_versions.contains(placement.id))
            continue; // this change left it as it was
        Placement restored = placement;
        restored.rowVersion = m_versions.value(placement.id);
        placements.update(restored);
        placement.rowVersion = restored.rowVersion + 1; // the next redo writes on top of this
    }
    changes::update(db, m_before);
}

} // namespace samenplan::ui
