#pragma once
// Undoable changes of what-if scenarios, each one transaction through the change layer:
// - ApplyScenarioCommand places the unstored waiting-list what-if (capacity/scenario.h): each
//   tentative placement through the placement door, which checks the rules again against the plan
//   as it is now, and its waiting-list entry in the same change; a refusal of any rolls all back.
// - Save, change and discard a stored scenario (capacity/scenarioplan.h, changes/scenariochanges.h).
// - ApplyStoredScenarioCommand makes a stored scenario's changes to the plan and takes them back.

#include "capacity/scenario.h"
#include "changes/scenariochanges.h"
#include "commands/databasecommand.h"

namespace samenplan::ui {

class ApplyScenarioCommand : public DatabaseCommand {
public:
    ApplyScenarioCommand(Document *document, const QList<capacity::TentativePlacement> &placements);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    QList<capacity::TentativePlacement> m_placements;
    QList<Id> m_newIds; // the stored placements, in order
};

class SaveScenarioCommand : public DatabaseCommand {
public:
    SaveScenarioCommand(Document *document, const capacity::Scenario &scenario);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    capacity::Scenario m_scenario;
};

class ChangeScenarioCommand : public DatabaseCommand {
public:
    ChangeScenarioCommand(Document *document, const QString &text, const capacity::Scenario &before,
                          const capacity::Scenario &after);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    capacity::Scenario m_before;
    capacity::Scenario m_after;
};

class DiscardScenarioCommand : public DatabaseCommand {
public:
    DiscardScenarioCommand(Document *document, const capacity::Scenario &scenario);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    capacity::Scenario m_scenario;
};

class ApplyStoredScenarioCommand : public DatabaseCommand {
public:
    ApplyStoredScenarioCommand(Document *document, const capacity::Scenario &scenario);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Id m_scenarioId;
    changes::AppliedScenario m_applied;
};

} // namespace samenplan::ui
