#include "roster/shiftwarnings.h"

#include "planning/planningdata.h"

#include <QCoreApplication>

namespace samenplan::roster {
namespace {
class ShiftText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::roster::ShiftText)
};
} // namespace

QStringList shiftWarnings(const planning::PlanningData &data, const Shift &shift)
{
    QStringList warnings;
    for (const Shift &other : data.shifts) {
        if (other.id != shift.id && other.staffId == shift.staffId && other.date == shift.date && other.hours.overlaps(shift.hours))
            warnings << ShiftText::tr("Overlaps another shift of the same person (%1).").arg(formatRange(other.hours));
    }
    if (const Group *group = data.group(shift.groupId)) {
        const Location *location = data.location(group->locationId);
        const auto open = location ? location->hoursOn(shift.date.dayOfWeek()) : std::nullopt;
        if (!open)
            warnings << ShiftText::tr("The location is closed that day.");
        else if (shift.hours.from < open->from || shift.hours.to > open->to)
            warnings << ShiftText::tr("Partly outside the opening hours (%1).").arg(formatRange(*open));
    }
    if (data.staffAbsentAt(shift.staffId, shift.date, shift.hours))
        warnings << ShiftText::tr("During a registered absence.");
    return warnings;
}

} // namespace samenplan::roster
