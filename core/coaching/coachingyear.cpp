#include "coaching/coachingyear.h"

#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/organisationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/staffrepository.h"
#include "rules/coachhours.h"

#include <QHash>
#include <QSet>

namespace samenplan::coaching {
namespace {

bool isOwnPedagogue(const Staff &staff)
{
    return staff.employerProviderId == NoId && (staff.role == StaffRole::Pedagogue || staff.role == StaffRole::Trainee);
}

void add(Hours &hours, const CoachingSession &session)
{
    if (session.status == CoachingStatus::Held)
        hours.heldMinutes += session.hours.minutes();
    else if (session.status == CoachingStatus::Planned)
        hours.plannedMinutes += session.hours.minutes();
}

} // namespace

CoachingYear coachingYear(const Database &db, int year)
{
    CoachingYear result;
    result.year = year;
    result.organisation = OrganisationRepository(db).name();
    const QDate january(year, 1, 1);
    const QList<Location> locations = LocationRepository(db).all();
    const QList<Group> groups = GroupRepository(db).all();
    const QList<Staff> staff = StaffRepository(db).all();
    QHash<Id, Id> locationOfGroup;
    QSet<Id> preschoolGroups;
    for (const Group &group : groups) {
        locationOfGroup.insert(group.id, group.locationId);
        if (group.preschoolEducation)
            preschoolGroups.insert(group.id);
    }
    // VE children on 1 January, per location.
    QHash<Id, QSet<Id>> veChildren;
    for (const Placement &placement : PlacementRepository(db).activeBetween(january, january)) {
        if (preschoolGroups.contains(placement.groupId))
            veChildren[locationOfGroup.value(placement.groupId)].insert(placement.childId);
    }
    rules::CoachHoursInput organisation;
    organisation.registeredLocations = int(locations.size());
    for (const Staff &member : staff) {
        if (isOwnPedagogue(member))
            organisation.pedagogueWeeklyMinutes.append(member.contractMinutesPerWeek);
    }
    for (const QSet<Id> &children : std::as_const(veChildren))
        organisation.preschoolChildren += int(children.size());
    const rules::CoachHoursResult required = rules::requiredCoachHours(organisation);
    result.hours.requiredMinutes = required.requiredMinutes;
    result.explanation = required.explanation;

    QHash<Id, int> locationIndex;
    for (const Location &location : locations) {
        rules::CoachHoursInput input;
        input.registeredLocations = 1;
        for (const Staff &member : staff) {
            if (isOwnPedagogue(member) && member.locationId == location.id)
                input.pedagogueWeeklyMinutes.append(member.contractMinutesPerWeek);
        }
        input.preschoolChildren = int(veChildren.value(location.id).size());
        locationIndex.insert(location.id, int(result.locations.size()));
        result.locations.append({location.id, location.name, location.lrkNumber,
                                 Hours{rules::requiredCoachHours(input).requiredMinutes, 0, 0}});
    }

    // Which coaches count toward the legal hours, and which provider each professional works for.
    const CoachingRepository coaching(db);
    QHash<Id, ExternalCoach> externals;
    for (const ExternalCoach &coach : coaching.externalCoaches())
        externals.insert(coach.id, coach);
    QHash<Id, Staff> staffById;
    for (const Staff &member : staff)
        staffById.insert(member.id, member);
    QHash<Id, QString> providerNames;
    for (const YouthCareProvider &provider : ProviderRepository(db).all())
        providerNames.insert(provider.id, provider.name);

    QHash<Id, PedagogueYear> pedagogues;
    for (const Staff &member : staff) {
        if (isOwnPedagogue(member))
            pedagogues.insert(member.id, {member.id, member.name, 0, 0});
    }
    QHash<QString, int> providerMinutes;
    for (const CoachingSession &session : coaching.sessionsBetween(january, QDate(year, 12, 31))) {
        if (session.status == CoachingStatus::Cancelled)
            continue;
        const bool qualified = session.coachStaffId != NoId ? staffById.value(session.coachStaffId).qualifiedCoach
                                                            : externals.value(session.externalCoachId).qualifiedCoach;
        const Id providerId = session.coachStaffId != NoId ? staffById.value(session.coachStaffId).employerProviderId
                                                           : externals.value(session.externalCoachId).providerId;
        if (session.kind == CoachingKind::OnTheJob && providerId != NoId)
            providerMinutes[providerNames.value(providerId)] += session.hours.minutes();
        if (!qualified)
            continue;
        add(result.hours, session);
        const auto location = locationIndex.constFind(locationOfGroup.value(session.groupId));
        if (location != locationIndex.constEnd())
            add(result.locations[*location].hours, session);
        for (Id coachee : session.coacheeIds) {
            auto it = pedagogues.find(coachee);
            if (it == pedagogues.end())
                continue;
            if (session.status == CoachingStatus::Held)
                it->heldMinutes += session.hours.minutes();
            else
                it->plannedMinutes += session.hours.minutes();
        }
    }
    for (const Staff &member : staff) {
        if (!pedagogues.contains(member.id))
            continue;
        const PedagogueYear &entry = pedagogues[member.id];
        result.pedagogues.append(entry);
        if (entry.heldMinutes == 0)
            result.withoutCoaching << entry.name;
    }
    for (auto it = providerMinutes.constBegin(); it != providerMinutes.constEnd(); ++it)
        result.providers.append({it.key(), it.value()});
    std::sort(result.providers.begin(), result.providers.end(),
              [](const ProviderYear &a, const ProviderYear &b) { return a.provider < b.provider; });
    return result;
}

} // namespace samenplan::coaching
