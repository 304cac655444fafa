#pragma once
// A random location week for property tests: locations with their opening hours, groups of
// several ages (day care, pre-school, out-of-school), children arriving and leaving at odd
// quarter (and some five-minute) times, placements starting and ending around the week, child
// absences, staff of every role (some marked as counting, some not), shifts with breaks, double
// entries and off-floor shifts, and whole-day and partial-day absences. The same seed gives the
// same week. Everything is written to the database in one transaction and also kept here as plain
// records, so a test can compute what it expects from the records themselves.

#include "domain/entities.h"
#include "util/clock.h"

#include <QHash>
#include <QList>
#include <QTemporaryDir>

namespace samenplan {
class Database;
}

struct RandomWeek {
    samenplan::IsoWeek week;
    QList<samenplan::Location> locations;
    QList<samenplan::Group> groups;
    QHash<samenplan::Id, samenplan::Child> children;
    QList<samenplan::Placement> placements;
    QList<samenplan::ChildAbsence> childAbsences;
    QList<samenplan::Staff> staff;
    QList<samenplan::Shift> shifts;
    QList<samenplan::Absence> absences;
};

RandomWeek writeRandomWeek(quint32 seed, const samenplan::Database &db);

// Fresh empty databases for many cases: one made once and copied, in memory (/dev/shm) where the
// system offers it, so hundreds of cases do not wait for the disk.
class ScratchDatabases {
public:
    ScratchDatabases();
    // The path of a new empty database file (closed).
    QString fresh(const QString &name) const;

private:
    QTemporaryDir m_dir;
    QString m_empty;
};
