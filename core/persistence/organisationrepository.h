#pragma once

#include <QString>

namespace samenplan {

class Database;

// The organisation's single row.
class OrganisationRepository {
public:
    explicit OrganisationRepository(const Database &db) : m_db(db) {}
    QString name() const; // empty when not set
    void setName(const QString &name) const;

private:
    const Database &m_db;
};

} // namespace samenplan
