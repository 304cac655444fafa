// The door for coaching sessions and external coaches.

#include "changes/doorsupport.h"
#include "changes/recordchanges.h"

#include "coaching/series.h"
#include "domain/validation.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/staffrepository.h"

#include <QHash>

namespace samenplan::changes {
namespace {

void checkSession(const Database &db, const CoachingSession &session)
{
    QHash<Id, Staff> staff;
    for (Id id : session.coacheeIds)
        staff.insert(id, stored(StaffRepository(db).find(id), QStringLiteral("coachees")));
    if (session.coachStaffId != NoId)
        staff.insert(session.coachStaffId, stored(StaffRepository(db).find(session.coachStaffId), QStringLiteral("coach")));
    if (session.externalCoachId != NoId) {
        bool found = false;
        for (const ExternalCoach &coach : CoachingRepository(db).externalCoaches())
            found = found || coach.id == session.externalCoachId;
        if (!found)
            refuse(doorrule::NotFound, QStringLiteral("coach"), DoorText::tr("The external coach no longer exists."));
    }
    if (session.groupId != NoId)
        stored(GroupRepository(db).find(session.groupId), QStringLiteral("group"));
    if (session.focusChildId != NoId)
        stored(ChildRepository(db).find(session.focusChildId), QStringLiteral("focus_child"));
    if (const QString reason = coaching::validateSession(session, staff); !reason.isEmpty())
        refuse(doorrule::Record, QStringLiteral("session"), reason);
    Outcome texts;
    checkText(texts, QStringLiteral("goal"), session.goal, MaxNoteLength, false);
    checkText(texts, QStringLiteral("cancel_reason"), session.cancelReason, MaxNoteLength, false);
    checkText(texts, QStringLiteral("notes"), session.notes, MaxNoteLength, false);
    checkText(texts, QStringLiteral("follow_up"), session.followUp, MaxNoteLength, false);
    enforce(texts);
}

} // namespace

Id add(const Database &db, const CoachingSession &session)
{
    checkSession(db, session);
    CoachingSession added = session;
    added.id = NoId;
    return CoachingRepository(db).insert(added);
}

void update(const Database &db, const CoachingSession &session)
{
    stored(CoachingRepository(db).find(session.id), QStringLiteral("session"));
    checkSession(db, session);
    CoachingRepository(db).update(session);
}

void remove(const Database &db, const CoachingSession &session)
{
    CoachingRepository(db).remove(session.id);
}

Id add(const Database &db, const ExternalCoach &coach)
{
    enforce(checkExternalCoach(coach));
    ExternalCoach added = coach;
    added.id = NoId;
    return CoachingRepository(db).insert(added);
}

void update(const Database &db, const ExternalCoach &coach)
{
    enforce(checkExternalCoach(coach));
    CoachingRepository(db).update(coach);
}

void remove(const Database &db, const ExternalCoach &coach)
{
    CoachingRepository(db).removeExternalCoach(coach.id);
}

} // namespace samenplan::changes
