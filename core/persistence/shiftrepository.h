#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

// Shifts with their breaks.
class ShiftRepository {
public:
    explicit ShiftRepository(const Database &db) : m_db(db) {}
    QList<Shift> between(const QDate &from, const QDate &to) const; // by date, start, staff
    QList<Shift> ofStaff(Id staffId, const QDate &from, const QDate &to) const;
    // The shifts of [from, to] on the location's groups, in the order of between().
    QList<Shift> betweenAt(Id locationId, const QDate &from, const QDate &to) const;
    std::optional<Shift> find(Id id) const;
    Id insert(const Shift &shift) const;
    // As PlacementRepository: only while the row's version is still shift.rowVersion (any when 0).
    bool update(const Shift &shift) const; // replaces the breaks
    bool remove(Id id, int rowVersion = 0) const;

private:
    QList<Shift> select(const QString &where, const QVariantList &values) const;
    void insertBreaks(Id shiftId, const QList<TimeRange> &breaks) const;
    // Rewrites the breaks (found through their shift_id index) only when they changed.
    void updateBreaks(Id shiftId, const QList<TimeRange> &breaks) const;
    const Database &m_db;
};

} // namespace samenplan
