#pragma once
// Applying a what-if (capacity/scenario.h) as one undoable change: each tentative placement goes
// through the change layer, which checks the rules again against the plan as it is now, and its
// waiting-list entry goes in the same change. A refusal of any rolls all of them back.

#include "capacity/scenario.h"
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

} // namespace samenplan::ui
