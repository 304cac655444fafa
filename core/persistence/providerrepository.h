#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

// Youth-care providers and youth and family centres.
class ProviderRepository {
public:
    explicit ProviderRepository(const Database &db) : m_db(db) {}
    QList<YouthCareProvider> all() const; // by name
    std::optional<YouthCareProvider> find(Id id) const;
    std::optional<YouthCareProvider> findByName(const QString &name) const;
    Id insert(const YouthCareProvider &provider) const;
    void update(const YouthCareProvider &provider) const;
    void remove(Id id) const;
    // Referrals and staff that name the provider.
    int usageCount(Id id) const;

private:
    QList<YouthCareProvider> select(const QString &where, const QVariantList &values) const;
    const Database &m_db;
};

} // namespace samenplan
