#include "commands/placementcommands.h"

#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/waitinglistrepository.h"

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
    const PlacementRepository repository(db);
    if (m_replaces) {
        Placement ended = *m_replaces;
        ended.id = m_replacementId;
        ended.end = m_placement.start.addDays(-1);
        if (ended.end < ended.start)
            repository.remove(m_replacementId);
        else
            repository.update(ended);
    }
    Placement added = m_placement;
    added.id = NoId;
    m_newId = repository.insert(added);
    if (m_waiting)
        WaitingListRepository(db).remove(m_waiting->id);
}

void PlaceChildCommand::applyUndo(const Database &db)
{
    const PlacementRepository repository(db);
    repository.remove(m_newId);
    if (m_waiting)
        m_waiting->id = WaitingListRepository(db).insert(*m_waiting);
    if (m_replaces) {
        if (repository.find(m_replacementId)) {
            Placement restored = *m_replaces;
            restored.id = m_replacementId;
            repository.update(restored);
        } else {
            m_replacementId = repository.insert(*m_replaces);
        }
    }
}

} // namespace samenplan::ui

namespace samenplan::ui {

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
    ReferralRepository(db).update(ended);
    for (Placement placement : std::as_const(m_placements)) {
        if (placement.end.isNull() || placement.end > m_before.plannedEnd) {
            placement.end = std::max(m_before.plannedEnd, placement.start);
            PlacementRepository(db).update(placement);
        }
    }
}

void EndTrajectoryCommand::applyUndo(const Database &db)
{
    ReferralRepository(db).update(m_before);
    for (const Placement &placement : std::as_const(m_placements))
        PlacementRepository(db).update(placement);
}

} // namespace samenplan::ui
