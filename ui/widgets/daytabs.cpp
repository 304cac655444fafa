#include "widgets/daytabs.h"

#include "util/clock.h"

#include <QLocale>
#include <QSignalBlocker>

namespace samenplan::ui {

DayTabs::DayTabs(QWidget *parent) : QTabBar(parent)
{
    setExpanding(false);
    setDrawBase(false);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        const QDate chosen = tabData(index).toDate();
        if (chosen.isValid() && chosen != m_date)
            Q_EMIT dayChosen(chosen);
    });
}

void DayTabs::showWeek(const QDate &date, const std::function<bool(const QDate &)> &weekendCounts)
{
    m_date = date;
    const QSignalBlocker quiet(this);
    while (count() > 0)
        removeTab(0);
    if (!date.isValid())
        return; // no day shown: no tabs
    const IsoWeek week = IsoWeek::containing(date);
    for (int day = 1; day <= 7; ++day) {
        const QDate each = week.day(day);
        if (day > 5 && each != date && !(weekendCounts && weekendCounts(each)))
            continue;
        const int index = addTab(QLocale().toString(each, QStringLiteral("dddd d MMM")));
        setTabData(index, each);
        if (each == date)
            setCurrentIndex(index);
    }
    updateGeometry(); // it may have been empty when its page was first laid out
}

} // namespace samenplan::ui
