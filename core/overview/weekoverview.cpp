#include "overview/weekoverview.h"

#include "capacity/capacitydata.h"
#include "persistence/childrepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"
#include "placement/occupancy.h"
#include "roster/rostercheck.h"

#include <QHash>

#include <algorithm>

namespace samenplan::overview {
namespace {

// The location's problems: about its groups, or about its people when no group is named.
roster::ProblemList problemsAt(const roster::ProblemList &all, const planning::PlanningData &plan, Id locationId)
{
    roster::ProblemList mine;
    for (const roster::Problem &problem : all.problems) {
        const Group *group = plan.group(problem.groupId);
        const Staff *person = plan.staffMember(problem.staffId);
        const bool here = group ? group->locationId == locationId
                                : !person || person->locationId == NoId || person->locationId == locationId;
        if (here)
            mine.problems.append(problem);
    }
    return mine;
}

QList<GroupWeek> placesPerDay(const planning::PlanningData &plan, const QList<Group> &groups, const Location &location,
                              const IsoWeek &week)
{
    QList<GroupWeek> result;
    for (const Group &group : groups) {
        GroupWeek row{group, {}};
        for (int weekday = 1; weekday <= 5; ++weekday) {
            DayPlaces day;
            day.date = week.day(weekday);
            day.open = location.hoursOn(weekday).has_value();
            const QList<planning::GroupOccupancy> occupancy = planning::occupancyOn(plan, day.date, {}, group.id);
            if (!occupancy.isEmpty()) {
                const planning::GroupOccupancy &o = occupancy.first();
                day.childrenPresent = o.childrenPresent;
                day.maxChildren = o.maxChildren;
                day.regularPresent = o.regularPresent;
                day.regularPlaces = o.regularPlaces;
                day.youthCarePresent = o.youthCarePresent;
                day.youthCareSeats = o.youthCareSeats;
                day.requiredStaff = o.requiredStaff;
            }
            row.days.append(day);
        }
        result.append(row);
    }
    return result;
}

} // namespace

WeekOverview loadWeekOverview(const Database &db, Id locationId, const IsoWeek &week)
{
    WeekOverview overview;
    overview.week = week;
    overview.location = LocationRepository(db).find(locationId).value_or(Location{});
    const QDate monday = week.monday();
    overview.plan = planning::PlanningData::load(db, monday, week.day(7));
    overview.items = roster::checkWeek(overview.plan, StaffRepository(db).allFixedFaces(), week);
    overview.problems = problemsAt(roster::buildProblemList(overview.items, overview.plan), overview.plan, locationId);

    QList<Group> groups;
    QHash<Id, Group> groupById;
    for (const Group &group : overview.plan.groupsInOrder()) {
        if (group.locationId == locationId) {
            groups.append(group);
            groupById.insert(group.id, group);
        }
    }
    overview.groups = placesPerDay(overview.plan, groups, overview.location, week);

    QHash<Id, Child> children;
    for (const Child &child : ChildRepository(db).all())
        children.insert(child.id, child);
    const QList<Placement> placements = PlacementRepository(db).all();

    // Trajectories of children in a youth-care seat here, ending within six weeks.
    QHash<Id, QString> providers;
    for (const YouthCareProvider &provider : ProviderRepository(db).all())
        providers.insert(provider.id, provider.name);
    const QDate horizon = monday.addDays(TrajectoryWarningDays);
    for (const Referral &referral : ReferralRepository(db).all()) {
        if (referral.plannedEnd < monday || referral.plannedEnd > horizon)
            continue;
        QString group;
        for (const Placement &p : placements) {
            if (p.childId == referral.childId && p.kind == PlacementKind::YouthCare && groupById.contains(p.groupId)
                && p.activeOn(std::max(referral.start, monday)))
                group = groupById.value(p.groupId).name;
        }
        if (group.isEmpty())
            continue;
        overview.endingTrajectories.append({referral, children.value(referral.childId).displayName(),
                                            providers.value(referral.providerId), group, int(monday.daysTo(referral.plannedEnd))});
    }
    std::sort(overview.endingTrajectories.begin(), overview.endingTrajectories.end(),
              [](const EndingTrajectory &a, const EndingTrajectory &b) { return a.referral.plannedEnd < b.referral.plannedEnd; });

    // Children in day care or pre-school here whose fourth birthday falls within three months.
    const QDate until = monday.addMonths(TurningFourMonths);
    QHash<Id, TurningFour> turning;
    for (const Placement &p : placements) {
        const Group group = groupById.value(p.groupId);
        const Child child = children.value(p.childId);
        if (group.id == NoId || group.careType == CareType::OutOfSchool || !child.birthDate.isValid())
            continue;
        const QDate fourth = child.birthDate.addYears(4);
        if (fourth < monday || fourth >= until || !p.activeOn(monday))
            continue;
        turning.insert(child.id, {child.id, child.displayName(), fourth, group.name, false});
    }
    for (const Placement &p : placements) {
        const auto it = turning.find(p.childId);
        if (it == turning.end())
            continue;
        const Group *group = overview.plan.group(p.groupId);
        const bool outOfSchool = group ? group->careType == CareType::OutOfSchool : false;
        if (outOfSchool && (p.end.isNull() || p.end >= it->birthday))
            it->hasOutOfSchoolPlace = true;
    }
    overview.turningFour = turning.values();
    std::sort(overview.turningFour.begin(), overview.turningFour.end(),
              [](const TurningFour &a, const TurningFour &b) { return a.birthday < b.birthday; });

    // The waiting list for this location: wishes for one of its groups, or for any group.
    const capacity::CapacityData capacityData = capacity::CapacityData::load(db, monday);
    for (const WaitingListEntry &entry : capacityData.waitingList) {
        if (entry.preferredGroupId != NoId && !groupById.contains(entry.preferredGroupId))
            continue;
        overview.waitingList.append(fitWish(capacityData, entry, locationId, monday));
    }
    std::stable_sort(overview.waitingList.begin(), overview.waitingList.end(), [](const WaitingWish &a, const WaitingWish &b) {
        if (a.entry.priority != b.entry.priority)
            return a.entry.priority > b.entry.priority;
        return a.entry.wishedStart < b.entry.wishedStart;
    });
    return overview;
}

} // namespace samenplan::overview
