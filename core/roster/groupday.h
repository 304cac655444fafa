#pragma once
// The staff-child ratio of one group on one day, as the checks and the roster's ratio band read
// it: the children present (their hours), the counting professionals on the floor (each person
// once, whatever number of shifts), the location's opening hours, and for out-of-school care since
// 1 July 2024 the location's out-of-school groups pooled (rules.md 4.2).

#include "domain/entities.h"
#include "rules/deviation.h"

#include <QDate>
#include <QList>

#include <optional>

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace roster {

// Professionals taken off the floor for a while (for example coachees during an off-floor session).
struct OffFloor {
    QList<Id> staffIds;
    TimeRange hours;
};

// The three-hour-rule analysis of one group on one day; nullopt when the location is closed or
// nobody is there.
std::optional<rules::DeviationResult> groupDayDeviation(const planning::PlanningData &data, const Group &group,
                                                        const QDate &date, const OffFloor &offFloor = {});

// Whether the group lists its own ratio items that day: an out-of-school group pooled with others
// leaves them to the location's first out-of-school group, so a shortfall is listed once.
bool reportsRatio(const planning::PlanningData &data, const Group &group, const QDate &date);

} // namespace roster
} // namespace samenplan
