#include "shell/weekbar.h"

#include "util/clock.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace samenplan::ui {

WeekBar::WeekBar(QWidget *parent)
    : QWidget(parent), m_dateEdit(new QDateEdit(this)), m_label(new QLabel(this))
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
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_dateEdit->setToolTip(tr("Go to the week of a date"));
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

    connect(previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-7)); });
    connect(next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(7)); });
    connect(today, &QToolButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &WeekBar::setDate);
    setDate(QDate::currentDate());
}

void WeekBar::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    updateLabel();
    Q_EMIT dateChanged(date);
}

void WeekBar::updateLabel()
{
    const IsoWeek week = IsoWeek::containing(m_date);
    const QLocale locale;
    const QDate monday = week.monday();
    const QDate friday = week.day(5);
    m_label->setText(tr("Week %1 · %2 – %3")
                         .arg(week.week)
                         .arg(locale.toString(monday, QStringLiteral("d MMM")),
                              locale.toString(friday, QStringLiteral("d MMM yyyy"))));
}

} // namespace samenplan::ui
