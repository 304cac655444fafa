// The door for children, the waiting list and fixed faces.

#include "changes/doorsupport.h"
#include "changes/keptreads.h"
#include "changes/recordchanges.h"

#include "domain/validation.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"
#include "persistence/waitinglistrepository.h"

namespace samenplan::changes {

const Outcome &enforce(const Outcome &outcome)
{
    if (!outcome.allowed())
        throw ChangeRefused(outcome);
    return outcome;
}

Id add(const Database &db, const Child &child)
{
    enforce(checkChild(child, reads::today(db)));
    Child added = child;
    added.id = ChildRepository(db).insert(child);
    reads::added(db, added);
    return added.id;
}

void update(const Database &db, const Child &child)
{
    stored(ChildRepository(db).find(child.id), QStringLiteral("child"));
    enforce(checkChild(child, reads::today(db)));
    checkLongerPlaces(db, child.id, child.birthDate, ReferralRepository(db).ofChild(child.id), QStringLiteral("birth_date"));
    reads::changed(db);
    ChildRepository(db).update(child);
}

void remove(const Database &db, const Child &child)
{
    stored(ChildRepository(db).find(child.id), QStringLiteral("child"));
    if (!PlacementRepository(db).ofChild(child.id).isEmpty())
        refuse(doorrule::InUse, QStringLiteral("child"),
               DoorText::tr("%1 has placements, which the location's records keep; end the placements, or erase the "
                            "child's personal data on request.").arg(child.displayName()));
    reads::changed(db);
    ChildRepository(db).remove(child.id);
}

static void checkEntryLinks(const Database &db, const WaitingListEntry &entry)
{
    enforce(checkWaitingListEntry(entry));
    stored(ChildRepository(db).find(entry.childId), QStringLiteral("child"));
    if (entry.preferredGroupId != NoId)
        stored(GroupRepository(db).find(entry.preferredGroupId), QStringLiteral("group"));
}

Id add(const Database &db, const WaitingListEntry &entry)
{
    checkEntryLinks(db, entry);
    WaitingListEntry added = entry;
    added.id = NoId;
    return WaitingListRepository(db).insert(added);
}

void update(const Database &db, const WaitingListEntry &entry)
{
    checkEntryLinks(db, entry);
    WaitingListRepository(db).update(entry);
}

void remove(const Database &db, const WaitingListEntry &entry)
{
    WaitingListRepository(db).remove(entry.id);
}

void setFixedFacesOfChild(const Database &db, Id childId, const QList<Id> &staffIds)
{
    stored(ChildRepository(db).find(childId), QStringLiteral("child"));
    for (Id staffId : staffIds)
        stored(StaffRepository(db).find(staffId), QStringLiteral("staff"));
    StaffRepository(db).setFixedFaces(childId, staffIds);
}

void setFixedFacesOfStaff(const Database &db, Id staffId, const QList<Id> &childIds)
{
    stored(StaffRepository(db).find(staffId), QStringLiteral("staff"));
    for (Id childId : childIds)
        stored(ChildRepository(db).find(childId), QStringLiteral("child"));
    StaffRepository(db).setFixedFaceChildren(staffId, childIds);
}

} // namespace samenplan::changes
