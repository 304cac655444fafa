#pragma once
// One group on the Groups page: header, per-day counters and the children by weekday.

#include "domain/entities.h"
#include "placement/occupancy.h"

#include <QFrame>

namespace samenplan::ui {

struct GroupWeek {
    Group group;
    QString locationName;
    QDate monday;
    struct Row {
        Child child;
        QList<std::optional<TimeRange>> days; // Monday..Friday
        bool youthCare = false;
    };
    QList<Row> rows;
    QList<planning::GroupOccupancy> days; // Monday..Friday, counted per moment
};

class GroupCard : public QFrame {
    Q_OBJECT
public:
    GroupCard(const GroupWeek &week, QWidget *parent = nullptr);
    Id groupId() const { return m_groupId; }

private:
    Id m_groupId;
};

} // namespace samenplan::ui
