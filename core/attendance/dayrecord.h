#pragma once
// The record of one group's day for the inspector (rules.md 5): the children present with their
// times, the staff on the floor with theirs, and per quarter hour the children, the professionals
// required and present and the state (met, allowed by the three-hour rule, violation), with the
// minutes below the ratio. Built from the registered attendance; where none was registered, from
// the plan, and marked as plan. The ratio is the roster check's own analysis (roster/groupday.h)
// fed with who was really there.

#include "calendar/daycalendar.h"
#include "domain/attendance.h"
#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

namespace planning {
class PlanningData;
}

namespace attendance {

enum class QuarterState { Met, Allowed, Violation };
QString quarterStateCode(QuarterState state); // "met", "allowed", "violation" (never translated)
QString quarterStateName(QuarterState state);

struct RecordChild {
    Id childId = NoId;
    QString name;
    int arrived = 0;
    std::optional<int> left;
};

struct RecordStaff {
    Id staffId = NoId;
    QString name;
    TimeRange hours;
    QString note;
};

struct RecordQuarter {
    int from = 0;
    int children = 0;
    int required = 0;
    int present = 0;
    QuarterState state = QuarterState::Met;
};

struct DayRecord {
    Group group;
    QString location;
    QDate date;
    bool registered = false; // false: nothing registered, the plan is shown
    bool staffRegistered = false; // false: the staff are the roster's (children may be registered)
    AttendanceDay day;       // closed or open
    calendar::DayInfo dayInfo;
    std::optional<TimeRange> opening; // nullopt: the location is closed
    QList<RecordChild> children;
    QList<RecordStaff> staff;
    QList<RecordQuarter> quarters;
    int deviationMinutes = 0; // below the ratio
    int allowanceMinutes = 0; // what the three-hour rule allows that day
    QString explanation;
    QList<AttendanceLogEntry> corrections;

    bool violation() const;
};

// The registered attendance of [from, to].
struct AttendanceData {
    QList<ChildAttendance> children;
    QList<StaffAttendance> staff;
    QList<AttendanceDay> days;
    QList<AttendanceLogEntry> log;

    static AttendanceData load(const Database &db, const QDate &from, const QDate &to);
    bool registered(Id groupId, const QDate &date) const;
    bool staffRegistered(Id groupId, const QDate &date) const;
};

// data must cover the date; attendance too.
DayRecord buildDayRecord(const planning::PlanningData &data, const AttendanceData &attendance, const Group &group,
                         const QDate &date);

} // namespace attendance
} // namespace samenplan
