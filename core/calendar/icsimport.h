#pragma once
// Reading school holidays (or school-free days) from an iCalendar file (RFC 5545, through libical),
// such as a school board or the government publishes: every VEVENT becomes one holiday of the
// region given, its SUMMARY the name, from DTSTART to the day before an all-day DTEND (the last day
// of a timed one).

#include "domain/calendar.h"

#include <QList>
#include <QStringList>

namespace samenplan::calendar {

struct IcsHolidays {
    QList<SchoolHoliday> holidays;
    QStringList problems; // "FILE: event N: reason"; when not empty, nothing should be imported
};

IcsHolidays readHolidaysFromIcs(const QString &path, HolidayRegion region);
IcsHolidays parseHolidaysFromIcs(const QByteArray &bytes, const QString &fileName, HolidayRegion region);

} // namespace samenplan::calendar
