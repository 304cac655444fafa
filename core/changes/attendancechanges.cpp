// The door for the day records: children's attendance, staff on the floor, closing a day, and how
// long records are kept.

#include "changes/attendancechanges.h"
#include "changes/doorsupport.h"
#include "changes/recordchanges.h"

#include "domain/validation.h"
#include "persistence/attendancerepository.h"
#include "persistence/auditlogrepository.h"
#include "persistence/calendarrepository.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"

#include <QLocale>

namespace samenplan::changes {
namespace {

const QString RetentionKey = QStringLiteral("record_retention_months");

QString timeText(std::optional<int> minutes)
{
    return minutes ? formatMinutes(*minutes) : QStringLiteral("—");
}

// A closed day takes a change only with a reason; returns the reason trimmed.
QString checkDayOpen(const Database &db, Id groupId, const QDate &date, const QString &reason)
{
    const QString trimmed = reason.simplified();
    Outcome outcome;
    checkText(outcome, QStringLiteral("reason"), trimmed, MaxNoteLength);
    enforce(outcome);
    if (AttendanceRepository(db).day(groupId, date).closed() && trimmed.isEmpty())
        refuse(doorrule::DayClosed, QStringLiteral("reason"),
               DoorText::tr("The record of %1 is closed; give a reason to change it.").arg(QLocale().toString(date, QLocale::ShortFormat)));
    return trimmed;
}

void log(const Database &db, Id groupId, const QDate &date, const QString &change, const QString &reason)
{
    AttendanceRepository(db).appendLog({NoId, groupId, date, QDateTime::currentDateTimeUtc(), change, reason});
}

bool dayIsClosed(const Database &db, Id groupId, const QDate &date)
{
    return AttendanceRepository(db).day(groupId, date).closed();
}

void checkDate(const QDate &date)
{
    if (!date.isValid())
        refuse(doorrule::Dates, QStringLiteral("date"), DoorText::tr("The date is missing."));
    if (date > QDate::currentDate())
        refuse(doorrule::Dates, QStringLiteral("date"), DoorText::tr("Attendance is registered on the day or after it, not ahead."));
}

QString childName(const Database &db, Id childId)
{
    return stored(ChildRepository(db).find(childId), QStringLiteral("child")).displayName();
}

QString staffName(const Database &db, Id staffId)
{
    return stored(StaffRepository(db).find(staffId), QStringLiteral("staff")).name;
}

void checkChild(const Database &db, const ChildAttendance &a)
{
    checkDate(a.date);
    stored(GroupRepository(db).find(a.groupId), QStringLiteral("group"));
    childName(db, a.childId);
    if (a.arrived < 0 || a.arrived >= 24 * 60)
        refuse(doorrule::Attendance, QStringLiteral("arrived"), DoorText::tr("The arrival time is not a time of day."));
    if (a.departed && (*a.departed <= a.arrived || *a.departed > 24 * 60))
        refuse(doorrule::Attendance, QStringLiteral("left"), DoorText::tr("A child leaves after arriving."));
    for (const ChildAttendance &other : AttendanceRepository(db).children(a.date, a.date)) {
        if (other.id != a.id && other.childId == a.childId && other.hours(24 * 60).overlaps(a.hours(24 * 60)))
            refuse(doorrule::Attendance, QStringLiteral("arrived"),
                   DoorText::tr("%1 is already registered as present from %2 that day.")
                       .arg(childName(db, a.childId), formatMinutes(other.arrived)));
    }
}

void checkStaff(const Database &db, const StaffAttendance &a)
{
    checkDate(a.date);
    stored(GroupRepository(db).find(a.groupId), QStringLiteral("group"));
    staffName(db, a.staffId);
    Outcome outcome;
    checkText(outcome, QStringLiteral("note"), a.note, MaxNoteLength);
    enforce(outcome);
    if (!a.hours.isValid())
        refuse(doorrule::Attendance, QStringLiteral("hours"), DoorText::tr("The time on the floor ends after it starts, within the day."));
    for (const StaffAttendance &other : AttendanceRepository(db).staff(a.date, a.date)) {
        if (other.id != a.id && other.staffId == a.staffId && other.hours.overlaps(a.hours))
            refuse(doorrule::Attendance, QStringLiteral("hours"),
                   DoorText::tr("%1 is already registered on the floor from %2 to %3 that day.")
                       .arg(staffName(db, a.staffId), formatMinutes(other.hours.from), formatMinutes(other.hours.to)));
    }
}

} // namespace

Id add(const Database &db, const ChildAttendance &attendance, const QString &reason)
{
    checkChild(db, attendance);
    const QString why = checkDayOpen(db, attendance.groupId, attendance.date, reason);
    ChildAttendance added = attendance;
    added.id = NoId;
    const Id id = AttendanceRepository(db).insert(added);
    if (dayIsClosed(db, attendance.groupId, attendance.date))
        log(db, attendance.groupId, attendance.date,
            DoorText::tr("%1 added: arrived %2, left %3").arg(childName(db, attendance.childId), formatMinutes(attendance.arrived),
                                                               timeText(attendance.departed)),
            why);
    return id;
}

void update(const Database &db, const ChildAttendance &attendance, const QString &reason)
{
    const ChildAttendance before = stored(AttendanceRepository(db).findChild(attendance.id), QStringLiteral("attendance"));
    checkChild(db, attendance);
    const QString why = checkDayOpen(db, before.groupId, before.date, reason);
    if (attendance.groupId != before.groupId || attendance.date != before.date)
        checkDayOpen(db, attendance.groupId, attendance.date, reason);
    AttendanceRepository(db).update(attendance);
    // Marking a child gone is registering, not correcting; every other change is logged.
    const bool justLeft = !before.departed && attendance.departed && before.arrived == attendance.arrived
        && before.groupId == attendance.groupId && before.date == attendance.date;
    if (!justLeft || dayIsClosed(db, before.groupId, before.date))
        log(db, before.groupId, before.date,
            DoorText::tr("%1: arrived %2, left %3 (was %4, %5)")
                .arg(childName(db, attendance.childId), formatMinutes(attendance.arrived), timeText(attendance.departed),
                     formatMinutes(before.arrived), timeText(before.departed)),
            why);
}

void remove(const Database &db, const ChildAttendance &attendance, const QString &reason)
{
    const ChildAttendance before = stored(AttendanceRepository(db).findChild(attendance.id), QStringLiteral("attendance"));
    const QString why = checkDayOpen(db, before.groupId, before.date, reason);
    AttendanceRepository(db).removeChild(before.id);
    log(db, before.groupId, before.date,
        DoorText::tr("%1 removed (was arrived %2, left %3)")
            .arg(childName(db, before.childId), formatMinutes(before.arrived), timeText(before.departed)),
        why);
}

Id add(const Database &db, const StaffAttendance &attendance, const QString &reason)
{
    checkStaff(db, attendance);
    const QString why = checkDayOpen(db, attendance.groupId, attendance.date, reason);
    StaffAttendance added = attendance;
    added.id = NoId;
    const Id id = AttendanceRepository(db).insert(added);
    if (dayIsClosed(db, attendance.groupId, attendance.date))
        log(db, attendance.groupId, attendance.date,
            DoorText::tr("%1 added on the floor %2").arg(staffName(db, attendance.staffId), formatRange(attendance.hours)), why);
    return id;
}

void update(const Database &db, const StaffAttendance &attendance, const QString &reason)
{
    const StaffAttendance before = stored(AttendanceRepository(db).findStaff(attendance.id), QStringLiteral("attendance"));
    checkStaff(db, attendance);
    const QString why = checkDayOpen(db, before.groupId, before.date, reason);
    if (attendance.groupId != before.groupId || attendance.date != before.date)
        checkDayOpen(db, attendance.groupId, attendance.date, reason);
    AttendanceRepository(db).update(attendance);
    log(db, before.groupId, before.date,
        DoorText::tr("%1 on the floor %2 (was %3)")
            .arg(staffName(db, attendance.staffId), formatRange(attendance.hours), formatRange(before.hours)),
        why);
}

void remove(const Database &db, const StaffAttendance &attendance, const QString &reason)
{
    const StaffAttendance before = stored(AttendanceRepository(db).findStaff(attendance.id), QStringLiteral("attendance"));
    const QString why = checkDayOpen(db, before.groupId, before.date, reason);
    AttendanceRepository(db).removeStaff(before.id);
    log(db, before.groupId, before.date,
        DoorText::tr("%1 removed from the floor (was %2)").arg(staffName(db, before.staffId), formatRange(before.hours)), why);
}

int takeOverRoster(const Database &db, Id groupId, const QDate &date, const QString &reason)
{
    checkDate(date);
    stored(GroupRepository(db).find(groupId), QStringLiteral("group"));
    checkDayOpen(db, groupId, date, reason);
    if (!AttendanceRepository(db).staff(date, date, groupId).isEmpty())
        refuse(doorrule::Duplicate, QStringLiteral("staff"), DoorText::tr("Staff are registered for this day already."));
    const planning::PlanningData data = planning::PlanningData::load(db, date, date);
    int added = 0;
    for (const planning::StaffPresence &member : data.staffPresent(groupId, date)) {
        for (const TimeRange &range : member.onFloor) {
            add(db, StaffAttendance{NoId, groupId, member.staffId, date, range, {}}, reason);
            ++added;
        }
    }
    return added;
}

void closeDay(const Database &db, Id groupId, const QDate &date, const QString &by)
{
    checkDate(date);
    stored(GroupRepository(db).find(groupId), QStringLiteral("group"));
    Outcome outcome;
    checkText(outcome, QStringLiteral("by"), by, MaxNameLength);
    enforce(outcome);
    const AttendanceRepository repository(db);
    if (repository.day(groupId, date).closed())
        refuse(doorrule::DayClosed, QStringLiteral("date"), DoorText::tr("The record of this day is closed already."));
    repository.setDay({groupId, date, QDateTime::currentDateTimeUtc(), by.simplified()});
    log(db, groupId, date, DoorText::tr("Record closed by %1").arg(by.simplified()), {});
}

void reopenDay(const Database &db, Id groupId, const QDate &date, const QString &reason)
{
    const AttendanceRepository repository(db);
    if (!repository.day(groupId, date).closed())
        refuse(doorrule::Record, QStringLiteral("date"), DoorText::tr("The record of this day is not closed."));
    const QString why = checkDayOpen(db, groupId, date, reason);
    repository.setDay({groupId, date, {}, {}});
    log(db, groupId, date, DoorText::tr("Record reopened"), why);
}

int recordRetentionMonths(const Database &db)
{
    bool ok = false;
    const int months = SettingsRepository(db).value(RetentionKey).value_or(QString()).toInt(&ok);
    return ok && months > 0 ? months : DefaultRecordRetentionMonths;
}

void setRecordRetentionMonths(const Database &db, int months)
{
    // The inspector may look back over the past years: keep at least one.
    if (months < 12 || months > 120)
        refuse(doorrule::Record, QStringLiteral("retention"), DoorText::tr("Keep records between 12 and 120 months."));
    SettingsRepository(db).setValue(RetentionKey, QString::number(months));
}

int removeExpiredRecords(const Database &db, const QDate &today)
{
    const int months = recordRetentionMonths(db);
    const QDate before = today.addMonths(-months);
    const int removed = AttendanceRepository(db).removeBefore(before);
    if (removed > 0)
        AuditLogRepository(db).log(QStringLiteral("records-expired"),
                                   QStringLiteral("%1 rows of day records before %2 removed (kept %3 months)")
                                       .arg(removed).arg(before.toString(Qt::ISODate)).arg(months));
    return removed;
}

namespace {

void checkHoliday(const SchoolHoliday &holiday)
{
    Outcome outcome;
    if (holiday.name.trimmed().isEmpty())
        outcome.refuse(doorrule::Record, QStringLiteral("name"), DoorText::tr("The holiday has no name."));
    checkText(outcome, QStringLiteral("name"), holiday.name, MaxNameLength);
    checkText(outcome, QStringLiteral("source"), holiday.source, MaxNoteLength);
    if (!holiday.from.isValid() || !holiday.to.isValid() || holiday.to < holiday.from)
        outcome.refuse(doorrule::Dates, QStringLiteral("to"), DoorText::tr("A holiday ends on or after its first day."));
    else if (holiday.from.daysTo(holiday.to) > 100)
        outcome.refuse(doorrule::Dates, QStringLiteral("to"), DoorText::tr("A school holiday lasts at most a hundred days."));
    if (!isSchoolYear(holiday.schoolYear))
        outcome.refuse(doorrule::Record, QStringLiteral("school_year"), DoorText::tr("The school year is written as 2026-2027."));
    enforce(outcome);
}

void checkClosingDay(const Database &db, const ClosingDay &day)
{
    const Location location = stored(LocationRepository(db).find(day.locationId), QStringLiteral("location"));
    Outcome outcome;
    checkText(outcome, QStringLiteral("reason"), day.reason, MaxNameLength);
    if (!day.date.isValid())
        outcome.refuse(doorrule::Dates, QStringLiteral("date"), DoorText::tr("The date is missing."));
    enforce(outcome);
    for (const ClosingDay &other : CalendarRepository(db).closingDays(day.locationId)) {
        if (other.id != day.id && other.date == day.date)
            refuse(doorrule::Duplicate, QStringLiteral("date"),
                   DoorText::tr("%1 is closed on that day already.").arg(location.name));
    }
}

} // namespace

Id add(const Database &db, const SchoolHoliday &holiday)
{
    checkHoliday(holiday);
    SchoolHoliday added = holiday;
    added.id = NoId;
    added.name = holiday.name.trimmed();
    return CalendarRepository(db).insert(added);
}

void update(const Database &db, const SchoolHoliday &holiday)
{
    stored(CalendarRepository(db).findSchoolHoliday(holiday.id), QStringLiteral("holiday"));
    checkHoliday(holiday);
    SchoolHoliday changed = holiday;
    changed.name = holiday.name.trimmed();
    CalendarRepository(db).update(changed);
}

void remove(const Database &db, const SchoolHoliday &holiday)
{
    CalendarRepository(db).removeSchoolHoliday(holiday.id);
}

Id add(const Database &db, const ClosingDay &day)
{
    checkClosingDay(db, day);
    ClosingDay added = day;
    added.id = NoId;
    added.reason = day.reason.simplified();
    return CalendarRepository(db).insert(added);
}

void update(const Database &db, const ClosingDay &day)
{
    stored(CalendarRepository(db).findClosingDay(day.id), QStringLiteral("closing day"));
    checkClosingDay(db, day);
    ClosingDay changed = day;
    changed.reason = day.reason.simplified();
    CalendarRepository(db).update(changed);
}

void remove(const Database &db, const ClosingDay &day)
{
    CalendarRepository(db).removeClosingDay(day.id);
}

} // namespace samenplan::changes
