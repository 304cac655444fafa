#pragma once
// The Dutch national public holidays of a year, computed: fixed dates, King's Day (27 April, the
// 26th when the 27th is a Sunday) and the Easter-based days (Good Friday, Easter, Ascension Day,
// Whitsun), Easter by the Gregorian computus.

#include <QDate>
#include <QList>
#include <QString>

namespace samenplan::calendar {

struct PublicHoliday {
    QString code; // stable: "tweede-paasdag" (JSON output; never translated)
    QString name; // in the interface language
    QDate date;
    // A day off under the Algemene termijnenwet that childcare locations usually close on; Good
    // Friday and the Sundays are not, Liberation Day only once every five years (2025, 2030, ...),
    // as the childcare collective agreement gives it.
    bool dayOff = true;
};

QDate easterSunday(int year);
QList<PublicHoliday> publicHolidays(int year);
// The public holidays from `from` to `to`, both included, in date order.
QList<PublicHoliday> publicHolidaysBetween(const QDate &from, const QDate &to);

} // namespace samenplan::calendar
