#include "groups/placementdialog.h"

#include "widgets/datefield.h"
#include "widgets/weekhours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace samenplan::ui {

PlacementDialog::PlacementDialog(const Request &request, Evaluator evaluator, StaffingImpact impact, QWidget *parent)
    : QDialog(parent),
      m_request(request),
      m_evaluator(std::move(evaluator)),
      m_impact(std::move(impact)),
      m_start(new DateField(request.proposal.placement.start, this)),
      m_end(new DateField(request.proposal.placement.end, this)),
      m_days(new WeekHoursEditor(request.openDays, TimeRange{450, 1110}, this)),
      m_kind(new QComboBox(this)),
      m_override(new QLineEdit(request.proposal.placement.seatOverrideReason, this)),
      m_verdictLabel(new QLabel(this)),
      m_staffing(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const planning::PlacementProposal &proposal = request.proposal;
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_days->setObjectName(QStringLiteral("days"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_override->setObjectName(QStringLiteral("override"));
    m_verdictLabel->setObjectName(QStringLiteral("verdict"));
    m_staffing->setObjectName(QStringLiteral("staffing"));
    if (request.editing)
        setWindowTitle(tr("Placement of %1 in %2").arg(request.childName, request.groupName));
    else if (proposal.replacesPlacementId)
        setWindowTitle(tr("Move %1 to %2").arg(request.childName, request.groupName));
    else
        setWindowTitle(tr("Place %1 in %2").arg(request.childName, request.groupName));
    m_buttons->button(QDialogButtonBox::Ok)->setText(request.editing ? tr("Save")
                                                     : proposal.replacesPlacementId ? tr("Move") : tr("Place", "button: place the child"));
    m_end->setOptional(tr("open-ended"));
    m_days->setHours(proposal.placement.days);
    m_kind->addItem(tr("Regular place"), int(PlacementKind::Regular));
    m_kind->addItem(tr("Youth-care seat"), int(PlacementKind::YouthCare));
    m_kind->setCurrentIndex(proposal.placement.kind == PlacementKind::YouthCare ? 1 : 0);
    m_kind->setEnabled(request.canTakeSeat || proposal.placement.kind == PlacementKind::YouthCare);
    if (!m_kind->isEnabled())
        m_kind->setToolTip(tr("Only a child with an active referral takes a youth-care seat."));
    m_override->setPlaceholderText(tr("Only to put a regular child in a reserved seat"));

    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_start);
    form->addRow(tr("Until"), m_end);
    form->addRow(tr("Days"), m_days);
    form->addRow(tr("Place", "form row: a regular place or a youth-care seat"), m_kind);
    form->addRow(tr("Reserved seat because"), m_override);
    m_verdictLabel->setWordWrap(true);
    m_staffing->setWordWrap(true);
    m_staffing->setTextFormat(Qt::RichText);
    auto *staffing = new QGroupBox(tr("Staffing"), this);
    auto *staffingLayout = new QVBoxLayout(staffing);
    staffingLayout->addWidget(m_staffing);
    staffing->setToolTip(tr("Professionals the group's children need at the busiest moment with this change, and the "
                            "counting professionals the roster has on the group then (first week of the placement)."));

    auto *layout = new QVBoxLayout(this);
    if (!request.leftOut.isEmpty())
        layout->addWidget(helpBox(request));
    layout->addLayout(form);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(staffing);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &DateField::dateChanged, this, &PlacementDialog::evaluate);
    connect(m_end, &DateField::dateChanged, this, &PlacementDialog::evaluate);
    connect(m_days, &WeekHoursEditor::changed, this, &PlacementDialog::evaluate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlacementDialog::evaluate);
    connect(m_override, &QLineEdit::textChanged, this, &PlacementDialog::evaluate);
    evaluate();
}

QWidget *PlacementDialog::helpBox(const Request &request)
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("dropHelp"));
    box->setStyleSheet(QStringLiteral("#dropHelp { background: #fff4e0; border: 1px solid #e0b060; border-radius: 4px; }"));
    auto *layout = new QVBoxLayout(box);
    QStringList lines{tr("Not everything asked fits; the fields below hold what does.")};
    for (const Finding &finding : request.leftOut)
        lines << QStringLiteral("• ") + finding.message;
    m_help = new QLabel(lines.join(QLatin1Char('\n')), box);
    m_help->setWordWrap(true);
    layout->addWidget(m_help);
    if (request.allDaysFrom.isValid() && !request.wishedDays.isEmpty()) {
        auto *all = new QPushButton(tr("Start on %1 with all the days asked")
                                        .arg(QLocale().toString(request.allDaysFrom, QLocale::ShortFormat)),
                                    box);
        all->setObjectName(QStringLiteral("allWishedDays"));
        connect(all, &QPushButton::clicked, this, &PlacementDialog::takeAllWishedDays);
        layout->addWidget(all, 0, Qt::AlignLeft);
    }
    return box;
}

void PlacementDialog::takeAllWishedDays()
{
    if (!m_request.allDaysFrom.isValid())
        return;
    m_start->setDate(m_request.allDaysFrom);
    m_days->setHours(m_request.wishedDays);
    evaluate();
}

planning::PlacementProposal PlacementDialog::proposal() const
{
    planning::PlacementProposal result = m_request.proposal;
    Placement &p = result.placement;
    p.start = m_start->date();
    p.end = m_end->date();
    p.kind = PlacementKind(m_kind->currentData().toInt());
    p.seatOverrideReason = p.kind == PlacementKind::Regular ? m_override->text().trimmed() : QString();
    p.days = m_days->hours();
    return result;
}

QString PlacementDialog::staffingText() const
{
    return m_staffing->text();
}

QString PlacementDialog::helpText() const
{
    return m_help ? m_help->text() : QString();
}

void PlacementDialog::evaluate()
{
    const planning::PlacementProposal now = proposal();
    QStringList lines;
    bool typed = m_start->hasAcceptableInput() && m_end->hasAcceptableInput();
    for (const PlacementDay &day : now.placement.days)
        typed = typed && day.hours.from >= 0 && day.hours.to >= 0;
    if (!typed) {
        m_verdict = {};
        m_verdict.refuse(doorrule::Record, QStringLiteral("start"), tr("Type the dates as 23-11-2026 and the times as 8:30."));
    } else {
        m_verdict = m_evaluator(now);
    }
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

    QStringList staffing;
    if (m_verdict.allowed() && m_impact) {
        for (const roster::DayImpact &day : m_impact(now)) {
            const QString colour = day.covered() ? QStringLiteral("#2e7d32") : QStringLiteral("#b00020");
            staffing << QStringLiteral("<span style=\"color: %1;\">%2 %3</span>")
                            .arg(colour, day.covered() ? QStringLiteral("✓") : QStringLiteral("✗"), day.text.toHtmlEscaped());
        }
    }
    if (staffing.isEmpty())
        staffing << tr("Shown once the placement is allowed.");
    m_staffing->setText(staffing.join(QStringLiteral("<br>")));
}

} // namespace samenplan::ui
