#include "dialogs/absencedialog.h"

#include "widgets/datefield.h"
#include "widgets/timefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace samenplan::ui {

AbsenceDialog::AbsenceDialog(const Absence &absence, const QString &staffName, QWidget *parent)
    : FormDialog(parent),
      m_absence(absence),
      m_kind(new QComboBox(this)),
      m_start(new DateField(absence.start, this)),
      m_end(new DateField(absence.end, this)),
      m_partOfDay(new QCheckBox(tr("Part of the day"), this)),
      m_from(new TimeField(9 * 60, this)),
      m_to(new TimeField(12 * 60, this)),
      m_note(new QLineEdit(absence.note, this))
{
    setWindowTitle(tr("Absence of %1").arg(staffName));
    for (AbsenceKind kind : {AbsenceKind::Leave, AbsenceKind::Sick, AbsenceKind::Training, AbsenceKind::Other})
        m_kind->addItem(absenceKindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(absence.kind)));
    if (absence.hours) {
        m_partOfDay->setChecked(true);
        m_from->setMinutes(absence.hours->from);
        m_to->setMinutes(absence.hours->to);
    }
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_partOfDay);
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(QStringLiteral("–"), this));
    hours->addWidget(m_to);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("From"), m_start);
    form()->addRow(tr("Until"), m_end);
    form()->addRow(QString(), hours);
    form()->addRow(tr("Note"), m_note);
    for (DateField *edit : {m_start, m_end})
        connect(edit, &DateField::dateChanged, this, &AbsenceDialog::revalidate);
    for (TimeField *edit : {m_from, m_to})
        connect(edit, &TimeField::minutesChanged, this, &AbsenceDialog::revalidate);
    connect(m_partOfDay, &QCheckBox::toggled, this, &AbsenceDialog::revalidate);
    revalidate();
}

Absence AbsenceDialog::absence() const
{
    Absence result = m_absence;
    result.kind = AbsenceKind(m_kind->currentData().toInt());
    result.start = m_start->date();
    result.end = m_end->date();
    result.hours.reset();
    if (m_partOfDay->isChecked())
        result.hours = TimeRange{m_from->minutes(), m_to->minutes()};
    result.note = m_note->text().trimmed();
    return result;
}

QString AbsenceDialog::problem() const
{
    const Absence a = absence();
    if (a.end < a.start)
        return tr("The absence ends before it starts.");
    if (a.hours && !a.hours->isValid())
        return tr("The hours end before they start.");
    return {};
}

} // namespace samenplan::ui
