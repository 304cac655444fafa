#include "timeline/timelinelayout.h"

#include "planning/planningdata.h"
#include "roster/groupday.h"

#include <algorithm>
#include <cmath>

namespace samenplan::ui {
namespace {

constexpr int Quarter = 15;

TimelineBar barOf(const planning::PlanningData &plan, const Shift &shift)
{
    TimelineBar bar;
    bar.shift = shift;
    const Staff *person = plan.staffMember(shift.staffId);
    bar.name = person ? person->name : QString();
    for (const Absence &absence : plan.absences) {
        if (absence.staffId != shift.staffId || shift.date < absence.start || shift.date > absence.end)
            continue;
        const TimeRange away = absence.hours.value_or(TimeRange{0, 24 * 60});
        const TimeRange part{std::max(away.from, shift.hours.from), std::min(away.to, shift.hours.to)};
        if (part.minutes() > 0)
            bar.absent.append(part);
    }
    return bar;
}

void sortBars(QList<TimelineBar> &bars)
{
    std::sort(bars.begin(), bars.end(), [](const TimelineBar &a, const TimelineBar &b) {
        if (a.shift.hours.from != b.shift.hours.from)
            return a.shift.hours.from < b.shift.hours.from;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
}

} // namespace

TimelineDay timelineDay(const planning::PlanningData &plan, const QDate &date)
{
    TimelineDay day;
    day.date = date;
    int first = 24 * 60, last = 0;
    for (const Location &location : plan.locations) {
        if (const auto open = location.hoursOn(date.dayOfWeek())) {
            first = std::min(first, open->from);
            last = std::max(last, open->to);
        }
    }
    for (const Group &group : plan.groupsInOrder()) {
        TimelineGroup row{group, {}, roster::groupDayDeviation(plan, group, date)};
        for (const Shift &shift : plan.shifts) {
            if (shift.groupId == group.id && shift.date == date)
                row.bars.append(barOf(plan, shift));
        }
        sortBars(row.bars);
        day.groups.append(row);
    }
    for (const Shift &shift : plan.shifts) {
        if (shift.date != date)
            continue;
        first = std::min(first, shift.hours.from);
        last = std::max(last, shift.hours.to);
        if (shift.groupId == NoId || !plan.group(shift.groupId))
            day.offFloor.append(barOf(plan, shift));
    }
    sortBars(day.offFloor);
    if (first >= last) {
        first = 7 * 60;
        last = 19 * 60;
    }
    day.axis = TimeRange{first / 60 * 60, (last + 59) / 60 * 60};
    return day;
}

Shift draggedShift(const Shift &shift, DragPart part, int deltaMinutes)
{
    const int delta = int(std::lround(deltaMinutes / double(Quarter))) * Quarter;
    Shift result = shift;
    switch (part) {
    case DragPart::Body: {
        const int moved = std::clamp(delta, -shift.hours.from, 24 * 60 - shift.hours.to);
        result.hours = TimeRange{shift.hours.from + moved, shift.hours.to + moved};
        for (TimeRange &pause : result.breaks)
            pause = TimeRange{pause.from + moved, pause.to + moved};
        return result;
    }
    case DragPart::Start:
        result.hours.from = std::clamp(shift.hours.from + delta, 0, shift.hours.to - Quarter);
        break;
    case DragPart::End:
        result.hours.to = std::clamp(shift.hours.to + delta, shift.hours.from + Quarter, 24 * 60);
        break;
    }
    result.breaks.removeIf([&result](const TimeRange &pause) {
        return pause.from < result.hours.from || pause.to > result.hours.to;
    });
    return result;
}

} // namespace samenplan::ui
