#pragma once

#include "commands/databasecommand.h"
#include "domain/entities.h"

namespace samenplan::ui {

// Changes a child's details (name, birth date, parent contact, notes).
class UpdateChildCommand : public DatabaseCommand {
public:
    UpdateChildCommand(Document *document, const Child &before, const Child &after);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Child m_before;
    Child m_after;
};

} // namespace samenplan::ui
