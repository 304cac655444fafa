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

#include "persistence/shiftrepository.h"

namespace samenplan::ui {

AddShiftsCommand::AddShiftsCommand(Document *document, const QString &text, const QList<Shift> &added,
                                   const QList<Shift> &replaced)
    : DatabaseCommand(document, text), m_added(added), m_replaced(replaced)
{
}

void AddShiftsCommand::applyRedo(const Database &db)
{
    const ShiftRepository shifts(db);
    for (const Shift &shift : std::as_const(m_replaced))
        shifts.remove(shift.id);
    for (Shift &shift : m_added)
        shift.id = shifts.insert(shift);
}

void AddShiftsCommand::applyUndo(const Database &db)
{
    const ShiftRepository shifts(db);
    for (const Shift &shift : std::as_const(m_added))
        shifts.remove(shift.id);
    for (Shift &shift : m_replaced)
        shift.id = shifts.insert(shift);
}

} // namespace samenplan::ui
