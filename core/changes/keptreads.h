#pragma once
// What the door reads of what is stored (internal to core/changes/), and the reads it keeps while
// one transaction makes many changes.
//
// An import adds thousands of rows in one transaction, and each row's rules look up the records it
// links to: the shift's staff member and group, the placement's group, location, child, referrals
// and the group's other placements. Open a KeptReads on the database (inside the transaction, for
// as long as it runs) and the door reads each of those records from the database once, and knows
// the records it added itself without reading them back. Every rule is still checked for every
// change, against the same records: only the repeated reads are saved. An update or removal of a
// location, group, child, provider, referral or staff member through the door drops everything kept
// (the kept reads are for a transaction that adds); placements are kept up to date change by change.

#include "domain/entities.h"
#include "placement/capacity.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

namespace changes {

class KeptReads {
public:
    // Keeps reads of db until destroyed. One at a time per database: a second one opened while the
    // first is open keeps nothing of its own.
    explicit KeptReads(const Database &db);
    ~KeptReads();
    KeptReads(const KeptReads &) = delete;
    KeptReads &operator=(const KeptReads &) = delete;

    struct Kept; // the records kept (keptreads.cpp)

private:
    const Database &m_db;
    Kept *m_kept = nullptr; // null when another KeptReads was open on db already
};

// The door's reads: from what is kept when a KeptReads is open on db, else from the database.
namespace reads {

// True while a KeptReads is open on db.
bool keeping(const Database &db);
QDate today(const Database &db); // read once while reads are kept: the day of the whole transaction
QList<Location> locations(const Database &db);
std::optional<Location> location(const Database &db, Id id);
std::optional<Group> group(const Database &db, Id id);
QList<Group> groupsOf(const Database &db, Id locationId);
std::optional<Child> child(const Database &db, Id id);
std::optional<Staff> staff(const Database &db, Id id);
std::optional<Staff> staffNamed(const Database &db, const QString &name);
std::optional<YouthCareProvider> provider(const Database &db, Id id);
std::optional<YouthCareProvider> providerNamed(const Database &db, const QString &name);
QList<Referral> referralsOf(const Database &db, Id childId);
QList<Placement> placementsOfGroup(const Database &db, Id groupId);
QList<Placement> placementsOfChild(const Database &db, Id childId);
// What the place counting reads about the children placed in a group (the kept reads only: null
// while none are kept): built from the reads above on first use, then brought up to date with
// each placement and referral the door writes.
std::optional<planning::GroupChildren> keptGroupChildren(const Database &db, Id groupId);

// What the door wrote, for the reads kept (each does nothing while none are kept).
void added(const Database &db, const Location &location);
void added(const Database &db, const Group &group);
void added(const Database &db, const Child &child);
void added(const Database &db, const Staff &staff);
void added(const Database &db, const YouthCareProvider &provider);
void added(const Database &db, const Referral &referral);
// A placement written: before is the stored one it replaces (none for a new one), after what is
// stored now (none when removed).
void placementWritten(const Database &db, const std::optional<Placement> &before, const std::optional<Placement> &after);
// Any other update or removal: everything kept is dropped.
void changed(const Database &db);

} // namespace reads
} // namespace changes
} // namespace samenplan
