#include "commands/scenariocommands.h"

#include "changes/placementchanges.h"
#include "changes/recordchanges.h"

#include <QCoreApplication>

namespace samenplan::ui {

ApplyScenarioCommand::ApplyScenarioCommand(Document *document, const QList<capacity::TentativePlacement> &placements)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "place the waiting list as in the what-if (%1 children)")
                                    .arg(placements.size())),
      m_placements(placements)
{
}

void ApplyScenarioCommand::applyRedo(const Database &db)
{
    changes::PlacementChanges door(db);
    m_newIds.clear();
    for (capacity::TentativePlacement &tentative : m_placements) {
        planning::PlacementProposal proposal;
        proposal.placement = tentative.placement;
        proposal.placement.id = NoId;
        Id id = NoId;
        door.place(proposal, &id);
        m_newIds.append(id);
        changes::remove(db, tentative.entry);
    }
}

void ApplyScenarioCommand::applyUndo(const Database &db)
{
    changes::PlacementChanges door(db);
    for (qsizetype i = m_placements.size() - 1; i >= 0; --i) {
        door.remove(m_newIds.at(i));
        m_placements[i].entry.id = changes::add(db, m_placements.at(i).entry);
    }
}

} // namespace samenplan::ui
