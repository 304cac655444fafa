#include "persistence/providerrepository.h"

#include "persistence/database.h"

namespace samenplan {

QList<YouthCareProvider> ProviderRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, name, kind, trajectory_months FROM youth_care_providers %1 "
                                           "ORDER BY name, id").arg(where),
                            values);
    QList<YouthCareProvider> result;
    while (q.next()) {
        YouthCareProvider p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.kind = providerKindFromCode(q.value(2).toString()).value_or(ProviderKind::YouthCareProvider);
        p.trajectoryMonths = q.value(3).toInt();
        result.append(p);
    }
    return result;
}

QList<YouthCareProvider> ProviderRepository::all() const
{
    return select({}, {});
}

std::optional<YouthCareProvider> ProviderRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<YouthCareProvider>(found.first());
}

std::optional<YouthCareProvider> ProviderRepository::findByName(const QString &name) const
{
    const auto found = select(QStringLiteral("WHERE name = ?"), {name});
    return found.isEmpty() ? std::nullopt : std::optional<YouthCareProvider>(found.first());
}

Id ProviderRepository::insert(const YouthCareProvider &p) const
{
    return m_db.insert(QStringLiteral("INSERT INTO youth_care_providers (name, kind, trajectory_months) VALUES (?, ?, ?)"),
                       {p.name, providerKindCode(p.kind), p.trajectoryMonths});
}

void ProviderRepository::update(const YouthCareProvider &p) const
{
    m_db.exec(QStringLiteral("UPDATE youth_care_providers SET name = ?, kind = ?, trajectory_months = ? WHERE id = ?"),
              {p.name, providerKindCode(p.kind), p.trajectoryMonths, p.id});
}

void ProviderRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM youth_care_providers WHERE id = ?"), {id});
}

int ProviderRepository::usageCount(Id id) const
{
    auto q = m_db.read(QStringLiteral("SELECT (SELECT COUNT(*) FROM referrals WHERE provider_id = ?) "
                                           "+ (SELECT COUNT(*) FROM staff WHERE employer_provider_id = ?)"),
                            {id, id});
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace samenplan
