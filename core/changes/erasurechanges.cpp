// The door for erasing a child (see erasure.h).

#include "changes/erasure.h"

#include "changes/doorsupport.h"
#include "changes/keptreads.h"

#include "persistence/absencerepository.h"
#include "persistence/attendancerepository.h"
#include "persistence/auditlogrepository.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/scenariorepository.h"
#include "persistence/staffrepository.h"
#include "persistence/waitinglistrepository.h"

namespace samenplan::changes {

void eraseChild(const Database &db, Id childId)
{
    const Child child = stored(ChildRepository(db).find(childId), QStringLiteral("child"));
    reads::changed(db);
    for (const Referral &referral : ReferralRepository(db).ofChild(childId))
        ReferralRepository(db).remove(referral.id);
    for (const WaitingListEntry &entry : WaitingListRepository(db).all()) {
        if (entry.childId == childId)
            WaitingListRepository(db).remove(entry.id);
    }
    ScenarioRepository(db).removeChangesOfChild(childId);
    StaffRepository(db).setFixedFaces(childId, {});
    const QDate first(1900, 1, 1), last(2999, 12, 31);
    for (const ChildAbsence &absence : AbsenceRepository(db).childAbsencesBetween(first, last)) {
        if (absence.childId == childId)
            AbsenceRepository(db).removeChildAbsence(absence.id);
    }
    for (CoachingSession session : CoachingRepository(db).sessionsBetween(first, last)) {
        if (session.focusChildId == childId) {
            session.focusChildId = NoId;
            CoachingRepository(db).update(session);
        }
    }
    // The day records stay for the inspector with the anonymous child; its name leaves their log.
    const AttendanceRepository attendance(db);
    for (const AttendanceLogEntry &entry : attendance.log(first, last)) {
        if (entry.change.contains(child.displayName()))
            attendance.rewriteLog(entry.id, QString(entry.change).replace(child.displayName(), QStringLiteral("#%1").arg(childId)));
    }
    Child anonymous;
    anonymous.id = childId;
    anonymous.firstName = DoorText::tr("Erased");
    anonymous.lastName = QStringLiteral("#%1").arg(childId);
    if (child.birthDate.isValid())
        anonymous.birthDate = QDate(child.birthDate.year(), child.birthDate.month(), 1);
    ChildRepository(db).update(anonymous);
    AuditLogRepository(db).log(QStringLiteral("erase-child"),
                               QStringLiteral("child #%1 erased on request; placements kept without personal data").arg(childId));
}

} // namespace samenplan::changes
