#pragma once
// What if the waiting list were placed (issue #16 item 3), in memory only: each entry in turn (the
// highest priority first, then the earliest wished start) is placed from its earliest fit
// (entryfit.h) in its wished group when that fits, else in the group that fits first, and counts
// for the entries after it. The result is a copy of the plan's data with those placements added and
// the placed entries off its waiting list; nothing is written to the file. A child with two wishes
// is placed once, by the first in that order.

#include "capacity/capacitydata.h"

#include <QStringList>

namespace samenplan::capacity {

struct TentativePlacement {
    WaitingListEntry entry;
    QString child;
    QString group;
    QString location;
    Placement placement; // id < 0: not stored
};

struct WaitingListScenario {
    CapacityData data;               // the plan with the tentative placements
    QList<TentativePlacement> placed; // in the order placed
    QList<WaitingListEntry> unplaced; // nothing fits within capacity::FitHorizonMonths
};

// The entries' order, wishes from notBefore on (when valid).
WaitingListScenario placeWaitingList(const CapacityData &plan, const QDate &notBefore = {});

} // namespace samenplan::capacity
