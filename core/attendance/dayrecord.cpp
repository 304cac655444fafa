#include "attendance/dayrecord.h"

#include "persistence/attendancerepository.h"
#include "planning/planningdata.h"
#include "roster/groupday.h"

#include <QCoreApplication>

#include <algorithm>

namespace samenplan::attendance {
namespace {

class RecordText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::attendance::RecordText)
};

// Who was really there on the group day, in the shape the ratio analysis reads.
void addActual(const planning::PlanningData &data, const AttendanceData &attendance, Id groupId, const QDate &date,
               int dayEnd, roster::ActualPresence &actual)
{
    QList<planning::ChildPresence> &children = actual.children[groupId];
    for (const ChildAttendance &a : attendance.children) {
        if (a.groupId != groupId || a.date != date)
            continue;
        planning::ChildPresence presence;
        presence.childId = a.childId;
        presence.groupId = groupId;
        const Child child = data.children.value(a.childId);
        presence.ageYears = ageInYears(child.birthDate, date);
        presence.ageMonths = ageInMonths(child.birthDate, date);
        presence.hours = a.hours(dayEnd);
        children.append(presence);
    }
    QList<planning::StaffPresence> &staff = actual.staff[groupId];
    if (!attendance.staffRegistered(groupId, date)) {
        staff = data.staffPresent(groupId, date); // children registered, staff not: the roster stands
        return;
    }
    for (const StaffAttendance &a : attendance.staff) {
        if (a.groupId != groupId || a.date != date)
            continue;
        const Staff *person = data.staffMember(a.staffId);
        planning::StaffPresence presence;
        presence.staffId = a.staffId;
        presence.groupId = groupId;
        presence.onFloor = {a.hours};
        presence.countsForRatio = person && person->countsTowardRatio();
        staff.append(presence);
    }
}

} // namespace

QString quarterStateCode(QuarterState state)
{
    switch (state) {
    case QuarterState::Met:
        return QStringLiteral("met");
    case QuarterState::Allowed:
        return QStringLiteral("allowed");
    case QuarterState::Violation:
        return QStringLiteral("violation");
    }
    return {};
}

QString quarterStateName(QuarterState state)
{
    switch (state) {
    case QuarterState::Met:
        return RecordText::tr("met");
    case QuarterState::Allowed:
        return RecordText::tr("three-hour rule");
    case QuarterState::Violation:
        return RecordText::tr("violation");
    }
    return {};
}

bool DayRecord::violation() const
{
    return std::any_of(quarters.begin(), quarters.end(), [](const RecordQuarter &q) { return q.state == QuarterState::Violation; });
}

AttendanceData AttendanceData::load(const Database &db, const QDate &from, const QDate &to)
{
    const AttendanceRepository repository(db);
    return {repository.children(from, to), repository.staff(from, to), repository.days(from, to), repository.log(from, to)};
}

bool AttendanceData::staffRegistered(Id groupId, const QDate &date) const
{
    return std::any_of(staff.begin(), staff.end(), [&](const StaffAttendance &a) { return a.groupId == groupId && a.date == date; });
}

bool AttendanceData::registered(Id groupId, const QDate &date) const
{
    const auto same = [&](const auto &row) { return row.groupId == groupId && row.date == date; };
    return std::any_of(children.begin(), children.end(), same) || std::any_of(staff.begin(), staff.end(), same)
        || std::any_of(days.begin(), days.end(), [&](const AttendanceDay &d) { return same(d) && d.closed(); });
}

DayRecord buildDayRecord(const planning::PlanningData &data, const AttendanceData &attendance, const Group &group,
                         const QDate &date)
{
    DayRecord record;
    record.group = group;
    record.date = date;
    record.day = AttendanceDay{group.id, date, {}, {}};
    for (const AttendanceDay &day : attendance.days) {
        if (day.groupId == group.id && day.date == date)
            record.day = day;
    }
    const Location *location = data.location(group.locationId);
    if (!location)
        return record;
    record.location = location->name;
    record.dayInfo = data.calendar.dayOf(*location, date);
    record.opening = data.calendar.openingOf(*location, group, date);
    record.registered = attendance.registered(group.id, date);
    const int dayEnd = record.opening ? record.opening->to : 24 * 60;
    for (const AttendanceLogEntry &entry : attendance.log) {
        if (entry.groupId == group.id && entry.date == date)
            record.corrections.append(entry);
    }

    // The groups whose registration counts: this one, and for pooled out-of-school care every group
    // of the location with its own registration (the others as planned).
    roster::ActualPresence actual;
    for (const Group &other : data.groups) {
        if (other.id == group.id ? record.registered : (other.locationId == group.locationId && attendance.registered(other.id, date)))
            addActual(data, attendance, other.id, date, dayEnd, actual);
    }
    record.staffRegistered = attendance.staffRegistered(group.id, date);
    if (record.registered) {
        for (const ChildAttendance &a : attendance.children) {
            if (a.groupId == group.id && a.date == date)
                record.children.append({a.childId, data.children.value(a.childId).displayName(), a.arrived, a.departed});
        }
    } else {
        for (const planning::ChildPresence &presence : data.childrenPresent(group.id, date))
            record.children.append({presence.childId, data.children.value(presence.childId).displayName(), presence.hours.from,
                                    presence.hours.to});
    }
    if (record.staffRegistered) {
        for (const StaffAttendance &a : attendance.staff) {
            if (a.groupId == group.id && a.date == date) {
                const Staff *person = data.staffMember(a.staffId);
                record.staff.append({a.staffId, person ? person->name : QString(), a.hours, a.note});
            }
        }
    } else {
        for (const planning::StaffPresence &member : data.staffPresent(group.id, date)) {
            const Staff *person = data.staffMember(member.staffId);
            for (const TimeRange &range : member.onFloor)
                record.staff.append({member.staffId, person ? person->name : QString(), range, {}});
        }
    }
    std::sort(record.children.begin(), record.children.end(),
              [](const RecordChild &a, const RecordChild &b) { return std::tie(a.arrived, a.name) < std::tie(b.arrived, b.name); });
    std::sort(record.staff.begin(), record.staff.end(), [](const RecordStaff &a, const RecordStaff &b) {
        return std::tie(a.hours.from, a.name) < std::tie(b.hours.from, b.name);
    });

    const auto analysis = roster::groupDayDeviation(data, group, date, {}, actual.children.isEmpty() ? nullptr : &actual);
    if (!analysis)
        return record;
    record.deviationMinutes = analysis->minutesBelow;
    record.allowanceMinutes = analysis->allowanceMinutes;
    record.explanation = analysis->explanation;
    for (const rules::DeviationSlot &slot : analysis->timeSlots) {
        QuarterState state = QuarterState::Met;
        if (!slot.allowed || (slot.below() && (analysis->allowanceExceeded || slot.belowHalf())))
            state = QuarterState::Violation;
        else if (slot.below())
            state = QuarterState::Allowed;
        record.quarters.append({slot.time.from, slot.children, slot.required, slot.present, state});
    }
    return record;
}

} // namespace samenplan::attendance
