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

namespace samenplan::ui {

SaveScenarioCommand::SaveScenarioCommand(Document *document, const capacity::Scenario &scenario)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "save the scenario %1").arg(scenario.name.trimmed())),
      m_scenario(scenario)
{
}

void SaveScenarioCommand::applyRedo(const Database &db)
{
    m_scenario.id = changes::add(db, m_scenario); // a redo brings it back under the id it had
}

void SaveScenarioCommand::applyUndo(const Database &db)
{
    changes::remove(db, m_scenario);
}

ChangeScenarioCommand::ChangeScenarioCommand(Document *document, const QString &text, const capacity::Scenario &before,
                                             const capacity::Scenario &after)
    : DatabaseCommand(document, text), m_before(before), m_after(after)
{
}

void ChangeScenarioCommand::applyRedo(const Database &db)
{
    changes::update(db, m_after);
}

void ChangeScenarioCommand::applyUndo(const Database &db)
{
    changes::update(db, m_before);
}

DiscardScenarioCommand::DiscardScenarioCommand(Document *document, const capacity::Scenario &scenario)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "discard the scenario %1").arg(scenario.name)),
      m_scenario(scenario)
{
}

void DiscardScenarioCommand::applyRedo(const Database &db)
{
    changes::remove(db, m_scenario);
}

void DiscardScenarioCommand::applyUndo(const Database &db)
{
    m_scenario.id = changes::add(db, m_scenario); // back under its own id, for the steps before this one
}

ApplyStoredScenarioCommand::ApplyStoredScenarioCommand(Document *document, const capacity::Scenario &scenario)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "apply the scenario %1").arg(scenario.name)),
      m_scenarioId(scenario.id)
{
}

void ApplyStoredScenarioCommand::applyRedo(const Database &db)
{
    m_applied = changes::applyScenario(db, m_scenarioId);
}

void ApplyStoredScenarioCommand::applyUndo(const Database &db)
{
    changes::undoApplyScenario(db, m_applied);
}

} // namespace samenplan::ui
