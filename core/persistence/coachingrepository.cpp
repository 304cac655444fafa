#include "persistence/coachingrepository.h"

#include "persistence/database.h"

#include <QHash>

namespace samenplan {

QList<CoachingSession> CoachingRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, session_date, starts, ends, coach_staff_id, external_coach_id, "
                                      "group_id, kind, goal, focus_child_id, status, cancel_reason, notes, "
                                      "follow_up, off_floor, series_id FROM coaching_sessions %1 "
                                      "ORDER BY session_date, starts, id").arg(where),
                       values);
    QList<CoachingSession> result;
    QHash<Id, int> index;
    while (q.next()) {
        CoachingSession s;
        s.id = q.value(0).toLongLong();
        s.date = dateFrom(q.value(1));
        s.hours = TimeRange{q.value(2).toInt(), q.value(3).toInt()};
        s.coachStaffId = idFrom(q.value(4));
        s.externalCoachId = idFrom(q.value(5));
        s.groupId = idFrom(q.value(6));
        s.kind = coachingKindFromCode(q.value(7).toString()).value_or(CoachingKind::OnTheJob);
        s.goal = q.value(8).toString();
        s.focusChildId = idFrom(q.value(9));
        s.status = coachingStatusFromCode(q.value(10).toString()).value_or(CoachingStatus::Planned);
        s.cancelReason = q.value(11).toString();
        s.notes = q.value(12).toString();
        s.followUp = q.value(13).toString();
        s.offFloor = q.value(14).toInt() != 0;
        s.seriesId = idFrom(q.value(15));
        index.insert(s.id, int(result.size()));
        result.append(s);
    }
    if (result.isEmpty())
        return result;
    auto coachees = m_db.read(QStringLiteral("SELECT session_id, staff_id FROM coaching_coachees WHERE session_id IN "
                                             "(SELECT id FROM coaching_sessions %1) ORDER BY session_id, staff_id")
                                  .arg(where),
                              values);
    while (coachees.next()) {
        const auto it = index.constFind(coachees.value(0).toLongLong());
        if (it != index.constEnd())
            result[*it].coacheeIds.append(coachees.value(1).toLongLong());
    }
    return result;
}

QList<CoachingSession> CoachingRepository::sessionsBetween(const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE session_date >= ? AND session_date <= ?"), {dateValue(from), dateValue(to)});
}

std::optional<CoachingSession> CoachingRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<CoachingSession>(found.first());
}

void CoachingRepository::writeCoachees(Id sessionId, const QList<Id> &coachees) const
{
    m_db.exec(QStringLiteral("DELETE FROM coaching_coachees WHERE session_id = ?"), {sessionId});
    for (Id staffId : coachees)
        m_db.exec(QStringLiteral("INSERT INTO coaching_coachees (session_id, staff_id) VALUES (?, ?)"), {sessionId, staffId});
}

Id CoachingRepository::insert(const CoachingSession &s) const
{
    const Id id = m_db.insert(
        QStringLiteral("INSERT INTO coaching_sessions (session_date, starts, ends, coach_staff_id, external_coach_id, "
                       "group_id, kind, goal, focus_child_id, status, cancel_reason, notes, follow_up, off_floor, "
                       "series_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {dateValue(s.date), s.hours.from, s.hours.to, idValue(s.coachStaffId), idValue(s.externalCoachId),
         idValue(s.groupId), coachingKindCode(s.kind), s.goal, idValue(s.focusChildId), coachingStatusCode(s.status),
         s.cancelReason, s.notes, s.followUp, int(s.offFloor), idValue(s.seriesId)});
    writeCoachees(id, s.coacheeIds);
    return id;
}

void CoachingRepository::update(const CoachingSession &s) const
{
    m_db.exec(QStringLiteral("UPDATE coaching_sessions SET session_date = ?, starts = ?, ends = ?, coach_staff_id = ?, "
                             "external_coach_id = ?, group_id = ?, kind = ?, goal = ?, focus_child_id = ?, status = ?, "
                             "cancel_reason = ?, notes = ?, follow_up = ?, off_floor = ?, series_id = ?, sequence = sequence + 1 "
                             "WHERE id = ?"),
              {dateValue(s.date), s.hours.from, s.hours.to, idValue(s.coachStaffId), idValue(s.externalCoachId),
               idValue(s.groupId), coachingKindCode(s.kind), s.goal, idValue(s.focusChildId),
               coachingStatusCode(s.status), s.cancelReason, s.notes, s.followUp, int(s.offFloor), idValue(s.seriesId),
               s.id});
    writeCoachees(s.id, s.coacheeIds);
}

void CoachingRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM coaching_sessions WHERE id = ?"), {id});
}

QHash<Id, int> CoachingRepository::sequences() const
{
    QHash<Id, int> result;
    auto q = m_db.read(QStringLiteral("SELECT id, sequence FROM coaching_sessions"));
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

Id CoachingRepository::nextSeriesId() const
{
    auto q = m_db.read(QStringLiteral("SELECT COALESCE(MAX(series_id), 0) + 1 FROM coaching_sessions"));
    return q.next() ? q.value(0).toLongLong() : 1;
}

QList<ExternalCoach> CoachingRepository::externalCoaches() const
{
    auto q = m_db.read(QStringLiteral("SELECT id, name, organisation, kind, provider_id, email, qualified_coach "
                                      "FROM external_coaches ORDER BY name, id"));
    QList<ExternalCoach> result;
    while (q.next()) {
        ExternalCoach c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.organisation = q.value(2).toString();
        c.kind = coachKindFromCode(q.value(3).toString()).value_or(CoachKind::YouthCareProfessional);
        c.providerId = idFrom(q.value(4));
        c.email = q.value(5).toString();
        c.qualifiedCoach = q.value(6).toInt() != 0;
        result.append(c);
    }
    return result;
}

Id CoachingRepository::insert(const ExternalCoach &c) const
{
    return m_db.insert(QStringLiteral("INSERT INTO external_coaches (name, organisation, kind, provider_id, email, "
                                      "qualified_coach) VALUES (?, ?, ?, ?, ?, ?)"),
                       {c.name, c.organisation, coachKindCode(c.kind), idValue(c.providerId), c.email,
                        int(c.qualifiedCoach)});
}

void CoachingRepository::update(const ExternalCoach &c) const
{
    m_db.exec(QStringLiteral("UPDATE external_coaches SET name = ?, organisation = ?, kind = ?, provider_id = ?, "
                             "email = ?, qualified_coach = ? WHERE id = ?"),
              {c.name, c.organisation, coachKindCode(c.kind), idValue(c.providerId), c.email, int(c.qualifiedCoach),
               c.id});
}

void CoachingRepository::removeExternalCoach(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM external_coaches WHERE id = ?"), {id});
}

} // namespace samenplan
