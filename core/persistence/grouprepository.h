#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

// The care_groups table.
class GroupRepository {
public:
    explicit GroupRepository(const Database &db) : m_db(db) {}
    QList<Group> all() const; // by location, then name
    QList<Group> ofLocation(Id locationId) const;
    std::optional<Group> find(Id id) const;
    Id insert(const Group &group) const;
    void update(const Group &group) const;
    void remove(Id id) const;

private:
    QList<Group> select(const QString &where, const QVariantList &values) const;
    const Database &m_db;
};

} // namespace samenplan
