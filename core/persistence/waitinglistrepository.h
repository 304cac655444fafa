#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

// The waiting list, highest priority first, then by wished start.
class WaitingListRepository {
public:
    explicit WaitingListRepository(const Database &db) : m_db(db) {}
    QList<WaitingListEntry> all() const;
    std::optional<WaitingListEntry> find(Id id) const;
    Id insert(const WaitingListEntry &entry) const;
    void update(const WaitingListEntry &entry) const;
    void remove(Id id) const;

private:
    const Database &m_db;
};

} // namespace samenplan
