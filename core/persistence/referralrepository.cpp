#include "persistence/referralrepository.h"

#include "persistence/database.h"
#include "persistence/placementrepository.h"

namespace samenplan {

QList<Referral> ReferralRepository::select(const QString &where, const QVariantList &values) const
{
    if (!m_db.mayRead(QStringLiteral("referrals"))) // a coach or viewer on a server: none to see
        return {};
    auto q = m_db.read(QStringLiteral("SELECT id, child_id, provider_id, reference, start_date, planned_end, "
                                           "outreach_worker_id, behavioural_scientist_id, follow_up_note "
                                           "FROM referrals %1 ORDER BY start_date, id").arg(where),
                            values);
    QList<Referral> result;
    while (q.next()) {
        Referral r;
        r.id = q.integer(0);
        r.childId = q.integer(1);
        r.providerId = q.integer(2);
        r.reference = q.text(3);
        r.start = q.date(4);
        r.plannedEnd = q.date(5);
        r.outreachWorkerId = q.id(6);
        r.behaviouralScientistId = q.id(7);
        r.followUpNote = q.text(8);
        result.append(r);
    }
    return result;
}

QList<Referral> ReferralRepository::all() const
{
    return select({}, {});
}

QList<Referral> ReferralRepository::ofChildrenAt(Id locationId, const QDate &from, const QDate &to) const
{
    // The same children as ChildRepository::forBoard(), asked of the (few) referrals' children.
    return select(QStringLiteral("WHERE child_id IN (%1) OR child_id IN (SELECT child_id FROM waiting_list) "
                                 "OR NOT EXISTS (SELECT 1 FROM placements p WHERE p.child_id = referrals.child_id)")
                      .arg(PlacementRepository::childrenPlacedAtSql()),
                  {locationId, dateValue(to), dateValue(from)});
}

QList<Referral> ReferralRepository::ofChild(Id childId) const
{
    return select(QStringLiteral("WHERE child_id = ?"), {childId});
}

QList<Referral> ReferralRepository::ofYouthCareInGroup(Id groupId) const
{
    return select(QStringLiteral("WHERE child_id IN (SELECT child_id FROM placements WHERE group_id = ? AND kind = ?)"),
                  {groupId, placementKindCode(PlacementKind::YouthCare)});
}

std::optional<Referral> ReferralRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Referral>(found.first());
}

Id ReferralRepository::insert(const Referral &r) const
{
    return m_db.insert(QStringLiteral("INSERT INTO referrals (child_id, provider_id, reference, start_date, planned_end, "
                                      "outreach_worker_id, behavioural_scientist_id, follow_up_note) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {r.childId, r.providerId, r.reference, dateValue(r.start), dateValue(r.plannedEnd),
                        idValue(r.outreachWorkerId), idValue(r.behaviouralScientistId), r.followUpNote});
}

void ReferralRepository::update(const Referral &r) const
{
    m_db.exec(QStringLiteral("UPDATE referrals SET child_id = ?, provider_id = ?, reference = ?, start_date = ?, "
                             "planned_end = ?, outreach_worker_id = ?, behavioural_scientist_id = ?, "
                             "follow_up_note = ? WHERE id = ?"),
              {r.childId, r.providerId, r.reference, dateValue(r.start), dateValue(r.plannedEnd),
               idValue(r.outreachWorkerId), idValue(r.behaviouralScientistId), r.followUpNote, r.id});
}

void ReferralRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM referrals WHERE id = ?"), {id});
}

} // namespace samenplan
