#pragma once
// What kind of day a date is at a location: closed (a closing day, or a public holiday the location
// closes on), school-free (a school holiday of the location's
// region, a weekend, a public holiday it stays open on) or a school day; and the hours a group is
// open then (out-of-school groups have their own hours for school days and for holidays).

#include "calendar/publicholidays.h"
#include "domain/calendar.h"
#include "domain/entities.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

namespace calendar {

enum class DayKind { SchoolDay, SchoolFree, Closed };

// Stable codes (JSON output; never translated): "school-day", "school-free", "closed".
QString dayKindCode(DayKind kind);

struct DayInfo {
    DayKind kind = DayKind::SchoolDay;
    QString reason; // the holiday's or closing day's name; empty on an ordinary day
};

class DayCalendar {
public:
    // The school holidays and closing days that touch [from, to].
    static DayCalendar load(const Database &db, const QDate &from, const QDate &to);

    QList<SchoolHoliday> schoolHolidays;
    QList<ClosingDay> closingDays;
    // The public holidays of the years loaded (computed once: the board asks per child and day).
    int firstYear = 0;
    int lastYear = -1;
    QList<PublicHoliday> publicHolidayList;

    DayInfo dayOf(const Location &location, const QDate &date) const;
    bool closed(const Location &location, const QDate &date) const { return dayOf(location, date).kind == DayKind::Closed; }
    // The group's opening that day; nullopt when the location is closed or has no hours that weekday.
    std::optional<TimeRange> openingOf(const Location &location, const Group &group, const QDate &date) const;
};

} // namespace calendar
} // namespace samenplan
