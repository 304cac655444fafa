#pragma once

#include "commands/databasecommand.h"
#include "domain/types.h"

#include <QList>

namespace samenplan::ui {

// Sets the children a staff member is a fixed face for.
class SetFixedFacesCommand : public DatabaseCommand {
public:
    SetFixedFacesCommand(Document *document, const QString &staffName, Id staffId, const QList<Id> &before,
                         const QList<Id> &after);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Id m_staffId;
    QList<Id> m_before;
    QList<Id> m_after;
};

} // namespace samenplan::ui

#include "domain/entities.h"

namespace samenplan::ui {

// Adds many shifts at once (a copied week, an applied template), optionally first removing the
// shifts they replace; one undo step.
class AddShiftsCommand : public DatabaseCommand {
public:
    AddShiftsCommand(Document *document, const QString &text, const QList<Shift> &added, const QList<Shift> &replaced);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    QList<Shift> m_added;
    QList<Shift> m_replaced;
};

} // namespace samenplan::ui
