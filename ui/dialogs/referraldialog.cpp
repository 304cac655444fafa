#include "dialogs/referraldialog.h"

#include "domain/validation.h"
#include "widgets/datefield.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace samenplan::ui {

ReferralDialog::ReferralDialog(const Referral &referral, const Choices &children, const Choices &providers,
                               const QHash<Id, int> &trajectoryMonths, const Choices &outreachWorkers,
                               const Choices &behaviouralScientists, QWidget *parent)
    : FormDialog(parent),
      m_referral(referral),
      m_months(trajectoryMonths),
      m_endEdited(referral.id != NoId),
      m_child(new QComboBox(this)),
      m_provider(new QComboBox(this)),
      m_reference(new QLineEdit(referral.reference, this)),
      m_start(new DateField(referral.start.isValid() ? referral.start : QDate::currentDate(), this)),
      m_end(new DateField({}, this)),
      m_outreach(new QComboBox(this)),
      m_scientist(new QComboBox(this)),
      m_note(new QPlainTextEdit(referral.followUpNote, this))
{
    setWindowTitle(referral.id ? tr("Edit referral %1").arg(referral.reference) : tr("New referral"));
    m_child->setObjectName(QStringLiteral("child"));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("plannedEnd"));
    fillChoices(m_child, children, referral.childId, referral.childId ? QString() : tr("(choose a child)"));
    fillChoices(m_provider, providers, referral.providerId);
    fillChoices(m_outreach, outreachWorkers, referral.outreachWorkerId, tr("(none)"));
    fillChoices(m_scientist, behaviouralScientists, referral.behaviouralScientistId, tr("(none)"));
    m_note->setMaximumHeight(80);
    if (referral.plannedEnd.isValid())
        m_end->setDate(referral.plannedEnd);
    else
        proposeEnd();
    form()->addRow(tr("Child"), m_child);
    form()->addRow(tr("Provider"), m_provider);
    form()->addRow(tr("Reference"), m_reference);
    form()->addRow(tr("Start"), m_start);
    form()->addRow(tr("Planned end"), m_end);
    form()->addRow(tr("Outreach worker"), m_outreach);
    form()->addRow(tr("Behavioural scientist"), m_scientist);
    form()->addRow(tr("Follow-up note"), m_note);
    connect(m_reference, &QLineEdit::textChanged, this, &ReferralDialog::revalidate);
    connect(m_child, &QComboBox::currentIndexChanged, this, &ReferralDialog::revalidate);
    connect(m_start, &DateField::dateChanged, this, &ReferralDialog::proposeEnd);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ReferralDialog::proposeEnd);
    connect(m_end, &DateField::dateChanged, this, [this] { m_endEdited = true; });
    connect(m_end, &DateField::dateChanged, this, &ReferralDialog::revalidate);
    revalidate();
}

void ReferralDialog::proposeEnd()
{
    // rules.md 3: the planned end defaults to the start plus the provider's usual trajectory.
    if (!m_endEdited) {
        const QSignalBlocker blocker(m_end);
        m_end->setDate(m_start->date().addMonths(m_months.value(chosenId(m_provider), 9)));
    }
    revalidate();
}

Referral ReferralDialog::referral() const
{
    Referral result = m_referral;
    result.childId = chosenId(m_child);
    result.providerId = chosenId(m_provider);
    result.reference = m_reference->text().trimmed();
    result.start = m_start->date();
    result.plannedEnd = m_end->date();
    result.outreachWorkerId = chosenId(m_outreach);
    result.behaviouralScientistId = chosenId(m_scientist);
    result.followUpNote = m_note->toPlainText();
    return result;
}

QString ReferralDialog::problem() const
{
    return validateReferral(referral());
}

} // namespace samenplan::ui
