#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

// Staff members and the fixed faces assigned to children.
class StaffRepository {
public:
    explicit StaffRepository(const Database &db) : m_db(db) {}
    QList<Staff> all() const; // by name
    // The staff of the location and those with a shift of [from, to] on one of its groups, by name.
    QList<Staff> workingAt(Id locationId, const QDate &from, const QDate &to) const;
    std::optional<Staff> find(Id id) const;
    std::optional<Staff> findByName(const QString &name) const;
    Id insert(const Staff &staff) const;
    void update(const Staff &staff) const;
    void remove(Id id) const;

    QList<Id> fixedFacesOf(Id childId) const;
    void setFixedFaces(Id childId, const QList<Id> &staffIds) const;
    QList<FixedFace> allFixedFaces() const;
    // The same assignments seen from the staff member.
    QList<Id> fixedFaceChildrenOf(Id staffId) const;
    void setFixedFaceChildren(Id staffId, const QList<Id> &childIds) const;

private:
    QList<Staff> select(const QString &where, const QVariantList &values) const;
    const Database &m_db;
};

} // namespace samenplan
