#pragma once
// When does a child fit (issue #16)? For a wish (birth date or expected birth date, weekdays with
// times, a wished start, a wished group or any, a regular place or a youth-care seat), per group of
// a care type the child's age suits within the months looked ahead: the earliest date, from the
// wished start on, from which every wished weekday fits every moment of every week after it, for as
// long as the child would take the place (until it leaves the group's age range, a youth-care seat
// also until its trajectory ends). The same places per moment, age range, opening hours and seats
// the change layer refuses a placement with (placement/placementrules.h, capacity.h); each other
// child's place counts as taken until placeTakenUntil. The date need not fall on a wished weekday.

#include "capacity/capacitydata.h"

#include <QStringList>

namespace samenplan::capacity {

struct FitWish {
    QDate birthDate;               // or the expected birth date
    QList<PlacementDay> days;      // wished weekdays; hours not valid: the location's opening hours
    QDate from;                    // the wished start
    Id groupId = NoId;             // a wished group, or any
    Id locationId = NoId;          // only this location's groups, or every location's
    bool youthCare = false;        // a youth-care seat instead of a regular place
    Id childId = NoId;             // a known child: its own placements and referrals are read
    int trajectoryMonths = 9;      // a youth-care seat's length when the child has no referral yet
};

struct GroupFit {
    Id groupId = NoId;
    QString group;
    QString location;
    QDate earliestStart;  // null: nothing fits within the months looked ahead
    QStringList reasons;  // why not earlier, or why not at all; no child is named
    QList<PlacementDay> days; // the wished days at the hours they were fitted with
};

inline constexpr int FitHorizonMonths = 24;

// One entry per group whose care type suits the child within the horizon (or the wished group
// alone, whatever its care type), in the groups' order.
QList<GroupFit> earliestFits(const CapacityData &data, const FitWish &wish, int horizonMonths = FitHorizonMonths);

// The wish a waiting-list entry stands for: the child's birth date, its days at the location's
// hours, its wished start and group, and a youth-care seat when it has a referral running then or later.
FitWish wishOf(const CapacityData &data, const WaitingListEntry &entry);

// The fit that starts first (ties: the first in the list); nullopt when none fits.
std::optional<GroupFit> firstFit(const QList<GroupFit> &fits);

} // namespace samenplan::capacity
