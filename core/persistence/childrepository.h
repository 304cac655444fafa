#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>

#include <optional>

namespace samenplan {

class Database;

// The children table.
class ChildRepository {
public:
    explicit ChildRepository(const Database &db) : m_db(db) {}
    QList<Child> all() const; // by last name, first name
    std::optional<Child> find(Id id) const;
    // One location's board of [from, to]: the children placed there (PlacementRepository::
    // activeBetweenOfChildrenAt), those never placed anywhere (new), and those on the waiting list.
    // Not a child who has left (every placement ended) or whose placement starts later: neither is
    // one to place.
    QList<Child> forBoard(Id locationId, const QDate &from, const QDate &to) const; // by name
    // The birth dates of the children placed in the group, by child.
    QHash<Id, QDate> birthDatesInGroup(Id groupId) const;
    // Child::displayName() of each of these children, by child (none for an id without a child,
    // or one the user may not read on a server).
    QHash<Id, QString> displayNames(const QList<Id> &ids) const;
    Id insert(const Child &child) const;
    void update(const Child &child) const;
    void remove(Id id) const;

private:
    const Database &m_db;
};

} // namespace samenplan
