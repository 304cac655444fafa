#include "overview/overviewcharts.h"

#include "charts/chartstyle.h"
#include "report/wallrosterlayout.h"
#include "views/weekdays.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

namespace samenplan::ui {

OccupancyChart::OccupancyChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setGroups({});
}

void OccupancyChart::setGroups(const QList<overview::GroupWeek> &groups)
{
    QChart *chart = titledChart(tr("How full, per day (busiest moment)"));
    auto *series = new QBarSeries;
    for (int i = 0; i < groups.size(); ++i) {
        const overview::GroupWeek &group = groups.at(i);
        auto *set = new QBarSet(group.group.name);
        set->setColor(report::groupColour(i));
        for (const overview::DayPlaces &day : group.days)
            *set << (day.maxChildren > 0 ? 100.0 * day.childrenPresent / day.maxChildren : 0.0);
        series->append(set);
    }
    chart->addSeries(series);
    auto *days = new QBarCategoryAxis;
    for (int day = 1; day <= 5; ++day)
        days->append(shortDayName(day));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(5);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    series->attachAxis(days);
    series->attachAxis(percent);
    replaceChart(this, chart);
}

SeatsChart::SeatsChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setGroups({});
}

void SeatsChart::setGroups(const QList<overview::GroupWeek> &groups)
{
    QChart *chart = titledChart(tr("Youth-care seats (busiest day)"));
    auto *taken = new QBarSet(tr("taken"));
    auto *free = new QBarSet(tr("free"));
    taken->setColor(QColor(0x5c, 0x6b, 0xc0));
    free->setColor(QColor(0xd6, 0xdb, 0xf2));
    auto *names = new QBarCategoryAxis;
    int most = 1;
    for (const overview::GroupWeek &group : groups) {
        if (group.group.youthCareSeats == 0)
            continue;
        int peak = 0;
        for (const overview::DayPlaces &day : group.days)
            peak = std::max(peak, day.youthCarePresent);
        *taken << peak;
        *free << std::max(0, group.group.youthCareSeats - peak);
        names->append(group.group.name);
        most = std::max({most, group.group.youthCareSeats, peak});
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(taken);
    series->append(free);
    chart->addSeries(series);
    auto *count = new QValueAxis;
    count->setRange(0, most);
    count->setTickCount(most + 1);
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(count);
    replaceChart(this, chart);
}

} // namespace samenplan::ui
