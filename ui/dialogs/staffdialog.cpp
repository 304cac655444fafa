#include "dialogs/staffdialog.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace samenplan::ui {

StaffDialog::StaffDialog(const Staff &staff, const Choices &providers, QWidget *parent)
    : FormDialog(parent),
      m_staff(staff),
      m_name(new QLineEdit(staff.name, this)),
      m_role(new QComboBox(this)),
      m_employer(new QComboBox(this)),
      m_counts(new QComboBox(this)),
      m_hours(new QDoubleSpinBox(this)),
      m_preschool(new QCheckBox(tr("VE (pre-school education)"), this)),
      m_coach(new QCheckBox(tr("Pedagogical coach"), this))
{
    setWindowTitle(staff.id ? tr("Edit %1").arg(staff.name) : tr("New staff member"));
    for (StaffRole role : {StaffRole::Pedagogue, StaffRole::Trainee, StaffRole::YouthCarePedagogue, StaffRole::OutreachWorker,
                           StaffRole::BehaviouralScientist, StaffRole::Coach, StaffRole::Volunteer})
        m_role->addItem(staffRoleName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(staff.role)));
    fillChoices(m_employer, providers, staff.employerProviderId, tr("Own organisation"));
    m_counts->addItem(tr("As the role says"));
    m_counts->addItem(tr("Yes"));
    m_counts->addItem(tr("No"));
    m_counts->setCurrentIndex(!staff.countsForRatio ? 0 : *staff.countsForRatio ? 1 : 2);
    m_hours->setRange(0, 60);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h/week"));
    m_hours->setValue(staff.contractMinutesPerWeek / 60.0);
    m_preschool->setChecked(staff.qualifiedPreschool);
    m_coach->setChecked(staff.qualifiedCoach);
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Role"), m_role);
    form()->addRow(tr("Employer"), m_employer);
    form()->addRow(tr("Counts for the ratio"), m_counts);
    form()->addRow(tr("Contract"), m_hours);
    form()->addRow(tr("Qualifications"), m_preschool);
    form()->addRow(QString(), m_coach);
    connect(m_name, &QLineEdit::textChanged, this, &StaffDialog::revalidate);
    revalidate();
}

Staff StaffDialog::staff() const
{
    Staff result = m_staff;
    result.name = m_name->text().trimmed();
    result.role = StaffRole(m_role->currentData().toInt());
    result.employerProviderId = chosenId(m_employer);
    result.countsForRatio = m_counts->currentIndex() == 0 ? std::nullopt : std::optional<bool>(m_counts->currentIndex() == 1);
    result.contractMinutesPerWeek = int(m_hours->value() * 60 + 0.5);
    result.qualifiedPreschool = m_preschool->isChecked();
    result.qualifiedCoach = m_coach->isChecked();
    return result;
}

QString StaffDialog::problem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("The name is empty.") : QString();
}

} // namespace samenplan::ui
