// The earliest fit of a waiting-list wish at a location (weekoverview.h).

#include "overview/weekoverview.h"

#include "changes/placementchanges.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/referralrepository.h"
#include "placement/earliestfit.h"

#include <algorithm>

namespace samenplan::overview {

WaitingWish fitWish(const Database &db, const WaitingListEntry &entry, const QList<Group> &groups, const Location &location,
                    const QDate &notBefore)
{
    WaitingWish wish;
    wish.entry = entry;
    const auto child = ChildRepository(db).find(entry.childId);
    if (!child)
        return wish;
    wish.child = child->displayName();
    wish.birthDate = child->birthDate;
    const QDate from = std::max(entry.wishedStart, notBefore);
    for (const Referral &referral : ReferralRepository(db).ofChild(entry.childId))
        wish.youthCare = wish.youthCare || referral.plannedEnd >= from;
    if (entry.preferredGroupId != NoId) {
        if (const auto wished = GroupRepository(db).find(entry.preferredGroupId))
            wish.wishedGroup = wished->name;
    }

    Placement proposal;
    proposal.childId = entry.childId;
    proposal.kind = wish.youthCare ? PlacementKind::YouthCare : PlacementKind::Regular;
    for (int day = 1; day <= 7; ++day) {
        const auto open = location.hoursOn(day);
        if (open && (entry.days == 0 || (entry.days & weekdayBit(day))))
            proposal.days.append({day, *open});
    }
    // The wished group first, so it wins a tie.
    QList<Group> order = groups;
    std::stable_partition(order.begin(), order.end(), [&entry](const Group &g) { return g.id == entry.preferredGroupId; });
    const changes::PlacementChanges door(db);
    QString firstReason;
    for (const Group &group : std::as_const(order)) {
        proposal.groupId = group.id;
        const planning::FitAnswer answer =
            planning::earliestFit(door.context(group.id, entry.childId), proposal, from, from.addMonths(FitHorizonMonths));
        if (firstReason.isEmpty())
            firstReason = answer.reason;
        if (group.id == entry.preferredGroupId) {
            wish.reason = answer.reason;
            wish.wishedEarliest = answer.earliest;
        }
        if (answer.earliest && (!wish.earliest || *answer.earliest < *wish.earliest)) {
            wish.earliest = answer.earliest;
            wish.fitGroupId = group.id;
            wish.fitGroup = group.name;
            if (entry.preferredGroupId == NoId)
                wish.reason = answer.reason; // why not at once in the group that fits first
        }
    }
    if (entry.preferredGroupId == NoId && !wish.earliest)
        wish.reason = firstReason;
    return wish;
}

} // namespace samenplan::overview
