#pragma once
// The toolbar strip that chooses the week every view shows: previous, this week, next, and a date
// field that shows the week's Monday and goes to the week of any date typed or picked.

#include <QDate>
#include <QWidget>

class QLabel;

namespace samenplan::ui {

class DateField;

class WeekBar : public QWidget {
    Q_OBJECT
public:
    explicit WeekBar(QWidget *parent = nullptr);
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // A week on or back, on the same weekday; from a Saturday or Sunday to the new week's Monday, so
    // a page of one day (attendance) shows a working day, not the weekend.
    void stepWeeks(int weeks);

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    void updateLabel();
    void showMonday();

    QDate m_date;
    DateField *m_dateEdit; // shows the Monday of the week
    QLabel *m_label;
};

} // namespace samenplan::ui
