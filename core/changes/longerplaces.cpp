// How long a placement takes its place depends on the child's birth date (the group's age range)
// and, for a youth-care seat, on its referrals (placement/capacity.h). A change to either that makes
// a place last longer is refused when the group has no room for the longer stay.

#include "changes/doorsupport.h"
#include "changes/placementchanges.h"

#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "placement/capacity.h"

#include <QLocale>

namespace samenplan::changes {

void checkLongerPlaces(const Database &db, Id childId, const QDate &birthDate, const QList<Referral> &referrals,
                       const QString &field)
{
    const PlacementRepository placements(db);
    for (const Placement &placement : placements.ofChild(childId)) {
        const auto group = GroupRepository(db).find(placement.groupId);
        if (!group)
            continue;
        planning::GroupChildren children = loadGroupChildren(db, group->id);
        const QDate was = planning::placeTakenUntil(*group, placement, children.birthDates.value(childId),
                                                    children.referrals.value(childId));
        const QDate will = planning::placeTakenUntil(*group, placement, birthDate, referrals);
        if (was.isNull() || (will.isValid() && will <= was))
            continue; // not longer than before
        children.birthDates.insert(childId, birthDate);
        children.referrals.insert(childId, referrals);
        const QList<Placement> taken = planning::placesTaken(*group, placements.ofGroup(group->id), children);
        const QDate from = std::max(was.addDays(1), placement.start);
        WeekdayMask days = 0;
        for (const PlacementDay &day : placement.days)
            days |= weekdayBit(day.weekday);
        if (const auto breach = planning::firstCapacityBreach(*group, taken, from, will, days))
            refuse(breach->rule, field,
                   DoorText::tr("The place in %1 would then stay taken after %2, but the group has no room for it: %3.")
                       .arg(group->name, QLocale().toString(was, QStringLiteral("d MMM yyyy")),
                            planning::describeBreach(*breach, from)));
    }
}

} // namespace samenplan::changes
