#include "persistence/auditlogrepository.h"

#include "persistence/database.h"

namespace samenplan {

void AuditLogRepository::log(const QString &action, const QString &detail) const
{
    m_db.insert(QStringLiteral("INSERT INTO audit_log (logged_at, action, detail) VALUES (?, ?, ?)"),
                {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), action, detail});
}

QList<AuditEntry> AuditLogRepository::all() const
{
    auto q = m_db.read(QStringLiteral("SELECT logged_at, action, detail FROM audit_log ORDER BY id"));
    QList<AuditEntry> result;
    while (q.next())
        result.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString()});
    return result;
}

} // namespace samenplan
