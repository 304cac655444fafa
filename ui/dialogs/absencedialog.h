#pragma once

#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace samenplan::ui {

class DateField;
class TimeField;

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
    DateField *m_start;
    DateField *m_end;
    QCheckBox *m_partOfDay;
    TimeField *m_from;
    TimeField *m_to;
    QLineEdit *m_note;
};

} // namespace samenplan::ui
