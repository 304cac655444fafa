// The earliest fit of a waiting-list wish at a location (weekoverview.h), as capacity/entryfit.h
// computes it for the command line and the waiting list too.

#include "overview/weekoverview.h"

#include "capacity/entryfit.h"

namespace samenplan::overview {

WaitingWish fitWish(const capacity::CapacityData &data, const WaitingListEntry &entry, Id locationId, const QDate &notBefore)
{
    WaitingWish wish;
    wish.entry = entry;
    const auto child = data.children.constFind(entry.childId);
    if (child == data.children.constEnd())
        return wish;
    wish.child = child->displayName();
    wish.birthDate = child->birthDate;
    if (const Group *wished = data.group(entry.preferredGroupId))
        wish.wishedGroup = wished->name;

    const capacity::EntryFit fit = capacity::fitOfEntry(data, entry, locationId, notBefore);
    wish.youthCare = fit.wish.youthCare;
    if (fit.wished && fit.wished->earliestStart.isValid())
        wish.wishedEarliest = fit.wished->earliestStart;
    if (fit.first) {
        wish.earliest = fit.first->earliestStart;
        wish.fitGroupId = fit.first->groupId;
        wish.fitGroup = fit.first->group;
    }
    wish.reason = fit.reasons.join(QLatin1Char(' '));
    return wish;
}

} // namespace samenplan::overview
