#pragma once
// The forecast page's two charts (Qt Charts): per group and month how full its busiest weekday is
// (regular children at the busiest moment against its regular places), with the waiting list's
// demand drawn over it as a dashed line; and the youth-care seats taken and free per month. With a
// what-if scenario, the scenario is drawn solid and the plan dotted beside it.

#include "capacity/forecast.h"

#include <QtCharts/QChartView>

namespace samenplan::ui {

// The busiest weekday of a group's month.
struct MonthPeak {
    int regular = 0;     // regular children at the busiest moment
    int places = 0;      // regular places
    int demand = 0;      // regular children plus the waiting list's wishes for that weekday
    int seatsTaken = 0;  // youth-care seats taken at the busiest moment
    int seats = 0;
};
MonthPeak monthPeak(const capacity::MonthForecast &month);

class OccupancyForecastChart : public QChartView {
    Q_OBJECT
public:
    explicit OccupancyForecastChart(QWidget *parent = nullptr);
    // plan: the plan beside a scenario (drawn dotted), or empty.
    void setForecast(const QList<capacity::GroupForecast> &shown, const QList<capacity::GroupForecast> &plan = {});
};

class SeatsForecastChart : public QChartView {
    Q_OBJECT
public:
    explicit SeatsForecastChart(QWidget *parent = nullptr);
    void setForecast(const QList<capacity::GroupForecast> &shown);
};

} // namespace samenplan::ui
