#include "persistence/attendancerepository.h"

#include "persistence/database.h"

namespace samenplan {
namespace {

QString dayFilter(Id groupId)
{
    return groupId == NoId ? QStringLiteral("WHERE attendance_date >= ? AND attendance_date <= ?")
                           : QStringLiteral("WHERE attendance_date >= ? AND attendance_date <= ? AND group_id = ?");
}

QVariantList dayValues(const QDate &from, const QDate &to, Id groupId)
{
    QVariantList values{dateValue(from), dateValue(to)};
    if (groupId != NoId)
        values.append(groupId);
    return values;
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

QList<ChildAttendance> AttendanceRepository::selectChildren(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, group_id, child_id, attendance_date, arrived, departed "
                                      "FROM child_attendance %1 ORDER BY attendance_date, group_id, arrived, id").arg(where),
                       values);
    QList<ChildAttendance> result;
    while (q.next()) {
        ChildAttendance a;
        a.id = q.value(0).toLongLong();
        a.groupId = q.value(1).toLongLong();
        a.childId = q.value(2).toLongLong();
        a.date = dateFrom(q.value(3));
        a.arrived = q.value(4).toInt();
        if (!q.value(5).isNull())
            a.departed = q.value(5).toInt();
        result.append(a);
    }
    return result;
}

QList<ChildAttendance> AttendanceRepository::children(const QDate &from, const QDate &to, Id groupId) const
{
    return selectChildren(dayFilter(groupId), dayValues(from, to, groupId));
}

QList<ChildAttendance> AttendanceRepository::childrenOf(Id childId) const
{
    return selectChildren(QStringLiteral("WHERE child_id = ?"), {childId});
}

std::optional<ChildAttendance> AttendanceRepository::findChild(Id id) const
{
    const QList<ChildAttendance> found = selectChildren(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<ChildAttendance>(found.first());
}

Id AttendanceRepository::insert(const ChildAttendance &a) const
{
    return m_db.insert(QStringLiteral("INSERT INTO child_attendance (group_id, child_id, attendance_date, arrived, departed) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {a.groupId, a.childId, dateValue(a.date), a.arrived, a.departed ? QVariant(*a.departed) : QVariant()});
}

void AttendanceRepository::update(const ChildAttendance &a) const
{
    m_db.exec(QStringLiteral("UPDATE child_attendance SET group_id = ?, child_id = ?, attendance_date = ?, arrived = ?, "
                             "departed = ? WHERE id = ?"),
              {a.groupId, a.childId, dateValue(a.date), a.arrived, a.departed ? QVariant(*a.departed) : QVariant(), a.id});
}

void AttendanceRepository::removeChild(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM child_attendance WHERE id = ?"), {id});
}

QList<StaffAttendance> AttendanceRepository::selectStaff(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, group_id, staff_id, attendance_date, starts, ends, note "
                                      "FROM staff_attendance %1 ORDER BY attendance_date, group_id, starts, id").arg(where),
                       values);
    QList<StaffAttendance> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), dateFrom(q.value(3)),
                       TimeRange{q.value(4).toInt(), q.value(5).toInt()}, q.value(6).toString()});
    return result;
}

QList<StaffAttendance> AttendanceRepository::staff(const QDate &from, const QDate &to, Id groupId) const
{
    return selectStaff(dayFilter(groupId), dayValues(from, to, groupId));
}

std::optional<StaffAttendance> AttendanceRepository::findStaff(Id id) const
{
    const QList<StaffAttendance> found = selectStaff(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<StaffAttendance>(found.first());
}

Id AttendanceRepository::insert(const StaffAttendance &a) const
{
    return m_db.insert(QStringLiteral("INSERT INTO staff_attendance (group_id, staff_id, attendance_date, starts, ends, note) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {a.groupId, a.staffId, dateValue(a.date), a.hours.from, a.hours.to, a.note});
}

void AttendanceRepository::update(const StaffAttendance &a) const
{
    m_db.exec(QStringLiteral("UPDATE staff_attendance SET group_id = ?, staff_id = ?, attendance_date = ?, starts = ?, "
                             "ends = ?, note = ? WHERE id = ?"),
              {a.groupId, a.staffId, dateValue(a.date), a.hours.from, a.hours.to, a.note, a.id});
}

void AttendanceRepository::removeStaff(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM staff_attendance WHERE id = ?"), {id});
}

QList<AttendanceDay> AttendanceRepository::days(const QDate &from, const QDate &to) const
{
    auto q = m_db.read(QStringLiteral("SELECT group_id, attendance_date, closed_at, closed_by FROM attendance_days "
                                      "WHERE attendance_date >= ? AND attendance_date <= ?"),
                       {dateValue(from), dateValue(to)});
    QList<AttendanceDay> result;
    while (q.next()) {
        AttendanceDay day{q.value(0).toLongLong(), dateFrom(q.value(1)), {}, q.value(3).toString()};
        if (!q.value(2).isNull())
            day.closedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        result.append(day);
    }
    return result;
}

AttendanceDay AttendanceRepository::day(Id groupId, const QDate &date) const
{
    for (const AttendanceDay &day : days(date, date)) {
        if (day.groupId == groupId)
            return day;
    }
    return AttendanceDay{groupId, date, {}, {}};
}

void AttendanceRepository::setDay(const AttendanceDay &day) const
{
    m_db.exec(QStringLiteral("DELETE FROM attendance_days WHERE group_id = ? AND attendance_date = ?"),
              {day.groupId, dateValue(day.date)});
    m_db.exec(QStringLiteral("INSERT INTO attendance_days (group_id, attendance_date, closed_at, closed_by) VALUES (?, ?, ?, ?)"),
              {day.groupId, dateValue(day.date), day.closed() ? QVariant(timestamp(day.closedAt)) : QVariant(), day.closedBy});
}

QList<AttendanceLogEntry> AttendanceRepository::log(const QDate &from, const QDate &to, Id groupId) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, group_id, attendance_date, logged_at, description, reason FROM attendance_log "
                                      "%1 ORDER BY id").arg(dayFilter(groupId)),
                       dayValues(from, to, groupId));
    QList<AttendanceLogEntry> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), dateFrom(q.value(2)),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(), q.value(5).toString()});
    return result;
}

void AttendanceRepository::appendLog(const AttendanceLogEntry &e) const
{
    m_db.insert(QStringLiteral("INSERT INTO attendance_log (group_id, attendance_date, logged_at, description, reason) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {e.groupId, dateValue(e.date), timestamp(e.at), e.change, e.reason});
}

void AttendanceRepository::rewriteLog(Id id, const QString &change) const
{
    m_db.exec(QStringLiteral("UPDATE attendance_log SET description = ? WHERE id = ?"), {change, id});
}

int AttendanceRepository::removeBefore(const QDate &before) const
{
    const QVariantList cut{dateValue(before)};
    int removed = 0;
    for (const char *table : {"child_attendance", "staff_attendance", "attendance_days", "attendance_log"}) {
        const QString name = QLatin1String(table);
        {
            auto count = m_db.read(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE attendance_date < ?").arg(name), cut);
            removed += count.next() ? count.value(0).toInt() : 0;
        } // the read ends before the rows go
        m_db.exec(QStringLiteral("DELETE FROM %1 WHERE attendance_date < ?").arg(name), cut);
    }
    return removed;
}

} // namespace samenplan
