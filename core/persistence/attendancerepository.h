#pragma once
// The day records: children's attendance, staff on the floor, closed days and the log of
// corrections (plain storage; changes go through core/changes/attendancechanges.h).

#include "domain/attendance.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

class AttendanceRepository {
public:
    explicit AttendanceRepository(const Database &db) : m_db(db) {}

    // groupId NoId: every group.
    QList<ChildAttendance> children(const QDate &from, const QDate &to, Id groupId = NoId) const;
    QList<ChildAttendance> childrenOf(Id childId) const;
    std::optional<ChildAttendance> findChild(Id id) const;
    Id insert(const ChildAttendance &attendance) const;
    void update(const ChildAttendance &attendance) const;
    void removeChild(Id id) const;

    QList<StaffAttendance> staff(const QDate &from, const QDate &to, Id groupId = NoId) const;
    std::optional<StaffAttendance> findStaff(Id id) const;
    Id insert(const StaffAttendance &attendance) const;
    void update(const StaffAttendance &attendance) const;
    void removeStaff(Id id) const;

    QList<AttendanceDay> days(const QDate &from, const QDate &to) const;
    AttendanceDay day(Id groupId, const QDate &date) const; // open when never closed
    void setDay(const AttendanceDay &day) const;

    QList<AttendanceLogEntry> log(const QDate &from, const QDate &to, Id groupId = NoId) const;
    void appendLog(const AttendanceLogEntry &entry) const;
    void rewriteLog(Id id, const QString &change) const; // erasure of a child's name

    // Removes every record of days before `before`; returns the days' rows removed.
    int removeBefore(const QDate &before) const;

private:
    QList<ChildAttendance> selectChildren(const QString &where, const QVariantList &values) const;
    QList<StaffAttendance> selectStaff(const QString &where, const QVariantList &values) const;
    const Database &m_db;
};

} // namespace samenplan
