#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

// Referrals (beschikkingen): special-category data, shown in editors only.
class ReferralRepository {
public:
    explicit ReferralRepository(const Database &db) : m_db(db) {}
    QList<Referral> all() const;
    QList<Referral> ofChild(Id childId) const;
    // The referrals of the children one location's board of [from, to] shows (ChildRepository::forBoard).
    QList<Referral> ofChildrenAt(Id locationId, const QDate &from, const QDate &to) const;
    // The referrals of every child with a youth-care placement in the group.
    QList<Referral> ofYouthCareInGroup(Id groupId) const;
    std::optional<Referral> find(Id id) const;
    Id insert(const Referral &referral) const;
    void update(const Referral &referral) const;
    void remove(Id id) const;

private:
    QList<Referral> select(const QString &where, const QVariantList &values) const;
    const Database &m_db;
};

} // namespace samenplan
