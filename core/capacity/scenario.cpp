#include "capacity/scenario.h"

#include "capacity/entryfit.h"

#include <QSet>

#include <algorithm>

namespace samenplan::capacity {

WaitingListScenario placeWaitingList(const CapacityData &plan, const QDate &notBefore)
{
    WaitingListScenario scenario{plan, {}, {}};
    QList<WaitingListEntry> order = plan.waitingList;
    std::stable_sort(order.begin(), order.end(), [](const WaitingListEntry &a, const WaitingListEntry &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.wishedStart < b.wishedStart;
    });
    Id nextId = -1;
    QSet<Id> placedChildren;
    for (const WaitingListEntry &entry : std::as_const(order)) {
        if (placedChildren.contains(entry.childId))
            continue; // a second wish of a child placed by its first: it stays on the waiting list
        const EntryFit fit = fitOfEntry(scenario.data, entry, NoId, notBefore);
        const std::optional<GroupFit> chosen =
            fit.wished && fit.wished->earliestStart.isValid() ? fit.wished : fit.first;
        if (!chosen || !chosen->earliestStart.isValid()) {
            scenario.unplaced.append(entry);
            continue;
        }
        TentativePlacement tentative;
        tentative.entry = entry;
        tentative.child = scenario.data.children.value(entry.childId).displayName();
        tentative.group = chosen->group;
        tentative.location = chosen->location;
        Placement &p = tentative.placement;
        p.id = nextId--;
        p.childId = entry.childId;
        p.groupId = chosen->groupId;
        p.start = chosen->earliestStart;
        p.kind = fit.wish.youthCare ? PlacementKind::YouthCare : PlacementKind::Regular;
        p.days = chosen->days;
        scenario.data.placements.append(p);
        scenario.data.waitingList.removeIf([&entry](const WaitingListEntry &e) { return e.id == entry.id; });
        scenario.placed.append(tentative);
        placedChildren.insert(entry.childId);
    }
    return scenario;
}

} // namespace samenplan::capacity
