#pragma once

#include "domain/entities.h"

#include <QList>

namespace samenplan {

class Database;

// Absences of staff (leave, sick, training) and of children (a day off).
class AbsenceRepository {
public:
    explicit AbsenceRepository(const Database &db) : m_db(db) {}
    // Staff absences overlapping [from, to].
    QList<Absence> staffAbsencesBetween(const QDate &from, const QDate &to) const;
    Id insert(const Absence &absence) const;
    void update(const Absence &absence) const;
    void remove(Id id) const;

    QList<ChildAbsence> childAbsencesBetween(const QDate &from, const QDate &to) const;
    Id insert(const ChildAbsence &absence) const;
    void removeChildAbsence(Id id) const;

private:
    const Database &m_db;
};

} // namespace samenplan
