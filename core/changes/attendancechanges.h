#pragma once
// The door for the day records (who was really there) and the calendars. Marking a child arrived
// or gone, registering the staff on the floor and closing a day ("vastgesteld") all go through
// here, inside the caller's transaction. A correction (a time changed or removed after it was
// registered) is logged; a closed day changes only with a reason, logged with the change. A refusal
// throws ChangeRefused (domain/outcome.h) and nothing is written.

#include "domain/attendance.h"
#include "domain/calendar.h"
#include "domain/outcome.h"

namespace samenplan {

class Database;

namespace doorrule {
inline const QString DayClosed = QStringLiteral("day-closed");   // a closed record changed without a reason
inline const QString Attendance = QStringLiteral("attendance");  // impossible or double attendance
} // namespace doorrule

namespace changes {

Id add(const Database &db, const ChildAttendance &attendance, const QString &reason = {});
void update(const Database &db, const ChildAttendance &attendance, const QString &reason = {});
void remove(const Database &db, const ChildAttendance &attendance, const QString &reason = {});
Id add(const Database &db, const StaffAttendance &attendance, const QString &reason = {});
void update(const Database &db, const StaffAttendance &attendance, const QString &reason = {});
void remove(const Database &db, const StaffAttendance &attendance, const QString &reason = {});

// Registers the group day's roster as it stands (shifts minus breaks and absences) as the staff on
// the floor, to be corrected where the day went otherwise; refused when staff are registered
// already. Returns the stretches registered.
int takeOverRoster(const Database &db, Id groupId, const QDate &date, const QString &reason = {});

// Closes the group day's record ("vastgesteld") in the name of `by`; reopening needs a reason.
void closeDay(const Database &db, Id groupId, const QDate &date, const QString &by);
void reopenDay(const Database &db, Id groupId, const QDate &date, const QString &reason);

// How long records are kept (months; default 24), and removing what is older than that.
inline constexpr int DefaultRecordRetentionMonths = 24;
int recordRetentionMonths(const Database &db);
void setRecordRetentionMonths(const Database &db, int months);
// Removes the records of days before today minus the retention; logs how many in the audit log.
int removeExpiredRecords(const Database &db, const QDate &today);

// School holidays (also school-free days) and closing days.
Id add(const Database &db, const SchoolHoliday &holiday);
void update(const Database &db, const SchoolHoliday &holiday);
void remove(const Database &db, const SchoolHoliday &holiday);
Id add(const Database &db, const ClosingDay &day);
void update(const Database &db, const ClosingDay &day);
void remove(const Database &db, const ClosingDay &day);

} // namespace changes
} // namespace samenplan
