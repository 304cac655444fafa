#include "changes/keptreads.h"

#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"

#include <QHash>

#include <algorithm>

namespace samenplan::changes {

// Lists are kept in the order the repositories give them, so a rule that names the first match
// names the same record with or without kept reads.
struct KeptReads::Kept {
    QDate today = QDate::currentDate();
    bool allLocations = false;
    QList<Location> locations; // by name, id (when allLocations)
    QHash<Id, Location> locationById;
    QHash<Id, Group> groups;
    QHash<Id, QList<Group>> groupsOfLocation; // by name, id
    QHash<Id, Child> children;
    bool allStaff = false;
    QHash<Id, Staff> staff;
    QHash<QString, Id> staffByName; // when allStaff
    bool allProviders = false;
    QHash<Id, YouthCareProvider> providers;
    QHash<QString, Id> providersByName; // when allProviders
    QHash<Id, QList<Referral>> referralsOfChild;   // by start, id
    QHash<Id, QList<Placement>> placementsOfGroup; // by start, id
    QHash<Id, QList<Placement>> placementsOfChild; // by start, id
    QHash<Id, planning::GroupChildren> groupChildren;
};

namespace {

thread_local QHash<const Database *, KeptReads::Kept *> keptByDatabase;

KeptReads::Kept *keptOn(const Database &db)
{
    return keptByDatabase.isEmpty() ? nullptr : keptByDatabase.value(&db);
}

template <typename Record, typename Less>
void insertSorted(QList<Record> &list, const Record &record, Less less)
{
    list.insert(std::upper_bound(list.begin(), list.end(), record, less) - list.begin(), record);
}

bool byName(const auto &a, const auto &b)
{
    return a.name != b.name ? a.name < b.name : a.id < b.id;
}

bool byStart(const auto &a, const auto &b)
{
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

// A stored placement as the repository reads it back: its days by weekday.
Placement asStored(Placement placement)
{
    std::sort(placement.days.begin(), placement.days.end(),
              [](const PlacementDay &a, const PlacementDay &b) { return a.weekday < b.weekday; });
    return placement;
}

// A record by id: kept, or read and kept when found.
template <typename Record, typename Read>
std::optional<Record> keptOrRead(QHash<Id, Record> *kept, Id id, Read read)
{
    if (kept) {
        const auto it = kept->constFind(id);
        if (it != kept->constEnd())
            return *it;
    }
    std::optional<Record> found = read();
    if (kept && found)
        kept->insert(id, *found);
    return found;
}

template <typename Record, typename Read>
QList<Record> keptListOrRead(QHash<Id, QList<Record>> *kept, Id id, Read read)
{
    if (kept) {
        const auto it = kept->constFind(id);
        if (it != kept->constEnd())
            return *it;
    }
    QList<Record> found = read();
    if (kept)
        kept->insert(id, found);
    return found;
}

void loadStaff(const Database &db, KeptReads::Kept &kept)
{
    if (kept.allStaff)
        return;
    for (const Staff &member : StaffRepository(db).all()) { // by name, id: the first of a name wins
        kept.staff.insert(member.id, member);
        if (!kept.staffByName.contains(member.name))
            kept.staffByName.insert(member.name, member.id);
    }
    kept.allStaff = true;
}

void loadProviders(const Database &db, KeptReads::Kept &kept)
{
    if (kept.allProviders)
        return;
    for (const YouthCareProvider &provider : ProviderRepository(db).all()) {
        kept.providers.insert(provider.id, provider);
        if (!kept.providersByName.contains(provider.name))
            kept.providersByName.insert(provider.name, provider.id);
    }
    kept.allProviders = true;
}

} // namespace

KeptReads::KeptReads(const Database &db) : m_db(db)
{
    if (!keptByDatabase.contains(&db)) {
        m_kept = new Kept;
        keptByDatabase.insert(&db, m_kept);
    }
}

KeptReads::~KeptReads()
{
    if (m_kept) {
        keptByDatabase.remove(&m_db);
        delete m_kept;
    }
}

namespace reads {
namespace {

// The birth date of the placement's child, and for a youth-care seat its referrals (when it has
// any), as the place counting reads them.
void addGroupChild(const Database &db, planning::GroupChildren &children, const Placement &p)
{
    if (!children.birthDates.contains(p.childId)) {
        if (const auto found = child(db, p.childId))
            children.birthDates.insert(p.childId, found->birthDate);
    }
    if (p.kind == PlacementKind::YouthCare && !children.referrals.contains(p.childId)) {
        const QList<Referral> referrals = referralsOf(db, p.childId);
        if (!referrals.isEmpty())
            children.referrals.insert(p.childId, referrals);
    }
}

} // namespace

bool keeping(const Database &db)
{
    return keptOn(db) != nullptr;
}

QDate today(const Database &db)
{
    const auto *kept = keptOn(db);
    return kept ? kept->today : QDate::currentDate();
}

QList<Location> locations(const Database &db)
{
    auto *kept = keptOn(db);
    if (kept && kept->allLocations)
        return kept->locations;
    const QList<Location> all = LocationRepository(db).all();
    if (kept) {
        kept->locations = all;
        kept->allLocations = true;
        for (const Location &location : all)
            kept->locationById.insert(location.id, location);
    }
    return all;
}

std::optional<Location> location(const Database &db, Id id)
{
    auto *kept = keptOn(db);
    return keptOrRead(kept ? &kept->locationById : nullptr, id, [&] { return LocationRepository(db).find(id); });
}

std::optional<Group> group(const Database &db, Id id)
{
    auto *kept = keptOn(db);
    return keptOrRead(kept ? &kept->groups : nullptr, id, [&] { return GroupRepository(db).find(id); });
}

QList<Group> groupsOf(const Database &db, Id locationId)
{
    auto *kept = keptOn(db);
    return keptListOrRead(kept ? &kept->groupsOfLocation : nullptr, locationId,
                          [&] { return GroupRepository(db).ofLocation(locationId); });
}

std::optional<Child> child(const Database &db, Id id)
{
    auto *kept = keptOn(db);
    return keptOrRead(kept ? &kept->children : nullptr, id, [&] { return ChildRepository(db).find(id); });
}

std::optional<Staff> staff(const Database &db, Id id)
{
    auto *kept = keptOn(db);
    if (kept)
        loadStaff(db, *kept);
    return keptOrRead(kept ? &kept->staff : nullptr, id, [&] { return StaffRepository(db).find(id); });
}

std::optional<Staff> staffNamed(const Database &db, const QString &name)
{
    auto *kept = keptOn(db);
    if (!kept)
        return StaffRepository(db).findByName(name);
    loadStaff(db, *kept);
    const auto it = kept->staffByName.constFind(name);
    return it == kept->staffByName.constEnd() ? std::nullopt : std::optional<Staff>(kept->staff.value(*it));
}

std::optional<YouthCareProvider> provider(const Database &db, Id id)
{
    auto *kept = keptOn(db);
    if (kept)
        loadProviders(db, *kept);
    return keptOrRead(kept ? &kept->providers : nullptr, id, [&] { return ProviderRepository(db).find(id); });
}

std::optional<YouthCareProvider> providerNamed(const Database &db, const QString &name)
{
    auto *kept = keptOn(db);
    if (!kept)
        return ProviderRepository(db).findByName(name);
    loadProviders(db, *kept);
    const auto it = kept->providersByName.constFind(name);
    return it == kept->providersByName.constEnd() ? std::nullopt
                                                  : std::optional<YouthCareProvider>(kept->providers.value(*it));
}

QList<Referral> referralsOf(const Database &db, Id childId)
{
    auto *kept = keptOn(db);
    return keptListOrRead(kept ? &kept->referralsOfChild : nullptr, childId,
                          [&] { return ReferralRepository(db).ofChild(childId); });
}

QList<Placement> placementsOfGroup(const Database &db, Id groupId)
{
    auto *kept = keptOn(db);
    return keptListOrRead(kept ? &kept->placementsOfGroup : nullptr, groupId,
                          [&] { return PlacementRepository(db).ofGroup(groupId); });
}

QList<Placement> placementsOfChild(const Database &db, Id childId)
{
    auto *kept = keptOn(db);
    return keptListOrRead(kept ? &kept->placementsOfChild : nullptr, childId,
                          [&] { return PlacementRepository(db).ofChild(childId); });
}

void added(const Database &db, const Location &location)
{
    if (auto *kept = keptOn(db)) {
        kept->locationById.insert(location.id, location);
        if (kept->allLocations)
            insertSorted(kept->locations, location, byName<Location, Location>);
        kept->groupsOfLocation.insert(location.id, {});
    }
}

void added(const Database &db, const Group &group)
{
    if (auto *kept = keptOn(db)) {
        kept->groups.insert(group.id, group);
        if (kept->groupsOfLocation.contains(group.locationId))
            insertSorted(kept->groupsOfLocation[group.locationId], group, byName<Group, Group>);
        kept->placementsOfGroup.insert(group.id, {});
    }
}

void added(const Database &db, const Child &child)
{
    if (auto *kept = keptOn(db)) {
        kept->children.insert(child.id, child);
        kept->referralsOfChild.insert(child.id, {});
        kept->placementsOfChild.insert(child.id, {});
    }
}

void added(const Database &db, const Staff &staff)
{
    if (auto *kept = keptOn(db)) {
        kept->staff.insert(staff.id, staff);
        if (kept->allStaff && !kept->staffByName.contains(staff.name))
            kept->staffByName.insert(staff.name, staff.id);
    }
}

void added(const Database &db, const YouthCareProvider &provider)
{
    if (auto *kept = keptOn(db)) {
        kept->providers.insert(provider.id, provider);
        if (kept->allProviders && !kept->providersByName.contains(provider.name))
            kept->providersByName.insert(provider.name, provider.id);
    }
}

void added(const Database &db, const Referral &referral)
{
    if (auto *kept = keptOn(db)) {
        if (kept->referralsOfChild.contains(referral.childId))
            insertSorted(kept->referralsOfChild[referral.childId], referral, byStart<Referral, Referral>);
        // The groups whose children now have other referrals are counted again when next asked.
        const auto placements = kept->placementsOfChild.constFind(referral.childId);
        if (placements == kept->placementsOfChild.constEnd()) {
            kept->groupChildren.clear();
        } else {
            for (const Placement &p : *placements)
                kept->groupChildren.remove(p.groupId);
        }
    }
}

void placementWritten(const Database &db, const std::optional<Placement> &before, const std::optional<Placement> &after)
{
    auto *kept = keptOn(db);
    if (!kept)
        return;
    if (before) {
        kept->groupChildren.remove(before->groupId); // its child may have left the group
        const Id id = before->id;
        auto drop = [id](QList<Placement> &list) { list.removeIf([id](const Placement &p) { return p.id == id; }); };
        if (kept->placementsOfGroup.contains(before->groupId))
            drop(kept->placementsOfGroup[before->groupId]);
        if (kept->placementsOfChild.contains(before->childId))
            drop(kept->placementsOfChild[before->childId]);
    }
    if (after) {
        const Placement placement = asStored(*after);
        if (kept->placementsOfGroup.contains(placement.groupId))
            insertSorted(kept->placementsOfGroup[placement.groupId], placement, byStart<Placement, Placement>);
        if (kept->placementsOfChild.contains(placement.childId))
            insertSorted(kept->placementsOfChild[placement.childId], placement, byStart<Placement, Placement>);
        if (kept->groupChildren.contains(placement.groupId))
            addGroupChild(db, kept->groupChildren[placement.groupId], placement);
    }
}

std::optional<planning::GroupChildren> keptGroupChildren(const Database &db, Id groupId)
{
    auto *kept = keptOn(db);
    if (!kept)
        return std::nullopt;
    if (const auto it = kept->groupChildren.constFind(groupId); it != kept->groupChildren.constEnd())
        return *it;
    planning::GroupChildren children;
    for (const Placement &p : placementsOfGroup(db, groupId))
        addGroupChild(db, children, p);
    kept->groupChildren.insert(groupId, children);
    return children;
}

void changed(const Database &db)
{
    if (auto *kept = keptOn(db)) {
        const QDate today = kept->today;
        *kept = KeptReads::Kept();
        kept->today = today;
    }
}

} // namespace reads
} // namespace samenplan::changes
