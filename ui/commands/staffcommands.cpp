#include "commands/staffcommands.h"

#include "persistence/staffrepository.h"

#include <QCoreApplication>

namespace samenplan::ui {

SetFixedFacesCommand::SetFixedFacesCommand(Document *document, const QString &staffName, Id staffId,
                                           const QList<Id> &before, const QList<Id> &after)
    : DatabaseCommand(document, QCoreApplication::translate("samenplan::ui", "fixed faces of %1").arg(staffName)),
      m_staffId(staffId), m_before(before), m_after(after)
{
}

void SetFixedFacesCommand::applyRedo(const Database &db)
{
    StaffRepository(db).setFixedFaceChildren(m_staffId, m_after);
}

void SetFixedFacesCommand::applyUndo(const Database &db)
{
    StaffRepository(db).setFixedFaceChildren(m_staffId, m_before);
}

} // namespace samenplan::ui
