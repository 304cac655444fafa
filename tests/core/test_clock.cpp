#include "catch.h"

#include "util/clock.h"
#include "util/datetext.h"

using namespace samenplan;

TEST_CASE("times of day parse and format", "[clock]")
{
    CHECK(parseMinutes(QStringLiteral("07:30")) == 450);
    CHECK(parseMinutes(QStringLiteral("7:30")) == 450);
    CHECK(parseMinutes(QStringLiteral("24:00")) == 1440);
    CHECK_FALSE(parseMinutes(QStringLiteral("24:30")));
    CHECK_FALSE(parseMinutes(QStringLiteral("12:60")));
    CHECK_FALSE(parseMinutes(QStringLiteral("noon")));
    CHECK(formatMinutes(450) == QStringLiteral("07:30"));
    const auto range = parseRange(QStringLiteral("07:30-18:30"));
    REQUIRE(range);
    CHECK(range->minutes() == 660);
    CHECK(formatRange(*range) == QStringLiteral("07:30-18:30"));
    CHECK_FALSE(parseRange(QStringLiteral("18:30-07:30")));
}

TEST_CASE("ISO weeks", "[clock]")
{
    const auto week = IsoWeek::parse(QStringLiteral("2026-W48"));
    REQUIRE(week);
    CHECK(week->monday() == QDate(2026, 11, 23));
    CHECK(week->day(5) == QDate(2026, 11, 27));
    CHECK(IsoWeek::containing(QDate(2026, 11, 22)).toString() == QStringLiteral("2026-W47"));
    CHECK(IsoWeek::containing(QDate(2027, 1, 1)).toString() == QStringLiteral("2026-W53"));
    CHECK(IsoWeek::parse(QStringLiteral("2026-W53")));
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2025-W53")));
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2026-W00")));
    CHECK_FALSE(IsoWeek::parse(QStringLiteral("2026-48")));
}

TEST_CASE("ages in completed years and strict dates", "[clock]")
{
    CHECK(ageInYears(QDate(2024, 3, 1), QDate(2025, 2, 28)) == 0);
    CHECK(ageInYears(QDate(2024, 3, 1), QDate(2025, 3, 1)) == 1);
    CHECK(ageInYears(QDate(2024, 2, 29), QDate(2025, 2, 28)) == 0);
    CHECK(ageInYears(QDate(2024, 2, 29), QDate(2025, 3, 1)) == 1);
    CHECK(ageInMonths(QDate(2024, 1, 31), QDate(2024, 2, 29)) == 0);
    CHECK(ageInMonths(QDate(2024, 1, 15), QDate(2026, 7, 15)) == 30);
    CHECK(parseIsoDate(QStringLiteral("2026-11-22")) == QDate(2026, 11, 22));
    CHECK_FALSE(parseIsoDate(QStringLiteral("2026-02-30")));
    CHECK_FALSE(parseIsoDate(QStringLiteral("22-11-2026")));
}

TEST_CASE("ages in months: computed at once, with the answers of year(), month(), day() and a search day by day", "[clock]")
{
    // The rule as written in the plainest way: completed months, the birth day itself counting.
    auto plainMonths = [](const QDate &birth, const QDate &on) {
        int months = (on.year() - birth.year()) * 12 + (on.month() - birth.month());
        if (on.day() < birth.day())
            --months;
        return months;
    };
    auto plainFirstDay = [&](const QDate &birth, int months) {
        QDate day = birth.addMonths(months);
        while (plainMonths(birth, day) < months)
            day = day.addDays(1);
        while (plainMonths(birth, day.addDays(-1)) >= months)
            day = day.addDays(-1);
        return day;
    };
    // Births on every day of a leap year and its neighbours (29 February, the 31st of a month).
    for (QDate birth(2023, 12, 1); birth <= QDate(2025, 1, 31); birth = birth.addDays(1)) {
        for (const int months : {-13, -1, 0, 1, 11, 12, 13, 23, 24, 47, 48, 71, 156}) {
            INFO(birth.toString(Qt::ISODate).toStdString() << " + " << months << " months");
            REQUIRE(firstDayAgedMonths(birth, months) == plainFirstDay(birth, months));
            const QDate on = birth.addDays(months * 29);
            REQUIRE(ageInMonths(birth, on) == plainMonths(birth, on));
        }
    }
    CHECK(firstDayAgedMonths(QDate(2024, 2, 29), 12) == QDate(2025, 3, 1));
    CHECK(firstDayAgedMonths(QDate(2024, 1, 31), 1) == QDate(2024, 3, 1));
}

TEST_CASE("times and ISO dates are read strictly, spaces around allowed", "[clock]")
{
    CHECK(parseMinutes(QStringLiteral(" 7:05 ")) == 425);
    CHECK(parseMinutes(QStringLiteral("00:00")) == 0);
    CHECK_FALSE(parseMinutes(QStringLiteral("7:5")));
    CHECK_FALSE(parseMinutes(QStringLiteral("107:30")));
    CHECK_FALSE(parseMinutes(QStringLiteral("7 :30")));
    CHECK_FALSE(parseMinutes(QStringLiteral("07:30:00")));
    CHECK_FALSE(parseMinutes(QStringLiteral("-7:30")));
    CHECK_FALSE(parseMinutes(QString()));
    CHECK(parseIsoDate(QStringLiteral(" 2024-02-29 ")) == QDate(2024, 2, 29));
    CHECK_FALSE(parseIsoDate(QStringLiteral("2025-02-29")));
    CHECK_FALSE(parseIsoDate(QStringLiteral("2026-1-22")));
    CHECK_FALSE(parseIsoDate(QStringLiteral("2026-11-22x")));
    CHECK_FALSE(parseIsoDate(QStringLiteral("0000-01-01")));
    CHECK_FALSE(parseIsoDate(QStringLiteral("2026/11/22")));
}

TEST_CASE("times and ISO dates written digit by digit read as Qt's formatting writes them", "[clock]")
{
    for (int minutes = -200; minutes <= 7000; ++minutes) {
        INFO(minutes);
        REQUIRE(formatMinutes(minutes)
                == QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0')));
    }
    for (const QDate &date : {QDate(), QDate(2026, 11, 27), QDate(2024, 2, 29), QDate(1000, 1, 1), QDate(999, 12, 31),
                              QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(1, 1, 1), QDate(-5, 6, 7)}) {
        INFO(date.toString(Qt::ISODate).toStdString());
        CHECK(isoDate(date) == date.toString(Qt::ISODate));
    }
    for (QDate date(2025, 12, 25); date <= QDate(2027, 1, 5); date = date.addDays(1))
        REQUIRE(isoDate(date) == date.toString(Qt::ISODate));
}
