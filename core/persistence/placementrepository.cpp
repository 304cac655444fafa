#include "persistence/placementrepository.h"

#include "persistence/database.h"

#include <QHash>

#include <algorithm>

namespace samenplan {

QString PlacementRepository::columns(const QString &alias)
{
    QString sql;
    for (const char *column : {"id", "child_id", "group_id", "start_date", "end_date", "kind", "seat_override_reason",
                               "end_reason", "row_version"})
        sql += (sql.isEmpty() ? QString() : QStringLiteral(", ")) + alias + QLatin1Char('.') + QLatin1String(column);
    return sql;
}

Placement PlacementRepository::fromRow(const Database::Rows &q)
{
    Placement p;
    p.id = q.integer(0);
    p.childId = q.integer(1);
    p.groupId = q.integer(2);
    p.start = q.date(3);
    p.end = q.date(4);
    p.kind = placementKindFromCode(q.utf8(5)).value_or(PlacementKind::Regular);
    p.seatOverrideReason = q.text(6);
    p.endReason = q.text(7);
    p.rowVersion = int(q.integer(8));
    return p;
}

QList<Placement> PlacementRepository::select(const QString &where, const QVariantList &values) const
{
    static const QString placementColumns = columns(QStringLiteral("placements"));
    auto q = m_db.read(QStringLiteral("SELECT %1 FROM placements %2 ORDER BY start_date, id").arg(placementColumns, where),
                       values);
    QList<Placement> result;
    QHash<Id, int> index;
    while (q.next()) {
        index.insert(q.integer(0), int(result.size()));
        result.append(fromRow(q));
    }
    if (result.isEmpty())
        return result;
    // The days of all these placements in one query: a join, which SQLite runs as one probe of
    // the days' key per placement (IN (SELECT ...) with ORDER BY took twice as long).
    auto days = m_db.read(QStringLiteral("SELECT placement_days.placement_id, placement_days.weekday, "
                                         "placement_days.starts, placement_days.ends FROM placements "
                                         "JOIN placement_days ON placement_days.placement_id = placements.id %1")
                              .arg(where),
                          values);
    while (days.next()) {
        const auto it = index.constFind(days.integer(0));
        const PlacementDay day{int(days.integer(1)), TimeRange{int(days.integer(2)), int(days.integer(3))}};
        if (it != index.constEnd() && isWeekday(day.weekday) && day.hours.isValid()) // never a stored impossible day
            result[*it].days.append(day);
    }
    // By weekday whatever order the query gave (SQLite promises none without ORDER BY).
    for (Placement &placement : result) {
        std::sort(placement.days.begin(), placement.days.end(),
                  [](const PlacementDay &a, const PlacementDay &b) { return a.weekday < b.weekday; });
    }
    return result;
}

QList<Placement> PlacementRepository::all() const
{
    return select({}, {});
}

QList<Placement> PlacementRepository::ofChild(Id childId) const
{
    return select(QStringLiteral("WHERE child_id = ?"), {childId});
}

QList<Placement> PlacementRepository::ofGroup(Id groupId) const
{
    return select(QStringLiteral("WHERE group_id = ?"), {groupId});
}

QList<Placement> PlacementRepository::activeBetween(const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)"),
                  {dateValue(to), dateValue(from)});
}

QString PlacementRepository::childrenPlacedAtSql()
{
    return QStringLiteral("SELECT p.child_id FROM placements p JOIN care_groups g ON g.id = p.group_id "
                          "WHERE g.location_id = ? AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)");
}

QList<Placement> PlacementRepository::activeBetweenOfChildrenAt(Id locationId, const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) AND child_id IN (%1)")
                      .arg(childrenPlacedAtSql()),
                  {dateValue(to), dateValue(from), locationId, dateValue(to), dateValue(from)});
}

std::optional<Placement> PlacementRepository::find(Id id) const
{
    const QList<Placement> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Placement>(found.first());
}

void PlacementRepository::insertDays(Id placementId, const QList<PlacementDay> &days) const
{
    if (days.isEmpty())
        return;
    // All days in one statement (one kept statement per number of days).
    QString sql = QStringLiteral("INSERT INTO placement_days (placement_id, weekday, starts, ends) VALUES (?, ?, ?, ?)");
    QVariantList values;
    values.reserve(days.size() * 4);
    for (const PlacementDay &day : days) {
        if (!values.isEmpty())
            sql += QStringLiteral(", (?, ?, ?, ?)");
        values << placementId << day.weekday << day.hours.from << day.hours.to;
    }
    m_db.change(sql, values); // a change: no query to hand back
}

void PlacementRepository::updateDays(Id placementId, const QList<PlacementDay> &days) const
{
    int kept = 0; // bit n: weekday n stays
    for (const PlacementDay &day : days) {
        kept |= 1 << day.weekday;
        m_db.exec(QStringLiteral("INSERT INTO placement_days (placement_id, weekday, starts, ends) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (placement_id, weekday) DO UPDATE SET starts = excluded.starts, "
                                 "ends = excluded.ends"),
                  {placementId, day.weekday, day.hours.from, day.hours.to});
    }
    m_db.exec(QStringLiteral("DELETE FROM placement_days WHERE placement_id = ? AND ((? >> weekday) & 1) = 0"),
              {placementId, kept});
}

Id PlacementRepository::insert(const Placement &p) const
{
    const Id id = m_db.insert(QStringLiteral("INSERT INTO placements (child_id, group_id, start_date, end_date, kind, "
                                             "seat_override_reason, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {p.childId, p.groupId, dateValue(p.start), dateValue(p.end), placementKindCode(p.kind),
                               p.seatOverrideReason, p.endReason});
    insertDays(id, p.days);
    return id;
}

bool PlacementRepository::update(const Placement &p) const
{
    const int changed = m_db.change(
        QStringLiteral("UPDATE placements SET child_id = ?, group_id = ?, start_date = ?, end_date = ?, kind = ?, "
                       "seat_override_reason = ?, end_reason = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND (? = 0 OR row_version = ?)"),
        {p.childId, p.groupId, dateValue(p.start), dateValue(p.end), placementKindCode(p.kind), p.seatOverrideReason,
         p.endReason, p.id, p.rowVersion, p.rowVersion});
    if (changed == 0)
        return false;
    updateDays(p.id, p.days);
    return true;
}

bool PlacementRepository::remove(Id id, int rowVersion) const
{
    return m_db.change(QStringLiteral("DELETE FROM placements WHERE id = ? AND (? = 0 OR row_version = ?)"),
                       {id, rowVersion, rowVersion}) > 0;
}

} // namespace samenplan
