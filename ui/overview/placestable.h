#pragma once
// Per group and weekday the places free at the busiest moment: regular places and youth-care seats,
// green with room, amber when full, red when over; the counts behind it in the tooltip.

#include "overview/weekoverview.h"

#include <QTableWidget>

namespace samenplan::ui {

class PlacesTable : public QTableWidget {
    Q_OBJECT
public:
    explicit PlacesTable(QWidget *parent = nullptr);
    void setGroups(const QList<overview::GroupWeek> &groups);
};

} // namespace samenplan::ui
