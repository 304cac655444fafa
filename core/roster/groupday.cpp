#include "roster/groupday.h"

#include "planning/planningdata.h"
#include "rules/staffratio.h"

#include <QHash>

#include <algorithm>

namespace samenplan::roster {
namespace {

bool pooled(const Group &group, const QDate &date)
{
    return group.careType == CareType::OutOfSchool && date >= rules::OutOfSchoolPerLocationFrom;
}


} // namespace

QList<Shift> withoutClosedDays(const QList<Shift> &shifts, const planning::PlanningData &data)
{
    QList<Shift> open;
    for (const Shift &shift : shifts) {
        if (shift.groupId == NoId || !data.groupClosedOn(shift.groupId, shift.date))
            open.append(shift);
    }
    return open;
}

bool reportsRatio(const planning::PlanningData &data, const Group &group, const QDate &date)
{
    if (!pooled(group, date))
        return true;
    for (const Group &other : data.groups) {
        if (other.locationId == group.locationId && other.careType == CareType::OutOfSchool)
            return other.id == group.id;
    }
    return true;
}

std::optional<rules::DeviationResult> groupDayDeviation(const planning::PlanningData &data, const Group &group,
                                                        const QDate &date, const OffFloor &offFloor,
                                                        const ActualPresence *actual)
{
    const Location *location = data.location(group.locationId);
    const auto opening = location ? data.calendar.openingOf(*location, group, date) : std::nullopt;
    if (!opening)
        return std::nullopt;
    QList<Id> groups{group.id};
    if (pooled(group, date)) {
        groups.clear();
        for (const Group &other : data.groups) {
            if (other.locationId == group.locationId && other.careType == CareType::OutOfSchool)
                groups.append(other.id);
        }
    }
    rules::DeviationInput input;
    input.careType = group.careType;
    input.date = date;
    input.opening = *opening;
    input.schoolDay = data.calendar.dayOf(*location, date).kind == calendar::DayKind::SchoolDay;
    // A person with two shifts (or on two pooled groups) is one professional on the floor.
    QHash<Id, QList<TimeRange>> onFloor;
    QList<Id> order;
    bool anyone = false;
    for (Id id : std::as_const(groups)) {
        const bool real = actual && (actual->children.contains(id) || actual->staff.contains(id));
        for (const planning::ChildPresence &child : real ? actual->children.value(id) : data.childrenPresent(id, date))
            input.children.append({child.ageYears, child.hours});
        for (const planning::StaffPresence &member : real ? actual->staff.value(id) : data.staffPresent(id, date)) {
            anyone = true;
            if (!member.countsForRatio)
                continue;
            if (!onFloor.contains(member.staffId))
                order.append(member.staffId);
            QList<TimeRange> &ranges = onFloor[member.staffId];
            ranges += offFloor.staffIds.contains(member.staffId) ? planning::subtractRanges(member.onFloor, offFloor.hours)
                                                                  : member.onFloor;
        }
    }
    if (input.children.isEmpty() && !anyone)
        return std::nullopt;
    for (Id staffId : std::as_const(order))
        input.staff.append(joinRanges(onFloor.value(staffId)));
    return rules::analyseDeviation(input);
}

} // namespace samenplan::roster
