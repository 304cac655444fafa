#pragma once

#include "dialogs/choices.h"
#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace samenplan::ui {

// Edits a staff member: role, employer, whether they count toward the ratio, contract, qualifications.
class StaffDialog : public FormDialog {
    Q_OBJECT
public:
    StaffDialog(const Staff &staff, const Choices &providers, QWidget *parent = nullptr);
    Staff staff() const;
    QString problem() const override;

private:
    Staff m_staff;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_employer;
    QComboBox *m_counts;
    QDoubleSpinBox *m_hours;
    QCheckBox *m_preschool;
    QCheckBox *m_coach;
};

} // namespace samenplan::ui
