#include "coaching/sessiondialog.h"

#include "coaching/series.h"
#include "widgets/datefield.h"
#include "widgets/timefield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace samenplan::ui {

SessionDialog::SessionDialog(const CoachingSession &session, const Lists &lists, bool allowSeries, QWidget *parent)
    : FormDialog(parent),
      m_session(session),
      m_staff(lists.staff),
      m_date(new DateField(session.date, this)),
      m_from(new TimeField(session.hours.from, this)),
      m_to(new TimeField(session.hours.to, this)),
      m_coach(new QComboBox(this)),
      m_coachees(new QListWidget(this)),
      m_group(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_goal(new QLineEdit(session.goal, this)),
      m_focus(new QComboBox(this)),
      m_offFloor(new QCheckBox(tr("The pedagogues leave the group for the session"), this)),
      m_status(new QComboBox(this)),
      m_cancelReason(new QLineEdit(session.cancelReason, this)),
      m_notes(new QPlainTextEdit(session.notes, this)),
      m_followUp(new QLineEdit(session.followUp, this)),
      m_repeat(new QComboBox(this)),
      m_count(new QSpinBox(this))
{
    setWindowTitle(session.id ? tr("Edit coaching session") : tr("New coaching session"));
    fillChoices(m_coach, lists.coaches, session.coachStaffId != NoId ? session.coachStaffId : -session.externalCoachId);
    for (const auto &[id, name] : lists.pedagogues) {
        auto *item = new QListWidgetItem(name, m_coachees);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(session.coacheeIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_coachees->setMaximumHeight(110);
    fillChoices(m_group, lists.groups, session.groupId, tr("(no group)"));
    m_kind->addItem(tr("Coaching on the job"), int(CoachingKind::OnTheJob));
    m_kind->addItem(tr("Pedagogical coaching"), int(CoachingKind::Pedagogical));
    m_kind->addItem(tr("Observation"), int(CoachingKind::Observation));
    m_kind->addItem(tr("Team meeting"), int(CoachingKind::TeamMeeting));
    m_kind->setCurrentIndex(m_kind->findData(int(session.kind)));
    fillChoices(m_focus, lists.children, session.focusChildId, tr("(none)"));
    m_focus->setToolTip(tr("Private: never printed, exported only when asked"));
    m_offFloor->setChecked(session.offFloor);
    m_status->addItem(tr("Planned"), int(CoachingStatus::Planned));
    m_status->addItem(tr("Held"), int(CoachingStatus::Held));
    m_status->addItem(tr("Cancelled"), int(CoachingStatus::Cancelled));
    m_status->setCurrentIndex(m_status->findData(int(session.status)));
    m_notes->setMaximumHeight(60);
    m_repeat->addItem(tr("Once"), 0);
    m_repeat->addItem(tr("Every week"), 1);
    m_repeat->addItem(tr("Every other week"), 2);
    m_count->setRange(2, 52);
    m_count->setValue(6);
    m_count->setSuffix(tr(" sessions"));

    auto *time = new QHBoxLayout;
    time->addWidget(m_date);
    time->addWidget(m_from);
    time->addWidget(new QLabel(QStringLiteral("–"), this));
    time->addWidget(m_to);
    form()->addRow(tr("When"), time);
    form()->addRow(tr("Coach"), m_coach);
    form()->addRow(tr("Pedagogues"), m_coachees);
    form()->addRow(tr("Group"), m_group);
    form()->addRow(QString(), m_offFloor);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Goal"), m_goal);
    form()->addRow(tr("Focus child"), m_focus);
    form()->addRow(tr("Status"), m_status);
    form()->addRow(tr("Reason for cancelling"), m_cancelReason);
    form()->addRow(tr("Notes"), m_notes);
    form()->addRow(tr("Agreed follow-up"), m_followUp);
    if (allowSeries) {
        auto *repeat = new QHBoxLayout;
        repeat->addWidget(m_repeat);
        repeat->addWidget(m_count);
        form()->addRow(tr("Repeat"), repeat);
    } else {
        m_repeat->hide();
        m_count->hide();
    }
    connect(m_date, &DateField::dateChanged, this, &SessionDialog::revalidate);
    connect(m_from, &TimeField::minutesChanged, this, &SessionDialog::revalidate);
    connect(m_to, &TimeField::minutesChanged, this, &SessionDialog::revalidate);
    connect(m_coach, &QComboBox::currentIndexChanged, this, &SessionDialog::revalidate);
    connect(m_coachees, &QListWidget::itemChanged, this, &SessionDialog::revalidate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SessionDialog::revalidate);
    connect(m_cancelReason, &QLineEdit::textChanged, this, &SessionDialog::revalidate);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] { m_count->setEnabled(m_repeat->currentIndex() > 0); });
    m_count->setEnabled(false);
    revalidate();
}

CoachingSession SessionDialog::session() const
{
    CoachingSession s = m_session;
    s.date = m_date->date();
    s.hours = TimeRange{m_from->minutes(), m_to->minutes()};
    const Id coach = chosenId(m_coach);
    s.coachStaffId = coach > 0 ? coach : NoId;
    s.externalCoachId = coach < 0 ? -coach : NoId;
    s.coacheeIds.clear();
    for (int row = 0; row < m_coachees->count(); ++row) {
        if (m_coachees->item(row)->checkState() == Qt::Checked)
            s.coacheeIds.append(m_coachees->item(row)->data(Qt::UserRole).toLongLong());
    }
    s.groupId = chosenId(m_group);
    s.kind = CoachingKind(m_kind->currentData().toInt());
    s.goal = m_goal->text().trimmed();
    s.focusChildId = chosenId(m_focus);
    s.offFloor = m_offFloor->isChecked();
    s.status = CoachingStatus(m_status->currentData().toInt());
    s.cancelReason = s.status == CoachingStatus::Cancelled ? m_cancelReason->text().trimmed() : QString();
    s.notes = m_notes->toPlainText();
    s.followUp = m_followUp->text().trimmed();
    return s;
}

int SessionDialog::repeatWeeks() const
{
    return m_repeat->currentData().toInt();
}

int SessionDialog::repeatCount() const
{
    return repeatWeeks() == 0 ? 1 : m_count->value();
}

QString SessionDialog::problem() const
{
    if (m_coach->count() == 0)
        return tr("There is no coach yet: tick Pedagogical coach for a staff member on the Staff page, or add an "
                  "external coach (External coach...).");
    return coaching::validateSession(session(), m_staff);
}

} // namespace samenplan::ui
