#include "groups/placementdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace samenplan::ui {

static QTime timeOf(int minutes)
{
    return QTime(minutes / 60, minutes % 60);
}

static int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

PlacementDialog::PlacementDialog(const QString &childName, const QString &groupName,
                                 const planning::PlacementProposal &proposal, bool canTakeSeat, Evaluator evaluator,
                                 QWidget *parent)
    : QDialog(parent),
      m_base(proposal),
      m_evaluator(std::move(evaluator)),
      m_start(new QDateEdit(proposal.placement.start, this)),
      m_kind(new QComboBox(this)),
      m_override(new QLineEdit(proposal.placement.seatOverrideReason, this)),
      m_verdictLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(proposal.replacesPlacementId ? tr("Move %1 to %2").arg(childName, groupName)
                                                : tr("Place %1 in %2").arg(childName, groupName));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_kind->addItem(tr("Regular place"), int(PlacementKind::Regular));
    m_kind->addItem(tr("Youth-care seat"), int(PlacementKind::YouthCare));
    m_kind->setCurrentIndex(proposal.placement.kind == PlacementKind::YouthCare ? 1 : 0);
    m_kind->setEnabled(canTakeSeat);
    if (!canTakeSeat)
        m_kind->setToolTip(tr("Only a child with an active referral takes a youth-care seat."));
    m_override->setPlaceholderText(tr("Only to put a regular child in a reserved seat"));

    auto *days = new QGridLayout;
    for (int day = 1; day <= 5; ++day) {
        auto *check = new QCheckBox(QLocale().dayName(day), this);
        auto *from = new QTimeEdit(QTime(7, 30), this);
        auto *to = new QTimeEdit(QTime(18, 30), this);
        for (QTimeEdit *edit : {from, to})
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
        for (const PlacementDay &existing : proposal.placement.days) {
            if (existing.weekday == day) {
                check->setChecked(true);
                from->setTime(timeOf(existing.hours.from));
                to->setTime(timeOf(existing.hours.to));
            }
        }
        days->addWidget(check, day - 1, 0);
        days->addWidget(from, day - 1, 1);
        days->addWidget(new QLabel(QStringLiteral("–"), this), day - 1, 2);
        days->addWidget(to, day - 1, 3);
        m_days << check;
        m_from << from;
        m_to << to;
        connect(check, &QCheckBox::toggled, this, &PlacementDialog::evaluate);
        connect(from, &QTimeEdit::timeChanged, this, &PlacementDialog::evaluate);
        connect(to, &QTimeEdit::timeChanged, this, &PlacementDialog::evaluate);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_start);
    form->addRow(tr("Days"), days);
    form->addRow(tr("Place"), m_kind);
    form->addRow(tr("Reserved seat because"), m_override);
    m_verdictLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QDateEdit::dateChanged, this, &PlacementDialog::evaluate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlacementDialog::evaluate);
    connect(m_override, &QLineEdit::textChanged, this, &PlacementDialog::evaluate);
    evaluate();
}

planning::PlacementProposal PlacementDialog::proposal() const
{
    planning::PlacementProposal result = m_base;
    Placement &p = result.placement;
    p.start = m_start->date();
    p.kind = PlacementKind(m_kind->currentData().toInt());
    p.seatOverrideReason = p.kind == PlacementKind::Regular ? m_override->text().trimmed() : QString();
    p.days.clear();
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            p.days.append({i + 1, TimeRange{minutesOf(m_from.at(i)->time()), minutesOf(m_to.at(i)->time())}});
    }
    return result;
}

void PlacementDialog::evaluate()
{
    m_verdict = m_evaluator(proposal());
    QStringList lines;
    if (m_verdict.allowed()) {
        lines << tr("✓ Allowed.");
        for (const Finding &warning : std::as_const(m_verdict.warnings))
            lines << QStringLiteral("⚠ ") + warning.message;
    } else {
        lines << tr("✗ %1").arg(m_verdict.reason());
    }
    m_verdictLabel->setText(lines.join(QLatin1Char('\n')));
    m_verdictLabel->setStyleSheet(m_verdict.allowed() ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_verdict.allowed());
}

} // namespace samenplan::ui
