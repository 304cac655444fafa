#pragma once
// The staff-child ratio of one group on one day, as the checks and the roster's ratio band read
// it: the children present (their hours), the counting professionals on the floor (each person
// once, whatever number of shifts), the location's opening hours, and for out-of-school care since
// 1 July 2024 the location's out-of-school groups pooled (rules.md 4.2).

#include "domain/entities.h"
#include "planning/planningdata.h"
#include "rules/deviation.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace samenplan {

namespace roster {

// Professionals taken off the floor for a while (for example coachees during an off-floor session).
struct OffFloor {
    QList<Id> staffIds;
    TimeRange hours;
};

// Who was really there, per group, instead of the plan (the day record): a group with an entry
// here is read from it, the others from the plan.
struct ActualPresence {
    QHash<Id, QList<planning::ChildPresence>> children;
    QHash<Id, QList<planning::StaffPresence>> staff;
};

// The three-hour-rule analysis of one group on one day; nullopt when the location is closed or
// nobody is there. The opening and the allowance follow the calendar: a location's closing days
// and public holidays are not analysed, out-of-school care has half an hour on school days and the
// day-care allowance on school holidays and school-free days (rules.md 5), in the group's own
// hours for each.
std::optional<rules::DeviationResult> groupDayDeviation(const planning::PlanningData &data, const Group &group,
                                                        const QDate &date, const OffFloor &offFloor = {},
                                                        const ActualPresence *actual = nullptr);

// The shifts without those on a group on a day its location is closed (a closing day, a public
// holiday it closes on): copying a week or applying a template plans nobody there.
QList<Shift> withoutClosedDays(const QList<Shift> &shifts, const planning::PlanningData &data);

// Whether the group lists its own ratio items that day: an out-of-school group pooled with others
// leaves them to the location's first out-of-school group, so a shortfall is listed once.
bool reportsRatio(const planning::PlanningData &data, const Group &group, const QDate &date);

} // namespace roster
} // namespace samenplan
