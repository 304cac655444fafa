#include "roster/weektemplate.h"

namespace samenplan::roster {

bool parityMatches(WeekParity parity, const IsoWeek &week)
{
    switch (parity) {
    case WeekParity::Odd:
        return week.week % 2 == 1;
    case WeekParity::Even:
        return week.week % 2 == 0;
    case WeekParity::Every:
        break;
    }
    return true;
}

QList<TemplateShift> templateFromShifts(const QList<Shift> &shifts)
{
    QList<TemplateShift> result;
    for (const Shift &shift : shifts) {
        TemplateShift t{shift.staffId, shift.groupId, shift.date.dayOfWeek(), shift.hours, std::nullopt};
        if (!shift.breaks.isEmpty())
            t.pause = shift.breaks.first();
        result.append(t);
    }
    return result;
}

QList<Shift> shiftsFromTemplate(const WeekTemplate &weekTemplate, const IsoWeek &first, const IsoWeek &last)
{
    QList<Shift> result;
    for (QDate monday = first.monday(); monday <= last.monday(); monday = monday.addDays(7)) {
        const IsoWeek week = IsoWeek::containing(monday);
        if (!parityMatches(weekTemplate.parity, week))
            continue;
        for (const TemplateShift &t : weekTemplate.shifts) {
            Shift shift;
            shift.staffId = t.staffId;
            shift.groupId = t.groupId;
            shift.date = week.day(t.weekday);
            shift.hours = t.hours;
            if (t.pause)
                shift.breaks.append(*t.pause);
            result.append(shift);
        }
    }
    return result;
}

QList<Shift> copyShifts(const QList<Shift> &shifts, const IsoWeek &from, const IsoWeek &to)
{
    QList<Shift> result;
    const qint64 offset = from.monday().daysTo(to.monday());
    for (const Shift &shift : shifts) {
        if (shift.date < from.monday() || shift.date > from.day(7))
            continue;
        Shift copy = shift;
        copy.id = NoId;
        copy.date = shift.date.addDays(offset);
        result.append(copy);
    }
    return result;
}

} // namespace samenplan::roster
