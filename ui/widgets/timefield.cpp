#include "widgets/timefield.h"

#include "util/clock.h"
#include "util/typedinput.h"

#include <QKeyEvent>

namespace samenplan::ui {

TimeField::TimeField(int minutes, QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("hh:mm"));
    setToolTip(tr("Type a time such as 8:30, 830 or 8; the arrow keys step a quarter of an hour."));
    setAlignment(Qt::AlignCenter);
    connect(this, &QLineEdit::textEdited, this, &TimeField::readText);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_minutes >= 0)
            showTime();
    });
    setMinutes(minutes);
}

QSize TimeField::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 20);
    return size;
}

void TimeField::setMinutes(int minutes)
{
    const int value = minutes >= 0 && minutes <= 24 * 60 ? minutes : -1;
    const bool changed = value != m_minutes;
    m_minutes = value;
    showTime();
    if (changed)
        Q_EMIT minutesChanged(m_minutes);
}

void TimeField::showTime()
{
    setText(m_minutes >= 0 ? formatMinutes(m_minutes) : QString());
    setStyleSheet(QString());
}

void TimeField::readText()
{
    const auto parsed = parseTypedTime(text());
    const int now = parsed.value_or(-1);
    setStyleSheet(parsed || text().trimmed().isEmpty() ? QString()
                                                       : QStringLiteral("QLineEdit { border: 1px solid #b00020; background: #fff0f0; }"));
    if (now != m_minutes) {
        m_minutes = now;
        Q_EMIT minutesChanged(m_minutes);
    }
}

void TimeField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const int base = m_minutes >= 0 ? m_minutes : 8 * 60;
        const int step = event->key() == Qt::Key_Up ? 15 : -15;
        // To the next quarter in that direction, within the day.
        int next = (base / 15) * 15 + (base % 15 && step < 0 ? 0 : step);
        next = std::clamp(next, 0, 24 * 60);
        setMinutes(next);
        selectAll();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace samenplan::ui
