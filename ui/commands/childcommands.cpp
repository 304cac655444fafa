#include "commands/childcommands.h"

#include "persistence/childrepository.h"

#include <QCoreApplication>

namespace samenplan::ui {

UpdateChildCommand::UpdateChildCommand(Document *document, const Child &before, const Child &after)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "edit %1").arg(after.displayName())),
      m_before(before), m_after(after)
{
}

void UpdateChildCommand::applyRedo(const Database &db)
{
    ChildRepository(db).update(m_after);
}

void UpdateChildCommand::applyUndo(const Database &db)
{
    ChildRepository(db).update(m_before);
}

} // namespace samenplan::ui
