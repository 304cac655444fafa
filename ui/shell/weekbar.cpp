#include "shell/weekbar.h"

#include "util/clock.h"
#include "util/datetext.h"
#include "widgets/datefield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace samenplan::ui {

WeekBar::WeekBar(QWidget *parent)
    : QWidget(parent), m_dateEdit(new DateField({}, this)), m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto makeButton = [this](const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    auto *previous = makeButton(tr("◀ Previous week"), tr("Show the previous week (Ctrl+PgUp)"));
    auto *today = makeButton(tr("This week"), tr("Show the week of today"));
    auto *next = makeButton(tr("Next week ▶"), tr("Show the next week (Ctrl+PgDown)"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_dateEdit->lineEdit()->setToolTip(tr("The Monday of the week shown; type or pick a date to go to its week. The arrow "
                                          "keys step a week."));
    m_dateEdit->setStep(7);
    // As wide as a date needs: the week's title beside it stays where the eye expects it.
    m_dateEdit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont bold = m_label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_label->setFont(bold);
    layout->addWidget(previous);
    layout->addWidget(today);
    layout->addWidget(next);
    layout->addSpacing(8);
    layout->addWidget(m_dateEdit);
    layout->addSpacing(12);
    layout->addWidget(m_label);
    layout->addStretch();

    connect(previous, &QToolButton::clicked, this, [this] { stepWeeks(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepWeeks(1); });
    connect(today, &QToolButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    // Typing moves to the week once the date is finished (Enter or leaving the field), so 2-3 on the way
    // to 2-3-2027 does not flip the views through other weeks.
    connect(m_dateEdit, &DateField::dateChosen, this, [this](const QDate &date) {
        if (date.isValid())
            setDate(date);
        showMonday();
    });
    setDate(QDate::currentDate());
}

void WeekBar::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    showMonday();
    updateLabel();
    Q_EMIT dateChanged(date);
}

void WeekBar::stepWeeks(int weeks)
{
    const QDate day = m_date.addDays(7 * qint64(weeks));
    setDate(day.dayOfWeek() > 5 ? IsoWeek::containing(day).monday() : day);
}

void WeekBar::showMonday()
{
    const QSignalBlocker blocker(m_dateEdit);
    m_dateEdit->setDate(IsoWeek::containing(m_date).monday());
}

void WeekBar::updateLabel()
{
    const IsoWeek week = IsoWeek::containing(m_date);
    const QDate monday = week.monday();
    const QDate friday = week.day(5);
    m_label->setText(tr("Week %1 · %2 – %3")
                         .arg(week.week)
                         .arg(dayAndMonth(monday), shortDate(friday)));
}

} // namespace samenplan::ui
