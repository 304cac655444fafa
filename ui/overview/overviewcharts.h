#pragma once
// The overview's two small charts (Qt Charts): how full each group is per weekday (the busiest
// moment against its maximum), and the youth-care seats taken and free per group.

#include "overview/weekoverview.h"

#include <QtCharts/QChartView>

namespace samenplan::ui {

class OccupancyChart : public QChartView {
    Q_OBJECT
public:
    explicit OccupancyChart(QWidget *parent = nullptr);
    void setGroups(const QList<overview::GroupWeek> &groups);
};

class SeatsChart : public QChartView {
    Q_OBJECT
public:
    explicit SeatsChart(QWidget *parent = nullptr);
    void setGroups(const QList<overview::GroupWeek> &groups);
};

} // namespace samenplan::ui
