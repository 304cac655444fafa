// The door for shifts and week templates.

#include "changes/doorsupport.h"
#include "changes/keptreads.h"
#include "changes/recordchanges.h"

#include "domain/validation.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "persistence/templaterepository.h"

namespace samenplan::changes {
namespace {

void checkShiftLinks(const Database &db, const Shift &shift)
{
    enforce(checkShift(shift));
    stored(reads::staff(db, shift.staffId), QStringLiteral("staff"));
    if (shift.groupId != NoId)
        stored(reads::group(db, shift.groupId), QStringLiteral("group"));
}

void checkTemplate(const Database &db, const roster::WeekTemplate &weekTemplate)
{
    Outcome outcome;
    if (weekTemplate.name.trimmed().isEmpty())
        outcome.refuse(doorrule::Record, QStringLiteral("name"), DoorText::tr("The template has no name."));
    checkText(outcome, QStringLiteral("name"), weekTemplate.name, MaxNameLength);
    for (const roster::TemplateShift &shift : weekTemplate.shifts) {
        if (shift.weekday < 1 || shift.weekday > 7 || !shift.hours.isValid()
            || (shift.pause && (!shift.pause->isValid() || shift.pause->from < shift.hours.from || shift.pause->to > shift.hours.to))) {
            outcome.refuse(doorrule::Record, QStringLiteral("shifts"), DoorText::tr("A shift of the template has impossible times."));
            break;
        }
    }
    enforce(outcome);
    for (const roster::WeekTemplate &other : TemplateRepository(db).all()) {
        if (other.id != weekTemplate.id && other.name.compare(weekTemplate.name.trimmed(), Qt::CaseInsensitive) == 0)
            refuse(doorrule::Duplicate, QStringLiteral("name"),
                   DoorText::tr("A template called %1 already exists.").arg(other.name));
    }
}

} // namespace

Id add(const Database &db, const Shift &shift)
{
    checkShiftLinks(db, shift);
    Shift added = shift;
    added.id = NoId;
    return ShiftRepository(db).insert(added);
}

void update(const Database &db, const Shift &shift)
{
    const Shift before = stored(ShiftRepository(db).find(shift.id), QStringLiteral("shift"));
    if (shift.rowVersion != 0 && shift.rowVersion != before.rowVersion)
        refuseStale(QStringLiteral("shift"));
    checkShiftLinks(db, shift);
    if (!ShiftRepository(db).update(shift)) // another planner's change got in between
        refuseStale(QStringLiteral("shift"));
}

void remove(const Database &db, const Shift &shift)
{
    if (!ShiftRepository(db).remove(shift.id, shift.rowVersion) && shift.rowVersion != 0)
        refuseStale(QStringLiteral("shift"));
}

Id add(const Database &db, const roster::WeekTemplate &weekTemplate)
{
    checkTemplate(db, weekTemplate);
    roster::WeekTemplate added = weekTemplate;
    added.id = NoId;
    added.name = weekTemplate.name.trimmed();
    return TemplateRepository(db).insert(added);
}

void update(const Database &db, const roster::WeekTemplate &weekTemplate)
{
    stored(TemplateRepository(db).find(weekTemplate.id), QStringLiteral("template"));
    checkTemplate(db, weekTemplate);
    TemplateRepository(db).update(weekTemplate);
}

void remove(const Database &db, const roster::WeekTemplate &weekTemplate)
{
    TemplateRepository(db).remove(weekTemplate.id);
}

} // namespace samenplan::changes
