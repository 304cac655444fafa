#pragma once
// Who was really there: the children's arrivals and departures and the staff's time on the floor,
// per group and day, and whether the day's record is closed ("vastgesteld"). The plan is not the
// record (rules.md 5): these are kept for the inspector.

#include "domain/types.h"
#include "util/clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace samenplan {

struct ChildAttendance {
    Id id = NoId;
    Id groupId = NoId;
    Id childId = NoId;
    QDate date;
    int arrived = 0;                // minutes since midnight
    std::optional<int> departed;    // nullopt: still there

    // The time on the group; a child not yet gone counts until the end of the day given.
    TimeRange hours(int dayEnd) const { return TimeRange{arrived, departed.value_or(std::max(dayEnd, arrived + 1))}; }
};

// One stretch on the floor (a break splits a person's day into two stretches).
struct StaffAttendance {
    Id id = NoId;
    Id groupId = NoId;
    Id staffId = NoId;
    QDate date;
    TimeRange hours;
    QString note; // e.g. "swap with Anna", "late: train"
};

// The state of one group's record of one day.
struct AttendanceDay {
    Id groupId = NoId;
    QDate date;
    QDateTime closedAt; // null: open
    QString closedBy;

    bool closed() const { return closedAt.isValid(); }
};

// A logged change of a record: corrections, and every change of a closed day with its reason.
struct AttendanceLogEntry {
    Id id = NoId;
    Id groupId = NoId;
    QDate date;
    QDateTime at;
    QString change; // what changed, readable
    QString reason; // empty unless asked (a closed day)
};

} // namespace samenplan
