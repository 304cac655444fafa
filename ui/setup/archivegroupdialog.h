#pragma once
// Archives a group from a date: it keeps its history (its placements stay in the records) but takes
// no child from that date on and leaves the board. Lists, as the date changes, the children still
// placed on or after it, who must be moved or leave first.

#include "dialogs/formdialog.h"
#include "domain/entities.h"

#include <QHash>

class QLabel;

namespace samenplan::ui {

class DateField;

class ArchiveGroupDialog : public FormDialog {
    Q_OBJECT
public:
    ArchiveGroupDialog(const Group &group, const QList<Placement> &placements, const QHash<Id, QString> &childNames,
                       QWidget *parent = nullptr);
    QDate from() const;
    QString problem() const override;

    // The first date on which none of the placements runs any more (at the earliest `notBefore`).
    static QDate firstFreeDate(const QList<Placement> &placements, const QDate &notBefore);

private:
    Group m_group;
    QList<Placement> m_placements;
    QHash<Id, QString> m_names;
    DateField *m_from;
    QLabel *m_explanation;
};

} // namespace samenplan::ui
