#include "report/wallrosterlayout.h"

#include "planning/planningdata.h"
#include "report/rosterweek.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace samenplan::report {
namespace {

// Distinct in colour and, printed in grey, by their hatches.
struct Palette {
    QColor colour;
    Hatch hatch;
};
const Palette Looks[] = {
    {QColor(0x7f, 0xb3, 0xe0), Hatch::None},         {QColor(0xf5, 0xa5, 0x5a), Hatch::Diagonal},
    {QColor(0x86, 0xc9, 0x8a), Hatch::Horizontal},   {QColor(0xe9, 0x8f, 0x9f), Hatch::BackDiagonal},
    {QColor(0xb3, 0x9d, 0xdb), Hatch::Cross},        {QColor(0x6c, 0xc5, 0xc0), Hatch::Vertical},
    {QColor(0xe8, 0xd4, 0x5a), Hatch::Dots},         {QColor(0xc8, 0xa2, 0x7a), Hatch::DiagonalCross},
};

int floorHour(int minutes) { return minutes / 60 * 60; }
int ceilHour(int minutes) { return (minutes + 59) / 60 * 60; }

} // namespace

QColor groupColour(int index)
{
    return Looks[index % std::size(Looks)].colour;
}

const GroupLook *WallPage::look(Id groupId) const
{
    for (const GroupLook &group : groups) {
        if (group.groupId == groupId)
            return &group;
    }
    return nullptr;
}

QList<WallPage> wallRosterPages(const planning::PlanningData &data, const IsoWeek &week, Id onlyLocation)
{
    QList<WallPage> pages;
    const QList<int> days = printedDays(data, week);
    for (const Location &location : data.locations) {
        if (onlyLocation != NoId && location.id != onlyLocation)
            continue;
        WallPage page;
        page.location = location;
        page.week = week;
        page.days = days;
        int first = 24 * 60, last = 0;
        for (int day : days) {
            if (const auto hours = location.hoursOn(day)) {
                first = std::min(first, hours->from);
                last = std::max(last, hours->to);
            }
        }
        QHash<Id, int> groupOrder;
        for (const Group &group : data.groupsInOrder()) {
            if (group.locationId != location.id)
                continue;
            const Palette &palette = Looks[page.groups.size() % std::size(Looks)];
            groupOrder.insert(group.id, page.groups.size());
            page.groups.append({group.id, group.name, palette.colour, palette.hatch});
        }
        for (const Staff &person : data.staff) {
            WallRow row;
            row.staffId = person.id;
            row.name = person.name;
            QHash<Id, int> minutesPerGroup;
            bool works = false;
            for (int day : days) {
                const QDate date = week.day(day);
                WallDay cell;
                for (const Shift &shift : data.shifts) {
                    if (shift.staffId != person.id || shift.date != date || !shiftAtLocation(data, shift, location))
                        continue;
                    cell.bars.append({shift.groupId, shift.hours, shift.breaks});
                    minutesPerGroup[shift.groupId] += shift.workedMinutes();
                    row.workedMinutes += shift.workedMinutes();
                    page.anyOffFloor = page.anyOffFloor || shift.groupId == NoId;
                    first = std::min(first, shift.hours.from);
                    last = std::max(last, shift.hours.to);
                    works = true;
                }
                std::sort(cell.bars.begin(), cell.bars.end(),
                          [](const WallBar &a, const WallBar &b) { return a.hours.from < b.hours.from; });
                for (const Absence &absence : data.absences) {
                    if (absence.staffId != person.id || date < absence.start || date > absence.end)
                        continue;
                    if (absence.hours)
                        cell.absent.append(*absence.hours);
                    else
                        cell.absentAllDay = true;
                }
                row.days.append(cell);
            }
            if (!works)
                continue; // absent all week or working elsewhere: not on this location's wall
            for (const WallDay &cell : std::as_const(row.days))
                page.anyAbsence = page.anyAbsence || cell.absentAllDay || !cell.absent.isEmpty();
            int most = -1;
            for (auto it = minutesPerGroup.cbegin(); it != minutesPerGroup.cend(); ++it) {
                const bool better = it.value() > most
                    || (it.value() == most && groupOrder.value(it.key(), 1000) < groupOrder.value(row.mainGroupId, 1000));
                if (better) {
                    most = it.value();
                    row.mainGroupId = it.key();
                }
            }
            page.rows.append(row);
        }
        if (page.rows.isEmpty())
            continue;
        QCollator collator;
        collator.setNumericMode(true); // "Anna 2" before "Anna 10"
        std::stable_sort(page.rows.begin(), page.rows.end(), [&groupOrder, &collator](const WallRow &a, const WallRow &b) {
            const int ga = groupOrder.value(a.mainGroupId, 1000), gb = groupOrder.value(b.mainGroupId, 1000);
            if (ga != gb)
                return ga < gb;
            return collator.compare(a.name, b.name) < 0;
        });
        if (first >= last) {
            first = 7 * 60;
            last = 19 * 60;
        }
        page.axis = TimeRange{floorHour(first), ceilHour(last)};
        pages.append(page);
    }
    return pages;
}

} // namespace samenplan::report
