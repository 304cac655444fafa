#include "commands/staffcommands.h"

#include "changes/recordchanges.h"
#include "commands/recordcommands.h"

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
    changes::setFixedFacesOfStaff(db, m_staffId, m_after);
}

void SetFixedFacesCommand::applyUndo(const Database &db)
{
    changes::setFixedFacesOfStaff(db, m_staffId, m_before);
}

} // namespace samenplan::ui


namespace samenplan::ui {

AddShiftsCommand::AddShiftsCommand(Document *document, const QString &text, const QList<Shift> &added,
                                   const QList<Shift> &replaced)
    : DatabaseCommand(document, text), m_added(added), m_replaced(replaced)
{
}

void AddShiftsCommand::applyRedo(const Database &db)
{
    for (const Shift &shift : std::as_const(m_replaced))
        changes::remove(db, shift);
    for (Shift &shift : m_added) {
        shift.id = changes::add(db, shift);
        markInserted(shift); // undo removes it on the version a new row has, not the copied one's
    }
}

void AddShiftsCommand::applyUndo(const Database &db)
{
    for (const Shift &shift : std::as_const(m_added))
        changes::remove(db, shift);
    for (Shift &shift : m_replaced) {
        shift.id = changes::add(db, shift);
        markInserted(shift);
    }
}

} // namespace samenplan::ui
