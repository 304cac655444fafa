#pragma once
// When a waiting-list wish fits (issue #16): the same earliest fit as `samenplan-cli fit`
// (earliestfit.h), for the wish an entry stands for, as the overview and the waiting list show it:
// the wished group's answer and the group that fits first.

#include "capacity/earliestfit.h"

#include <optional>

namespace samenplan::capacity {

struct EntryFit {
    FitWish wish;
    std::optional<GroupFit> wished; // the wished group's answer; none when any group will do
    std::optional<GroupFit> first;  // the group that fits first (the wished one on a tie)
    // Why the wished group (else the group that fits first, else the first group) does not fit
    // at the wished start; empty when it does.
    QStringList reasons;
};

// The entry's wish (wishOf) from its wished start, not before notBefore (when valid), among the
// groups of one location (locationId) or of every location (NoId).
EntryFit fitOfEntry(const CapacityData &data, const WaitingListEntry &entry, Id locationId = NoId,
                    const QDate &notBefore = {});

} // namespace samenplan::capacity
