#include "dialogs/waitinglistdialog.h"

#include "domain/validation.h"
#include "widgets/datefield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace samenplan::ui {

WaitingListDialog::WaitingListDialog(const WaitingListEntry &entry, const Choices &children, const Choices &groups,
                                     QWidget *parent)
    : FormDialog(parent),
      m_entry(entry),
      m_child(new QComboBox(this)),
      m_start(new DateField(entry.wishedStart.isValid() ? entry.wishedStart : QDate::currentDate(), this)),
      m_group(new QComboBox(this)),
      m_priority(new QSpinBox(this)),
      m_note(new QLineEdit(entry.note, this))
{
    setWindowTitle(entry.id ? tr("Edit waiting-list entry") : tr("Add to the waiting list"));
    m_child->setObjectName(QStringLiteral("child"));
    m_start->setObjectName(QStringLiteral("wishedStart"));
    m_group->setObjectName(QStringLiteral("group"));
    fillChoices(m_child, children, entry.childId, entry.childId ? QString() : tr("(choose a child)"));
    m_child->setEnabled(entry.id == NoId);
    fillChoices(m_group, groups, entry.preferredGroupId, tr("(no preference)"));
    m_priority->setRange(0, 9);
    m_priority->setValue(entry.priority);
    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 5; ++day) {
        auto *check = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        check->setChecked(entry.days & weekdayBit(day));
        connect(check, &QCheckBox::toggled, this, &WaitingListDialog::revalidate);
        days->addWidget(check);
        m_days << check;
    }
    form()->addRow(tr("Child"), m_child);
    form()->addRow(tr("Wished start"), m_start);
    form()->addRow(tr("Days"), days);
    form()->addRow(tr("Preferred group"), m_group);
    form()->addRow(tr("Priority (higher first)"), m_priority);
    form()->addRow(tr("Note"), m_note);
    connect(m_start, &DateField::dateChanged, this, &WaitingListDialog::revalidate);
    connect(m_child, &QComboBox::currentIndexChanged, this, &WaitingListDialog::revalidate);
    revalidate();
}

WaitingListEntry WaitingListDialog::entry() const
{
    WaitingListEntry result = m_entry;
    result.childId = chosenId(m_child);
    result.wishedStart = m_start->date();
    result.days = 0;
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            result.days |= weekdayBit(i + 1);
    }
    result.preferredGroupId = chosenId(m_group);
    result.priority = m_priority->value();
    result.note = m_note->text().trimmed();
    return result;
}

QString WaitingListDialog::problem() const
{
    return validateWaitingListEntry(entry());
}

} // namespace samenplan::ui
