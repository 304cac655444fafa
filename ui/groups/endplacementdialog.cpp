#include "groups/endplacementdialog.h"

#include "widgets/datefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace samenplan::ui {

QStringList EndPlacementDialog::usualReasons()
{
    return {tr("Goes to school"), tr("Moves to out-of-school care"), tr("Moved house"), tr("The parents' choice"),
            tr("The trajectory ended"), tr("Another location")};
}

EndPlacementDialog::EndPlacementDialog(const QString &childName, const QString &groupName, const Placement &placement,
                                       Evaluator evaluator, QWidget *parent)
    : FormDialog(parent),
      m_placement(placement),
      m_evaluator(std::move(evaluator)),
      m_lastDay(new DateField({}, this)),
      m_reason(new QComboBox(this))
{
    setWindowTitle(tr("End the placement of %1 in %2").arg(childName, groupName));
    m_lastDay->setObjectName(QStringLiteral("lastDay"));
    m_reason->setObjectName(QStringLiteral("reason"));
    // The end of this month, or the planned end, is the usual last day.
    const QDate today = QDate::currentDate();
    QDate proposed = placement.end.isValid() ? placement.end : QDate(today.year(), today.month(), today.daysInMonth());
    if (proposed < placement.start)
        proposed = placement.start;
    m_lastDay->setDate(proposed);
    m_reason->setEditable(true);
    m_reason->addItems(usualReasons());
    m_reason->setCurrentText(placement.endReason);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type why the placement ends"));
    auto *intro = new QLabel(tr("The placement stays in the records until its last day; the child leaves the board after "
                                "it. Undo brings the placement back as it was."),
                             this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    form()->addRow(tr("Last day"), m_lastDay);
    form()->addRow(tr("Reason"), m_reason);
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("End placement"));
    setMinimumWidth(460);
    connect(m_lastDay, &DateField::dateChanged, this, &EndPlacementDialog::revalidate);
    connect(m_reason, &QComboBox::currentTextChanged, this, &EndPlacementDialog::revalidate);
    revalidate();
}

QDate EndPlacementDialog::lastDay() const
{
    return m_lastDay->date();
}

QString EndPlacementDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

QString EndPlacementDialog::problem() const
{
    if (reason().isEmpty())
        return tr("Say why the placement ends.");
    planning::PlacementProposal proposal;
    proposal.placement = m_placement;
    proposal.placement.end = lastDay();
    proposal.placement.endReason = reason();
    return m_evaluator ? m_evaluator(proposal).reason() : QString();
}

} // namespace samenplan::ui
