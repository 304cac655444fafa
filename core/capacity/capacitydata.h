#pragma once
// What the capacity questions read (earliest fit, the forecast, what-if scenarios): locations,
// groups, children, the placements running from a date on, referrals and the waiting list, loaded
// in a handful of queries. A scenario changes a copy of it in memory, never the file.

#include "calendar/daycalendar.h"
#include "domain/entities.h"
#include "placement/capacity.h"

#include <QHash>
#include <QList>

namespace samenplan {

class Database;

namespace capacity {

class CapacityData {
public:
    // The records that touch `from` and later.
    static CapacityData load(const Database &db, const QDate &from);

    QDate from;
    QList<Location> locations;
    QList<Group> groups;
    QHash<Id, Child> children;
    QList<Placement> placements;
    QHash<Id, QList<Referral>> referrals; // by child
    QList<WaitingListEntry> waitingList;
    calendar::DayCalendar calendar; // closing days and holidays for five years from `from`

    const Group *group(Id id) const;
    const Location *location(Id id) const;
    // The groups by location, youngest first.
    QList<Group> groupsInOrder() const;
    // The places the group's placements take (placement/capacity.h), leaving out one child's own.
    QList<Placement> placesTaken(Id groupId, Id exceptChild = NoId) const;
    // The referral a youth-care seat could start under on the date, or the first one after it.
    const Referral *referralFrom(Id childId, const QDate &date) const;
};

} // namespace capacity
} // namespace samenplan
