#include "report/rosterweek.h"

#include "planning/planningdata.h"

namespace samenplan::report {

QList<int> printedDays(const planning::PlanningData &data, const IsoWeek &week)
{
    QList<int> days{1, 2, 3, 4, 5};
    for (int day = 6; day <= 7; ++day) {
        for (const Shift &shift : data.shifts) {
            if (shift.date == week.day(day) && !days.contains(day))
                days.append(day);
        }
    }
    return days;
}

bool shiftAtLocation(const planning::PlanningData &data, const Shift &shift, const Location &location)
{
    const Group *group = data.group(shift.groupId);
    if (group)
        return group->locationId == location.id;
    const Staff *person = data.staffMember(shift.staffId);
    return person && (person->locationId == location.id || person->locationId == NoId);
}

} // namespace samenplan::report
