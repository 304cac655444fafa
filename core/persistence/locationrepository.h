#pragma once

#include "domain/entities.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace samenplan {

class Database;

// Locations with their opening hours per weekday and their closing days.
class LocationRepository {
public:
    explicit LocationRepository(const Database &db) : m_db(db) {}
    QList<Location> all() const; // by name
    std::optional<Location> find(Id id) const;
    Id insert(const Location &location) const;
    void update(const Location &location) const; // replaces the opening hours and closing days
    void remove(Id id) const;

private:
    QList<Location> select(const QString &where, const QVariantList &values) const;
    void writeHours(const Location &location) const;
    const Database &m_db;
};

} // namespace samenplan
