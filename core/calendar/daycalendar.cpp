#include "calendar/daycalendar.h"

#include "calendar/publicholidays.h"
#include "persistence/calendarrepository.h"

#include <QCoreApplication>

namespace samenplan::calendar {
namespace {

class DayText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::calendar::DayText)
};

} // namespace

QString dayKindCode(DayKind kind)
{
    switch (kind) {
    case DayKind::SchoolDay:
        return QStringLiteral("school-day");
    case DayKind::SchoolFree:
        return QStringLiteral("school-free");
    case DayKind::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

DayCalendar DayCalendar::load(const Database &db, const QDate &from, const QDate &to)
{
    const CalendarRepository repository(db);
    DayCalendar calendar;
    calendar.schoolHolidays = repository.schoolHolidaysBetween(from, to);
    calendar.closingDays = repository.closingDaysBetween(from, to);
    calendar.firstYear = from.year();
    calendar.lastYear = to.year();
    for (int year = from.year(); year <= to.year(); ++year)
        calendar.publicHolidayList += publicHolidays(year);
    return calendar;
}

DayInfo DayCalendar::dayOf(const Location &location, const QDate &date) const
{
    for (const ClosingDay &day : closingDays) {
        if (day.locationId == location.id && day.date == date)
            return {DayKind::Closed, day.reason.isEmpty() ? DayText::tr("Closing day") : day.reason};
    }
    QString publicHoliday;
    const bool loaded = date.year() >= firstYear && date.year() <= lastYear;
    for (const PublicHoliday &holiday : loaded ? publicHolidayList : publicHolidays(date.year())) {
        if (holiday.date != date)
            continue;
        if (holiday.dayOff && location.closedOnPublicHolidays)
            return {DayKind::Closed, holiday.name};
        publicHoliday = holiday.name;
    }
    for (const SchoolHoliday &holiday : schoolHolidays) {
        if (holiday.region == location.holidayRegion && holiday.contains(date))
            return {DayKind::SchoolFree, holiday.name};
    }
    if (!publicHoliday.isEmpty())
        return {DayKind::SchoolFree, publicHoliday};
    if (date.dayOfWeek() >= 6)
        return {DayKind::SchoolFree, DayText::tr("Weekend")};
    return {DayKind::SchoolDay, {}};
}

std::optional<TimeRange> DayCalendar::openingOf(const Location &location, const Group &group, const QDate &date) const
{
    const DayInfo day = dayOf(location, date);
    const auto hours = location.hoursOn(date.dayOfWeek());
    if (day.kind == DayKind::Closed || !hours)
        return std::nullopt;
    if (group.careType != CareType::OutOfSchool)
        return hours;
    return day.kind == DayKind::SchoolDay ? (group.schoolDayHours ? group.schoolDayHours : hours)
                                          : (group.holidayHours ? group.holidayHours : hours);
}

} // namespace samenplan::calendar
