#pragma once
// The toolbar strip that chooses the week every view shows: previous, this week, next, a date.

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;

namespace samenplan::ui {

class WeekBar : public QWidget {
    Q_OBJECT
public:
    explicit WeekBar(QWidget *parent = nullptr);
    QDate date() const { return m_date; }
    void setDate(const QDate &date);

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    void updateLabel();

    QDate m_date;
    QDateEdit *m_dateEdit;
    QLabel *m_label;
};

} // namespace samenplan::ui
