#pragma once
// The one door for every record other than placements (see placementchanges.h for those): each
// add, update and remove checks the record (domain/validation.h) and the rules that tie it to what is
// stored, then writes through the repositories, inside the caller's transaction. A refusal throws
// ChangeRefused (the caller's transaction rolls back, nothing is written); a database failure throws
// DbError. The GUI's undo commands, the import and the command line all change data through here;
// the repositories below are plain storage.

#include "domain/entities.h"
#include "domain/outcome.h"
#include "domain/weektemplate.h"

#include <QList>

namespace samenplan {

class Database;

namespace changes {

// Locations and groups (locationchanges.cpp). A group's new limits are checked per moment against
// the placements from today on; a location's opening hours against the running placements. A group
// with placements is never removed: it is archived from a date on which none of them runs any more
// (update with archivedFrom set, or archive()); clearing the date brings it back.
Id add(const Database &db, const Location &location);
void update(const Database &db, const Location &location);
void remove(const Database &db, const Location &location);
Id add(const Database &db, const Group &group);
void update(const Database &db, const Group &group);
void remove(const Database &db, const Group &group);
void archive(const Database &db, Id groupId, const QDate &from);

// Children, the waiting list and fixed faces (childchanges.cpp).
Id add(const Database &db, const Child &child);
void update(const Database &db, const Child &child);
void remove(const Database &db, const Child &child);
Id add(const Database &db, const WaitingListEntry &entry);
void update(const Database &db, const WaitingListEntry &entry);
void remove(const Database &db, const WaitingListEntry &entry);
void setFixedFacesOfChild(const Database &db, Id childId, const QList<Id> &staffIds);
void setFixedFacesOfStaff(const Database &db, Id staffId, const QList<Id> &childIds);

// Youth-care providers and referrals (referralchanges.cpp). A referral a youth-care placement
// relies on (the placement starts within it) cannot be removed or shortened past that start.
Id add(const Database &db, const YouthCareProvider &provider);
void update(const Database &db, const YouthCareProvider &provider);
void remove(const Database &db, const YouthCareProvider &provider);
Id add(const Database &db, const Referral &referral);
void update(const Database &db, const Referral &referral);
void remove(const Database &db, const Referral &referral);

// Staff and their absences (staffchanges.cpp).
Id add(const Database &db, const Staff &staff);
void update(const Database &db, const Staff &staff);
void remove(const Database &db, const Staff &staff);
Id add(const Database &db, const Absence &absence);
void update(const Database &db, const Absence &absence);
void remove(const Database &db, const Absence &absence);

// The roster: shifts and week templates (rosterchanges.cpp). The roster's own rules (ratio, double
// bookings, contract hours) are checks the roster page shows, not refusals: a planner rearranging a
// week passes through states that break them.
Id add(const Database &db, const Shift &shift);
void update(const Database &db, const Shift &shift);
void remove(const Database &db, const Shift &shift);
Id add(const Database &db, const roster::WeekTemplate &weekTemplate);
void update(const Database &db, const roster::WeekTemplate &weekTemplate);
void remove(const Database &db, const roster::WeekTemplate &weekTemplate);

// Coaching sessions and external coaches (coachingchanges.cpp).
Id add(const Database &db, const CoachingSession &session);
void update(const Database &db, const CoachingSession &session);
void remove(const Database &db, const CoachingSession &session);
Id add(const Database &db, const ExternalCoach &coach);
void update(const Database &db, const ExternalCoach &coach);
void remove(const Database &db, const ExternalCoach &coach);

// Throws ChangeRefused when the outcome has refusals; returns it otherwise.
const Outcome &enforce(const Outcome &outcome);

} // namespace changes
} // namespace samenplan
