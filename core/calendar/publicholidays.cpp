#include "calendar/publicholidays.h"

#include <QCoreApplication>

namespace samenplan::calendar {
namespace {

class HolidayText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::calendar::HolidayText)
};

} // namespace

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    QDate kingsDay(year, 4, 27);
    if (kingsDay.dayOfWeek() == 7)
        kingsDay = kingsDay.addDays(-1);
    return {
        {QStringLiteral("nieuwjaarsdag"), HolidayText::tr("New Year's Day"), QDate(year, 1, 1), true},
        {QStringLiteral("goede-vrijdag"), HolidayText::tr("Good Friday"), easter.addDays(-2), false},
        {QStringLiteral("eerste-paasdag"), HolidayText::tr("Easter Sunday"), easter, false},
        {QStringLiteral("tweede-paasdag"), HolidayText::tr("Easter Monday"), easter.addDays(1), true},
        {QStringLiteral("koningsdag"), HolidayText::tr("King's Day"), kingsDay, true},
        {QStringLiteral("bevrijdingsdag"), HolidayText::tr("Liberation Day"), QDate(year, 5, 5), year % 5 == 0},
        {QStringLiteral("hemelvaartsdag"), HolidayText::tr("Ascension Day"), easter.addDays(39), true},
        {QStringLiteral("eerste-pinksterdag"), HolidayText::tr("Whit Sunday"), easter.addDays(49), false},
        {QStringLiteral("tweede-pinksterdag"), HolidayText::tr("Whit Monday"), easter.addDays(50), true},
        {QStringLiteral("eerste-kerstdag"), HolidayText::tr("Christmas Day"), QDate(year, 12, 25), true},
        {QStringLiteral("tweede-kerstdag"), HolidayText::tr("Boxing Day"), QDate(year, 12, 26), true},
    };
}

QList<PublicHoliday> publicHolidaysBetween(const QDate &from, const QDate &to)
{
    QList<PublicHoliday> result;
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const PublicHoliday &holiday : publicHolidays(year)) {
            if (holiday.date >= from && holiday.date <= to)
                result.append(holiday);
        }
    }
    std::sort(result.begin(), result.end(), [](const PublicHoliday &a, const PublicHoliday &b) { return a.date < b.date; });
    return result;
}

} // namespace samenplan::calendar
