#pragma once
// A tab per day of a week ("maandag 30 nov"), for a page that shows one day: Monday to Friday, a
// weekend day when the page says it counts, and always the day shown. Choosing a tab asks for that day.

#include <QDate>
#include <QTabBar>

#include <functional>

namespace samenplan::ui {

class DayTabs : public QTabBar {
    Q_OBJECT
public:
    explicit DayTabs(QWidget *parent = nullptr);
    // The tabs of date's week with date's tab current; a Saturday or Sunday gets a tab when
    // weekendCounts says so, or when it is date itself. No tabs for a null date.
    void showWeek(const QDate &date, const std::function<bool(const QDate &)> &weekendCounts = {});
    QDate date() const { return m_date; }

Q_SIGNALS:
    void dayChosen(const QDate &day);

private:
    QDate m_date;
};

} // namespace samenplan::ui
