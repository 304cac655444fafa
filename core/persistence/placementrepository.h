#pragma once

#include "domain/entities.h"
#include "persistence/database.h"

#include <QList>

#include <optional>

namespace samenplan {

// Placements with their weekdays and times.
class PlacementRepository {
public:
    explicit PlacementRepository(const Database &db) : m_db(db) {}
    QList<Placement> all() const;
    QList<Placement> ofChild(Id childId) const;
    QList<Placement> ofGroup(Id groupId) const;
    // Placements running on at least one day of [from, to].
    QList<Placement> activeBetween(const QDate &from, const QDate &to) const;
    // One location's board: the placements running on a day of [from, to] of the children who have
    // such a placement in one of the location's groups (their placements elsewhere included).
    QList<Placement> activeBetweenOfChildrenAt(Id locationId, const QDate &from, const QDate &to) const;
    // SQL for the ids of those children; binds the location, then to, then from.
    static QString childrenPlacedAtSql();
    // The columns every read of placements selects, each after "alias.", and a placement (without
    // its days) from a row that starts with them.
    static QString columns(const QString &alias);
    static Placement fromRow(const Database::Rows &row);
    std::optional<Placement> find(Id id) const;
    Id insert(const Placement &placement) const;
    // Both change the row only while its version is still placement.rowVersion (any version when
    // 0) and return false when it has moved on (or the row is gone).
    bool update(const Placement &placement) const; // replaces the days
    bool remove(Id id, int rowVersion = 0) const;

private:
    QList<Placement> select(const QString &where, const QVariantList &values) const;
    // A new placement's days are only inserted; an update changes the days that differ and
    // removes the ones no longer kept, each through the (placement_id, weekday) key.
    void insertDays(Id placementId, const QList<PlacementDay> &days) const;
    void updateDays(Id placementId, const QList<PlacementDay> &days) const;
    const Database &m_db;
};

} // namespace samenplan
