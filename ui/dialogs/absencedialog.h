#pragma once

#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

namespace samenplan::ui {

// Registers an absence (leave, sick, training, other) for a staff member: whole days, or hours.
class AbsenceDialog : public FormDialog {
    Q_OBJECT
public:
    AbsenceDialog(const Absence &absence, const QString &staffName, QWidget *parent = nullptr);
    Absence absence() const;
    QString problem() const override;

private:
    Absence m_absence;
    QComboBox *m_kind;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_partOfDay;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLineEdit *m_note;
};

} // namespace samenplan::ui
