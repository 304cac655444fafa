// The door for staff and their absences.

#include "changes/doorsupport.h"
#include "changes/keptreads.h"
#include "changes/recordchanges.h"

#include "domain/validation.h"
#include "persistence/absencerepository.h"
#include "persistence/database.h"
#include "persistence/locationrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"

namespace samenplan::changes {
namespace {

void checkStaffLinks(const Database &db, const Staff &staff)
{
    enforce(checkStaff(staff));
    if (staff.employerProviderId != NoId)
        stored(reads::provider(db, staff.employerProviderId), QStringLiteral("employer"));
    if (staff.locationId != NoId)
        stored(reads::location(db, staff.locationId), QStringLiteral("location"));
    const auto same = reads::staffNamed(db, staff.name.trimmed());
    if (same && same->id != staff.id)
        refuse(doorrule::Duplicate, QStringLiteral("name"),
               DoorText::tr("%1 is already on the staff list.").arg(staff.name.trimmed()));
}

void checkAbsenceLinks(const Database &db, const Absence &absence)
{
    enforce(checkAbsence(absence));
    stored(reads::staff(db, absence.staffId), QStringLiteral("staff"));
}

} // namespace

Id add(const Database &db, const Staff &staff)
{
    checkStaffLinks(db, staff);
    Staff added = staff;
    added.id = NoId;
    added.name = staff.name.trimmed();
    added.id = StaffRepository(db).insert(added);
    reads::added(db, added);
    return added.id;
}

void update(const Database &db, const Staff &staff)
{
    stored(StaffRepository(db).find(staff.id), QStringLiteral("staff"));
    checkStaffLinks(db, staff);
    reads::changed(db);
    StaffRepository(db).update(staff);
}

void remove(const Database &db, const Staff &staff)
{
    stored(StaffRepository(db).find(staff.id), QStringLiteral("staff"));
    if (!ShiftRepository(db).ofStaff(staff.id, QDate(1900, 1, 1), QDate(9999, 12, 31)).isEmpty())
        refuse(doorrule::InUse, QStringLiteral("staff"),
               DoorText::tr("%1 has shifts, which the roster's records keep; remove the shifts first.").arg(staff.name));
    reads::changed(db);
    StaffRepository(db).remove(staff.id);
}

Id add(const Database &db, const Absence &absence)
{
    checkAbsenceLinks(db, absence);
    Absence added = absence;
    added.id = NoId;
    return AbsenceRepository(db).insert(added);
}

void update(const Database &db, const Absence &absence)
{
    checkAbsenceLinks(db, absence);
    AbsenceRepository(db).update(absence);
}

void remove(const Database &db, const Absence &absence)
{
    AbsenceRepository(db).remove(absence.id);
}

} // namespace samenplan::changes
