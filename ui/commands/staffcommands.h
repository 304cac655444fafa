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
