#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace samenplan {

class Database;

struct AuditEntry {
    QDateTime at;
    QString action;
    QString detail;
};

// What was done with personal data (erasures), for the organisation's records.
class AuditLogRepository {
public:
    explicit AuditLogRepository(const Database &db) : m_db(db) {}
    void log(const QString &action, const QString &detail) const;
    QList<AuditEntry> all() const;

private:
    const Database &m_db;
};

} // namespace samenplan
