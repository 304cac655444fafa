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
    // The database's own identity, made once when the file or server schema is created; copies
    // of one organisation share it, two organisations never do.
    QString databaseUid() const;

private:
    const Database &m_db;
};

} // namespace samenplan
