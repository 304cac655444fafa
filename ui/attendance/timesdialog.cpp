#include "attendance/timesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimeEdit>

namespace samenplan::ui {
namespace {

QTime timeOf(int minutes)
{
    return QTime(std::min(minutes, 24 * 60 - 1) / 60, std::min(minutes, 24 * 60 - 1) % 60);
}

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

TimesDialog::TimesDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_from(new QTimeEdit(this)), m_to(new QTimeEdit(this)), m_open(new QCheckBox(tr("Still there"), this)),
      m_note(new QLineEdit(this))
{
    setWindowTitle(title);
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(QString(), m_open);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QCheckBox::toggled, m_to, [this](bool open) { m_to->setEnabled(!open); });
    m_note->setVisible(false);
}

void TimesDialog::setTimes(int from, std::optional<int> to, bool openEnd)
{
    m_from->setTime(timeOf(from));
    m_to->setTime(timeOf(to.value_or(from + 60)));
    m_open->setVisible(openEnd);
    m_open->setChecked(openEnd && !to);
}

void TimesDialog::setNote(const QString &note, bool shown)
{
    m_note->setText(note);
    m_note->setVisible(shown);
}

int TimesDialog::from() const
{
    return minutesOf(m_from->time());
}

std::optional<int> TimesDialog::to() const
{
    if (m_open->isVisible() && m_open->isChecked())
        return std::nullopt;
    return minutesOf(m_to->time());
}

QString TimesDialog::note() const
{
    return m_note->text().simplified();
}

} // namespace samenplan::ui
