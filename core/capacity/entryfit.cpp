#include "capacity/entryfit.h"

namespace samenplan::capacity {

EntryFit fitOfEntry(const CapacityData &data, const WaitingListEntry &entry, Id locationId, const QDate &notBefore)
{
    EntryFit result;
    result.wish = wishOf(data, entry);
    if (notBefore.isValid() && result.wish.from < notBefore)
        result.wish.from = notBefore;
    result.wish.locationId = locationId;

    QList<GroupFit> fits;
    if (entry.preferredGroupId != NoId) {
        // The wished group answers whatever its care type, so that it says why not.
        const QList<GroupFit> wished = earliestFits(data, result.wish);
        if (!wished.isEmpty()) {
            result.wished = wished.first();
            fits.append(wished.first()); // first in the list: it wins a tie
        }
    }
    FitWish any = result.wish;
    any.groupId = NoId;
    for (const GroupFit &fit : earliestFits(data, any)) {
        if (fit.groupId != entry.preferredGroupId)
            fits.append(fit);
    }
    result.first = firstFit(fits);
    if (result.wished)
        result.reasons = result.wished->reasons;
    else if (result.first)
        result.reasons = result.first->reasons;
    else if (!fits.isEmpty())
        result.reasons = fits.first().reasons;
    return result;
}

} // namespace samenplan::capacity
