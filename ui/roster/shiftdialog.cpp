#include "roster/shiftdialog.h"

#include "domain/validation.h"
#include "widgets/datefield.h"
#include "widgets/timefield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace samenplan::ui {

ShiftDialog::ShiftDialog(const Shift &shift, const Choices &staff, const Choices &groups, Advisor advisor, QWidget *parent)
    : FormDialog(parent),
      m_shift(shift),
      m_advisor(std::move(advisor)),
      m_staff(new QComboBox(this)),
      m_group(new QComboBox(this)),
      m_date(new DateField(shift.date.isValid() ? shift.date : QDate::currentDate(), this)),
      m_from(new TimeField(shift.hours.from, this)),
      m_to(new TimeField(shift.hours.to, this)),
      m_hasBreak(new QCheckBox(tr("Break"), this)),
      m_breakFrom(new TimeField(-1, this)),
      m_breakTo(new TimeField(-1, this)),
      m_note(new QLineEdit(shift.note, this)),
      m_warnings(new QLabel(this))
{
    setWindowTitle(shift.id ? tr("Edit shift") : tr("New shift"));
    fillChoices(m_staff, staff, shift.staffId);
    fillChoices(m_group, groups, shift.groupId, tr("(off the floor)"));
    const TimeRange pause = shift.breaks.value(0, TimeRange{12 * 60, 12 * 60 + 30});
    m_hasBreak->setChecked(!shift.breaks.isEmpty());
    m_breakFrom->setMinutes(pause.from);
    m_breakTo->setMinutes(pause.to);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(QStringLiteral("–"), this));
    hours->addWidget(m_to);
    auto *breakRow = new QHBoxLayout;
    breakRow->addWidget(m_hasBreak);
    breakRow->addWidget(m_breakFrom);
    breakRow->addWidget(new QLabel(QStringLiteral("–"), this));
    breakRow->addWidget(m_breakTo);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    form()->addRow(tr("Staff"), m_staff);
    form()->addRow(tr("Group"), m_group);
    form()->addRow(tr("Date"), m_date);
    form()->addRow(tr("Hours"), hours);
    form()->addRow(QString(), breakRow);
    form()->addRow(tr("Note"), m_note);
    form()->addRow(QString(), m_warnings);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &ShiftDialog::update);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ShiftDialog::update);
    connect(m_date, &DateField::dateChanged, this, &ShiftDialog::update);
    for (TimeField *edit : {m_from, m_to, m_breakFrom, m_breakTo})
        connect(edit, &TimeField::minutesChanged, this, &ShiftDialog::update);
    connect(m_hasBreak, &QCheckBox::toggled, this, &ShiftDialog::update);
    update();
}

Shift ShiftDialog::shift() const
{
    Shift result = m_shift;
    result.staffId = chosenId(m_staff);
    result.groupId = chosenId(m_group);
    result.date = m_date->date();
    result.hours = TimeRange{m_from->minutes(), m_to->minutes()};
    result.breaks.clear();
    if (m_hasBreak->isChecked())
        result.breaks.append(TimeRange{m_breakFrom->minutes(), m_breakTo->minutes()});
    result.note = m_note->text().trimmed();
    return result;
}

QString ShiftDialog::problem() const
{
    return validateShift(shift());
}

void ShiftDialog::update()
{
    m_breakFrom->setEnabled(m_hasBreak->isChecked());
    m_breakTo->setEnabled(m_hasBreak->isChecked());
    revalidate();
    const QStringList warnings = problem().isEmpty() && m_advisor ? m_advisor(shift()) : QStringList();
    m_warnings->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace samenplan::ui
