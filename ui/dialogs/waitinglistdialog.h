#pragma once

#include "dialogs/choices.h"
#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace samenplan::ui {

class DateField;

// Edits an entry of the waiting list.
class WaitingListDialog : public FormDialog {
    Q_OBJECT
public:
    WaitingListDialog(const WaitingListEntry &entry, const Choices &children, const Choices &groups,
                      QWidget *parent = nullptr);
    WaitingListEntry entry() const;
    QString problem() const override;

private:
    WaitingListEntry m_entry;
    QComboBox *m_child;
    DateField *m_start;
    QList<QCheckBox *> m_days;
    QComboBox *m_group;
    QSpinBox *m_priority;
    QLineEdit *m_note;
};

} // namespace samenplan::ui
