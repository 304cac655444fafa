#include "dialogs/externalcoachdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

namespace samenplan::ui {

ExternalCoachDialog::ExternalCoachDialog(const ExternalCoach &coach, const Choices &providers, QWidget *parent)
    : FormDialog(parent),
      m_coach(coach),
      m_name(new QLineEdit(coach.name, this)),
      m_organisation(new QLineEdit(coach.organisation, this)),
      m_kind(new QComboBox(this)),
      m_provider(new QComboBox(this)),
      m_email(new QLineEdit(coach.email, this)),
      m_qualified(new QCheckBox(tr("Qualified pedagogical coach (counts toward the legal coach hours)"), this))
{
    setWindowTitle(coach.id ? tr("Edit %1").arg(coach.name) : tr("New external coach"));
    m_kind->addItem(tr("Youth-care professional"), int(CoachKind::YouthCareProfessional));
    m_kind->addItem(tr("Youth and family centre professional"), int(CoachKind::CentreProfessional));
    m_kind->addItem(tr("Own coach"), int(CoachKind::OwnCoach));
    m_kind->setCurrentIndex(m_kind->findData(int(coach.kind)));
    fillChoices(m_provider, providers, coach.providerId, tr("(none)"));
    m_qualified->setChecked(coach.qualifiedCoach);
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Organisation"), m_organisation);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Provider"), m_provider);
    form()->addRow(tr("E-mail"), m_email);
    form()->addRow(QString(), m_qualified);
    connect(m_name, &QLineEdit::textChanged, this, &ExternalCoachDialog::revalidate);
    revalidate();
}

ExternalCoach ExternalCoachDialog::coach() const
{
    ExternalCoach result = m_coach;
    result.name = m_name->text().trimmed();
    result.organisation = m_organisation->text().trimmed();
    result.kind = CoachKind(m_kind->currentData().toInt());
    result.providerId = chosenId(m_provider);
    result.email = m_email->text().trimmed();
    result.qualifiedCoach = m_qualified->isChecked();
    return result;
}

QString ExternalCoachDialog::problem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("The name is empty.") : QString();
}

} // namespace samenplan::ui
