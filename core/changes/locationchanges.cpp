// The door for locations and groups.

#include "changes/doorsupport.h"
#include "changes/keptreads.h"
#include "changes/placementchanges.h"
#include "changes/recordchanges.h"

#include "domain/validation.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "placement/capacity.h"
#include "util/clock.h"

#include <QLocale>

namespace samenplan::changes {
namespace {

void checkLrkFree(const Database &db, const Location &location)
{
    enforce(checkLocation(location));
    for (const Location &other : reads::locations(db)) {
        if (other.id != location.id && other.lrkNumber == location.lrkNumber)
            refuse(doorrule::Duplicate, QStringLiteral("lrk"),
                   DoorText::tr("LRK number %1 already belongs to %2.").arg(location.lrkNumber, other.name));
    }
}

// Placements running from today on must keep to the location's opening hours.
void checkPlacementsWithinHours(const Database &db, const Location &location)
{
    const QDate today = QDate::currentDate();
    for (const Group &group : GroupRepository(db).ofLocation(location.id)) {
        for (const Placement &placement : PlacementRepository(db).ofGroup(group.id)) {
            if (placement.end.isValid() && placement.end < today)
                continue;
            for (const PlacementDay &day : placement.days) {
                const auto open = location.hoursOn(day.weekday);
                if (!open || day.hours.from < open->from || day.hours.to > open->to)
                    refuse(doorrule::OpeningHours, QStringLiteral("opens"),
                           DoorText::tr("A placement in %1 on %2 (%3) falls outside the new opening hours; change "
                                        "that placement first.")
                               .arg(group.name, QLocale().dayName(day.weekday), formatRange(day.hours)));
            }
        }
    }
}

void checkGroupName(const Database &db, const Group &group)
{
    enforce(checkGroup(group));
    stored(reads::location(db, group.locationId), QStringLiteral("location"));
    for (const Group &other : reads::groupsOf(db, group.locationId)) {
        if (other.id != group.id && other.name.compare(group.name.trimmed(), Qt::CaseInsensitive) == 0)
            refuse(doorrule::Duplicate, QStringLiteral("group"),
                   DoorText::tr("The location already has a group called %1.").arg(other.name));
    }
}

} // namespace

Id add(const Database &db, const Location &location)
{
    checkLrkFree(db, location);
    Location added = location;
    added.id = LocationRepository(db).insert(location);
    reads::added(db, added);
    return added.id;
}

void update(const Database &db, const Location &location)
{
    stored(LocationRepository(db).find(location.id), QStringLiteral("location"));
    checkLrkFree(db, location);
    checkPlacementsWithinHours(db, location);
    reads::changed(db);
    LocationRepository(db).update(location);
}

void remove(const Database &db, const Location &location)
{
    stored(LocationRepository(db).find(location.id), QStringLiteral("location"));
    if (!GroupRepository(db).ofLocation(location.id).isEmpty())
        refuse(doorrule::InUse, QStringLiteral("location"),
               DoorText::tr("%1 still has groups; remove or move them first.").arg(location.name));
    reads::changed(db);
    LocationRepository(db).remove(location.id);
}

Id add(const Database &db, const Group &group)
{
    checkGroupName(db, group);
    Group added = group;
    added.id = NoId;
    added.name = group.name.trimmed();
    added.id = GroupRepository(db).insert(added);
    reads::added(db, added);
    return added.id;
}

namespace {

// From the archive date on the group holds no child: every placement has ended the day before.
void checkArchive(const Database &db, const Group &group, const QList<Placement> &placements)
{
    if (!group.archivedFrom.isValid())
        return;
    QStringList running;
    for (const Placement &placement : placements) {
        if (placement.end.isNull() || placement.end >= group.archivedFrom) {
            const auto child = ChildRepository(db).find(placement.childId);
            running << (child ? child->displayName() : DoorText::tr("a child"));
        }
    }
    if (running.isEmpty())
        return;
    running.removeDuplicates();
    refuse(doorrule::Archived, QStringLiteral("archived_from"),
           DoorText::tr("%n child(ren) still in %1 on %2: %3. Move them to another group or end their placements "
                        "before the group is archived.", nullptr, int(running.size()))
               .arg(group.name, QLocale().toString(group.archivedFrom, QLocale::ShortFormat),
                    running.join(QStringLiteral(", "))));
}

} // namespace

void update(const Database &db, const Group &group)
{
    const Group before = stored(GroupRepository(db).find(group.id), QStringLiteral("group"));
    checkGroupName(db, group);
    // Smaller limits must still hold the placements from today on, at every moment.
    const QList<Placement> placements = PlacementRepository(db).ofGroup(group.id);
    checkArchive(db, group, placements);
    const QList<Placement> taken = planning::placesTaken(group, placements, loadGroupChildren(db, group.id));
    if (const auto breach = planning::firstCapacityBreach(group, taken, QDate::currentDate(), {}, 0x7f)) {
        const QString field = breach->rule == doorrule::YouthCareSeats ? QStringLiteral("youth_care_seats")
                                                                        : QStringLiteral("max_children");
        refuse(breach->rule, field,
               DoorText::tr("The placements do not fit the new limits: %1.")
                   .arg(planning::describeBreach(*breach, QDate::currentDate())));
    }
    if (group.locationId != before.locationId && !placements.isEmpty())
        refuse(doorrule::InUse, QStringLiteral("location"),
               DoorText::tr("%1 has placements; a group with children moves to another location only by moving the "
                            "children.").arg(before.name));
    reads::changed(db);
    GroupRepository(db).update(group);
}

void remove(const Database &db, const Group &group)
{
    const Group before = stored(GroupRepository(db).find(group.id), QStringLiteral("group"));
    if (!PlacementRepository(db).ofGroup(group.id).isEmpty())
        refuse(doorrule::InUse, QStringLiteral("group"),
               DoorText::tr("%1 has placements, which the location's records keep; it cannot be removed. Archive it "
                            "from a date instead.").arg(before.name));
    reads::changed(db);
    GroupRepository(db).remove(group.id);
}

void archive(const Database &db, Id groupId, const QDate &from)
{
    Group group = stored(GroupRepository(db).find(groupId), QStringLiteral("group"));
    if (!from.isValid())
        refuse(doorrule::Record, QStringLiteral("archived_from"), DoorText::tr("Choose the date from which the group is archived."));
    group.archivedFrom = from;
    update(db, group);
}

} // namespace samenplan::changes
