#include "catch.h"

#include "calendar/publicholidays.h"

using namespace samenplan;
using namespace samenplan::calendar;

namespace {

QDate dateOf(int year, const QString &code)
{
    for (const PublicHoliday &holiday : publicHolidays(year)) {
        if (holiday.code == code)
            return holiday.date;
    }
    return {};
}

} // namespace

TEST_CASE("Easter Sunday by the Gregorian computus, checked against known dates", "[calendar]")
{
    // Published Easter dates, including the earliest (22 March) and latest (25 April) possible.
    const QList<QPair<int, QDate>> known{
        {1818, QDate(1818, 3, 22)}, {1943, QDate(1943, 4, 25)}, {2000, QDate(2000, 4, 23)}, {2008, QDate(2008, 3, 23)},
        {2019, QDate(2019, 4, 21)}, {2024, QDate(2024, 3, 31)}, {2025, QDate(2025, 4, 20)}, {2026, QDate(2026, 4, 5)},
        {2027, QDate(2027, 3, 28)}, {2028, QDate(2028, 4, 16)}, {2029, QDate(2029, 4, 1)}, {2038, QDate(2038, 4, 25)},
    };
    for (const auto &[year, easter] : known) {
        INFO(year);
        CHECK(easterSunday(year) == easter);
        CHECK(easterSunday(year).dayOfWeek() == 7);
    }
}

TEST_CASE("The Easter-based public holidays follow Easter over several years", "[calendar]")
{
    // Ascension Day and Whit Monday as the Dutch government lists them.
    CHECK(dateOf(2025, QStringLiteral("hemelvaartsdag")) == QDate(2025, 5, 29));
    CHECK(dateOf(2025, QStringLiteral("tweede-pinksterdag")) == QDate(2025, 6, 9));
    CHECK(dateOf(2026, QStringLiteral("goede-vrijdag")) == QDate(2026, 4, 3));
    CHECK(dateOf(2026, QStringLiteral("tweede-paasdag")) == QDate(2026, 4, 6));
    CHECK(dateOf(2026, QStringLiteral("hemelvaartsdag")) == QDate(2026, 5, 14));
    CHECK(dateOf(2026, QStringLiteral("tweede-pinksterdag")) == QDate(2026, 5, 25));
    CHECK(dateOf(2027, QStringLiteral("tweede-paasdag")) == QDate(2027, 3, 29));
    CHECK(dateOf(2027, QStringLiteral("hemelvaartsdag")) == QDate(2027, 5, 6));
    CHECK(dateOf(2027, QStringLiteral("tweede-pinksterdag")) == QDate(2027, 5, 17));
    CHECK(dateOf(2028, QStringLiteral("tweede-paasdag")) == QDate(2028, 4, 17));
    CHECK(dateOf(2028, QStringLiteral("hemelvaartsdag")) == QDate(2028, 5, 25));
    CHECK(dateOf(2028, QStringLiteral("tweede-pinksterdag")) == QDate(2028, 6, 5));
}

TEST_CASE("King's Day moves to the 26th when the 27th is a Sunday, Liberation Day is a day off every five years", "[calendar]")
{
    CHECK(dateOf(2025, QStringLiteral("koningsdag")) == QDate(2025, 4, 26));
    CHECK(dateOf(2026, QStringLiteral("koningsdag")) == QDate(2026, 4, 27));
    CHECK(dateOf(2031, QStringLiteral("koningsdag")) == QDate(2031, 4, 26));
    const auto dayOff = [](int year, const QString &code) {
        for (const PublicHoliday &holiday : publicHolidays(year)) {
            if (holiday.code == code)
                return holiday.dayOff;
        }
        return false;
    };
    CHECK(dayOff(2025, QStringLiteral("bevrijdingsdag")));
    CHECK_FALSE(dayOff(2026, QStringLiteral("bevrijdingsdag")));
    CHECK(dayOff(2030, QStringLiteral("bevrijdingsdag")));
    CHECK_FALSE(dayOff(2026, QStringLiteral("goede-vrijdag")));
    CHECK(dayOff(2026, QStringLiteral("tweede-kerstdag")));
    const QList<PublicHoliday> schoolYear = publicHolidaysBetween(QDate(2026, 8, 1), QDate(2027, 7, 31));
    REQUIRE(schoolYear.size() == 11);
    CHECK(schoolYear.first().date == QDate(2026, 12, 25));
    CHECK(schoolYear.last().date == QDate(2027, 5, 17));
}
