#include "widgets/datefield.h"

#include "util/typedinput.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace samenplan::ui {

DateField::DateField(const QDate &date, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    m_edit->setPlaceholderText(tr("dd-mm-yyyy"));
    m_edit->setToolTip(tr("Type a date such as 23-11-2026, 23-11 or 2311; the arrow keys step a day, Page Up and "
                          "Page Down a week."));
    // Wide enough for "00-00-0000" and a little air.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 16);
    m_edit->installEventFilter(this);
    m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Choose from a calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::readText);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (hasAcceptableInput()) {
            showDate();
            Q_EMIT dateChosen(m_date);
        }
    });
    setDate(date);
}

DateField::~DateField()
{
    // QWidget's destructor deletes the line edit after this object has stopped being a DateField;
    // losing the focus there emits editingFinished, which must not reach this object any more.
    m_edit->disconnect(this);
}

QCalendarWidget *DateField::calendar()
{
    if (m_calendar)
        return m_calendar;
    // Made on first use: a dialog with many date fields builds no calendars it does not show.
    m_popup = new QMenu(this);
    m_calendar = new QCalendarWidget(m_popup);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setGridVisible(true);
    auto *action = new QWidgetAction(m_popup);
    action->setDefaultWidget(m_calendar);
    m_popup->addAction(action);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &chosen) {
        m_popup->hide();
        setDate(chosen);
        m_edit->setFocus();
        Q_EMIT dateChosen(m_date);
    });
    connect(m_calendar, &QCalendarWidget::activated, m_calendar, &QCalendarWidget::clicked);
    return m_calendar;
}

void DateField::showCalendar()
{
    calendar()->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    m_popup->popup(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_calendar->setFocus();
}

void DateField::setOptional(const QString &placeholder)
{
    m_optional = true;
    m_edit->setPlaceholderText(placeholder);
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_date.isValid()) // the clear button
            readText();
    });
}

void DateField::setDate(const QDate &date)
{
    const bool changed = date != m_date;
    m_date = date.isValid() ? date : QDate();
    showDate();
    if (changed)
        Q_EMIT dateChanged(m_date);
}

bool DateField::hasAcceptableInput() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? m_optional : m_date.isValid();
}

void DateField::showDate()
{
    m_reference = m_date;
    m_edit->setText(m_date.isValid() ? m_date.toString(QStringLiteral("dd-MM-yyyy")) : QString());
    markProblem(false);
}

void DateField::readText()
{
    const QString text = m_edit->text();
    // A date typed without a year is read near the date the field held before the typing began.
    const QDate reference = m_reference.isValid() ? m_reference : QDate::currentDate();
    const auto parsed = parseTypedDate(text, reference);
    const QDate now = parsed.value_or(QDate());
    markProblem(!text.trimmed().isEmpty() && !parsed);
    if (now != m_date) {
        m_date = now;
        Q_EMIT dateChanged(m_date);
    }
}

void DateField::step(int steps)
{
    setDate((m_date.isValid() ? m_date : QDate::currentDate()).addDays(qint64(steps) * m_step));
    m_edit->selectAll();
    Q_EMIT dateChosen(m_date);
}

void DateField::markProblem(bool problem)
{
    m_edit->setStyleSheet(problem ? QStringLiteral("QLineEdit { border: 1px solid #b00020; background: #fff0f0; }") : QString());
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            step(1);
            return true;
        case Qt::Key_Down:
            step(-1);
            return true;
        case Qt::Key_PageUp:
            step(m_step == 1 ? 7 : 4);
            return true;
        case Qt::Key_PageDown:
            step(m_step == 1 ? -7 : -4);
            return true;
        case Qt::Key_F4:
            m_button->click();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace samenplan::ui
