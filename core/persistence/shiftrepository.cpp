#include "persistence/shiftrepository.h"

#include "persistence/database.h"

#include <QHash>

#include <algorithm>

namespace samenplan {

QList<Shift> ShiftRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, staff_id, group_id, shift_date, starts, ends, note, row_version FROM shifts %1 "
                                           "ORDER BY shift_date, starts, staff_id, id").arg(where),
                            values);
    QList<Shift> result;
    QHash<Id, int> index;
    while (q.next()) {
        Shift s;
        s.id = q.integer(0);
        s.staffId = q.integer(1);
        s.groupId = q.id(2);
        s.date = q.date(3);
        s.hours = TimeRange{int(q.integer(4)), int(q.integer(5))};
        s.note = q.text(6);
        s.rowVersion = int(q.integer(7));
        index.insert(s.id, int(result.size()));
        result.append(s);
    }
    if (result.isEmpty())
        return result;
    auto breaks = m_db.read(QStringLiteral("SELECT shift_id, starts, ends FROM shift_breaks "
                                                "WHERE shift_id IN (SELECT id FROM shifts %1) ORDER BY shift_id, starts")
                                     .arg(where),
                                 values);
    while (breaks.next()) {
        const auto it = index.constFind(breaks.integer(0));
        if (it != index.constEnd())
            result[*it].breaks.append(TimeRange{int(breaks.integer(1)), int(breaks.integer(2))});
    }
    return result;
}

QList<Shift> ShiftRepository::between(const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE shift_date >= ? AND shift_date <= ?"), {dateValue(from), dateValue(to)});
}

QList<Shift> ShiftRepository::betweenAt(Id locationId, const QDate &from, const QDate &to) const
{
    // The shifts on the location's groups, and the off-the-floor shifts (no group) of the staff who
    // work there (StaffRepository::workingAt), as the location's roster lists them.
    return select(QStringLiteral("WHERE shift_date >= ? AND shift_date <= ? "
                                 "AND (group_id IN (SELECT id FROM care_groups WHERE location_id = ?) "
                                 "OR (group_id IS NULL AND staff_id IN (SELECT id FROM staff WHERE location_id = ? "
                                 "OR id IN (SELECT s.staff_id FROM shifts s JOIN care_groups g ON g.id = s.group_id "
                                 "WHERE g.location_id = ? AND s.shift_date >= ? AND s.shift_date <= ?))))"),
                  {dateValue(from), dateValue(to), locationId, locationId, locationId, dateValue(from), dateValue(to)});
}

QList<Shift> ShiftRepository::ofStaff(Id staffId, const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE staff_id = ? AND shift_date >= ? AND shift_date <= ?"),
                  {staffId, dateValue(from), dateValue(to)});
}

std::optional<Shift> ShiftRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Shift>(found.first());
}

void ShiftRepository::insertBreaks(Id shiftId, const QList<TimeRange> &breaks) const
{
    for (const TimeRange &pause : breaks)
        m_db.change(QStringLiteral("INSERT INTO shift_breaks (shift_id, starts, ends) VALUES (?, ?, ?)"),
                    {shiftId, pause.from, pause.to}); // a change: no query to hand back
}

void ShiftRepository::updateBreaks(Id shiftId, const QList<TimeRange> &breaks) const
{
    QList<TimeRange> stored;
    auto q = m_db.read(QStringLiteral("SELECT starts, ends FROM shift_breaks WHERE shift_id = ? ORDER BY starts"),
                            {shiftId});
    while (q.next())
        stored.append(TimeRange{int(q.integer(0)), int(q.integer(1))});
    QList<TimeRange> wanted = breaks;
    std::sort(wanted.begin(), wanted.end(), [](const TimeRange &a, const TimeRange &b) { return a.from < b.from; });
    if (stored == wanted)
        return;
    m_db.exec(QStringLiteral("DELETE FROM shift_breaks WHERE shift_id = ?"), {shiftId});
    insertBreaks(shiftId, breaks);
}

Id ShiftRepository::insert(const Shift &s) const
{
    const Id id = m_db.insert(QStringLiteral("INSERT INTO shifts (staff_id, group_id, shift_date, starts, ends, note) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {s.staffId, idValue(s.groupId), dateValue(s.date), s.hours.from, s.hours.to, s.note});
    insertBreaks(id, s.breaks);
    return id;
}

bool ShiftRepository::update(const Shift &s) const
{
    const int changed = m_db.change(
        QStringLiteral("UPDATE shifts SET staff_id = ?, group_id = ?, shift_date = ?, starts = ?, ends = ?, note = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"),
        {s.staffId, idValue(s.groupId), dateValue(s.date), s.hours.from, s.hours.to, s.note, s.id, s.rowVersion,
         s.rowVersion});
    if (changed == 0)
        return false;
    updateBreaks(s.id, s.breaks);
    return true;
}

bool ShiftRepository::remove(Id id, int rowVersion) const
{
    return m_db.change(QStringLiteral("DELETE FROM shifts WHERE id = ? AND (? = 0 OR row_version = ?)"),
                       {id, rowVersion, rowVersion}) > 0;
}

} // namespace samenplan
