#include "capacity/capacitydata.h"

#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/waitinglistrepository.h"

#include <algorithm>
#include <tuple>

namespace samenplan::capacity {

CapacityData CapacityData::load(const Database &db, const QDate &from)
{
    CapacityData data;
    data.from = from;
    data.locations = LocationRepository(db).all();
    data.groups = GroupRepository(db).all();
    for (const Child &child : ChildRepository(db).all())
        data.children.insert(child.id, child);
    data.placements = PlacementRepository(db).activeBetween(from, QDate(9999, 12, 31));
    for (const Referral &referral : ReferralRepository(db).all())
        data.referrals[referral.childId].append(referral);
    data.waitingList = WaitingListRepository(db).all();
    data.calendar = calendar::DayCalendar::load(db, from, from.addMonths(61));
    return data;
}

const Group *CapacityData::group(Id id) const
{
    for (const Group &g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const Location *CapacityData::location(Id id) const
{
    for (const Location &l : locations) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QList<Group> CapacityData::groupsInOrder() const
{
    QList<Group> ordered = groups;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Group &a, const Group &b) {
        return std::tie(a.locationId, a.minAgeMonths, a.maxAgeMonths) < std::tie(b.locationId, b.minAgeMonths, b.maxAgeMonths);
    });
    return ordered;
}

QList<Placement> CapacityData::placesTaken(Id groupId, Id exceptChild) const
{
    const Group *g = group(groupId);
    if (!g)
        return {};
    QList<Placement> ofGroup;
    planning::GroupChildren about;
    for (const Placement &p : placements) {
        if (p.groupId != groupId || (exceptChild != NoId && p.childId == exceptChild))
            continue;
        ofGroup.append(p);
        about.birthDates.insert(p.childId, children.value(p.childId).birthDate);
        if (p.kind == PlacementKind::YouthCare)
            about.referrals.insert(p.childId, referrals.value(p.childId));
    }
    return planning::placesTaken(*g, ofGroup, about);
}

const Referral *CapacityData::referralFrom(Id childId, const QDate &date) const
{
    const auto it = referrals.constFind(childId);
    if (it == referrals.constEnd())
        return nullptr;
    const Referral *found = nullptr;
    for (const Referral &r : *it) {
        if (r.plannedEnd < date)
            continue;
        if (!found || (r.activeOn(date) && !found->activeOn(date)) || (!found->activeOn(date) && r.start < found->start))
            found = &r;
    }
    return found;
}

} // namespace samenplan::capacity
