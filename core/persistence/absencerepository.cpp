#include "persistence/absencerepository.h"

#include "persistence/database.h"

namespace samenplan {

static QVariant startValue(const Absence &a)
{
    return a.hours ? QVariant(a.hours->from) : QVariant(QMetaType(QMetaType::Int));
}

static QVariant endValue(const Absence &a)
{
    return a.hours ? QVariant(a.hours->to) : QVariant(QMetaType(QMetaType::Int));
}

QList<Absence> AbsenceRepository::staffAbsencesBetween(const QDate &from, const QDate &to) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, staff_id, kind, start_date, end_date, starts, ends, note "
                                      "FROM absences WHERE start_date <= ? AND end_date >= ? "
                                      "ORDER BY start_date, staff_id, id"),
                       {dateValue(to), dateValue(from)});
    QList<Absence> result;
    while (q.next()) {
        Absence a;
        a.id = q.value(0).toLongLong();
        a.staffId = q.value(1).toLongLong();
        a.kind = absenceKindFromCode(q.value(2).toString()).value_or(AbsenceKind::Other);
        a.start = dateFrom(q.value(3));
        a.end = dateFrom(q.value(4));
        if (!q.value(5).isNull() && !q.value(6).isNull())
            a.hours = TimeRange{q.value(5).toInt(), q.value(6).toInt()};
        a.note = q.value(7).toString();
        result.append(a);
    }
    return result;
}

Id AbsenceRepository::insert(const Absence &a) const
{
    return m_db.insert(QStringLiteral("INSERT INTO absences (staff_id, kind, start_date, end_date, starts, ends, note) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {a.staffId, absenceKindCode(a.kind), dateValue(a.start), dateValue(a.end), startValue(a),
                        endValue(a), a.note});
}

void AbsenceRepository::update(const Absence &a) const
{
    m_db.exec(QStringLiteral("UPDATE absences SET staff_id = ?, kind = ?, start_date = ?, end_date = ?, starts = ?, "
                             "ends = ?, note = ? WHERE id = ?"),
              {a.staffId, absenceKindCode(a.kind), dateValue(a.start), dateValue(a.end), startValue(a), endValue(a),
               a.note, a.id});
}

void AbsenceRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM absences WHERE id = ?"), {id});
}

QList<ChildAbsence> AbsenceRepository::childAbsencesBetween(const QDate &from, const QDate &to) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, child_id, absence_date, note FROM child_absences "
                                      "WHERE absence_date >= ? AND absence_date <= ? ORDER BY absence_date, id"),
                       {dateValue(from), dateValue(to)});
    QList<ChildAbsence> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), dateFrom(q.value(2)), q.value(3).toString()});
    return result;
}

Id AbsenceRepository::insert(const ChildAbsence &a) const
{
    return m_db.insert(QStringLiteral("INSERT INTO child_absences (child_id, absence_date, note) VALUES (?, ?, ?)"),
                       {a.childId, dateValue(a.date), a.note});
}

void AbsenceRepository::removeChildAbsence(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM child_absences WHERE id = ?"), {id});
}

} // namespace samenplan
