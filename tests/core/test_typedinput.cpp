#include "catch.h"

#include "util/datetext.h"
#include "util/typedinput.h"

#include <QLocale>

using namespace samenplan;

TEST_CASE("dates are read as planners type them", "[input]")
{
    const QDate reference(2026, 11, 28);
    CHECK(parseTypedDate(QStringLiteral("23-11-2026"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("23-11"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral(" 5-1 "), reference) == QDate(2027, 1, 5)); // the nearest 5 January
    CHECK(parseTypedDate(QStringLiteral("23/11/26"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("23.11.2026"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("2026-11-23"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("23112026"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("231126"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("2311"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("3"), reference) == QDate(2026, 11, 3));
    CHECK(parseTypedDate(QStringLiteral("23 nov 2026"), reference) == QDate(2026, 11, 23));
    CHECK(parseTypedDate(QStringLiteral("1 mrt"), reference) == QDate(2027, 3, 1));
    CHECK(parseTypedDate(QStringLiteral("1 March 2027"), reference) == QDate(2027, 3, 1));
    CHECK(parseTypedDate(QStringLiteral("4 mei 2027"), reference) == QDate(2027, 5, 4));

    CHECK_FALSE(parseTypedDate(QStringLiteral("31-11-2026"), reference));
    CHECK_FALSE(parseTypedDate(QStringLiteral("30-02"), reference));
    CHECK_FALSE(parseTypedDate(QStringLiteral("tomorrow"), reference));
    CHECK_FALSE(parseTypedDate(QStringLiteral("23-11-202"), reference));
    CHECK_FALSE(parseTypedDate(QStringLiteral("123"), reference));
    CHECK_FALSE(parseTypedDate(QString(), reference));
}

TEST_CASE("times are read as planners type them", "[input]")
{
    CHECK(parseTypedTime(QStringLiteral("8:30")) == 510);
    CHECK(parseTypedTime(QStringLiteral("08:30")) == 510);
    CHECK(parseTypedTime(QStringLiteral("830")) == 510);
    CHECK(parseTypedTime(QStringLiteral("0830")) == 510);
    CHECK(parseTypedTime(QStringLiteral("8.30")) == 510);
    CHECK(parseTypedTime(QStringLiteral("18u30")) == 1110);
    CHECK(parseTypedTime(QStringLiteral("8")) == 480);
    CHECK(parseTypedTime(QStringLiteral("18 uur")) == 1080);
    CHECK(parseTypedTime(QStringLiteral("1830")) == 1110);
    CHECK(parseTypedTime(QStringLiteral("24:00")) == 1440);

    CHECK_FALSE(parseTypedTime(QStringLiteral("8:75")));
    CHECK_FALSE(parseTypedTime(QStringLiteral("25")));
    CHECK_FALSE(parseTypedTime(QStringLiteral("24:30")));
    CHECK_FALSE(parseTypedTime(QStringLiteral("half negen")));
    CHECK_FALSE(parseTypedTime(QStringLiteral("12345")));
}

TEST_CASE("a Dutch date in a sentence has no double dot", "[input]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    const QDate friday(2026, 11, 27);
    CHECK(weekdayAndDate(friday) == QStringLiteral("vr 27 nov"));
    CHECK(shortDate(friday) == QStringLiteral("27 nov 2026"));
    CHECK(QStringLiteral("%1.").arg(weekdayAndDate(friday)) == QStringLiteral("vr 27 nov."));
    CHECK(dayAndMonth(QDate(2027, 5, 4)) == QStringLiteral("4 mei"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(weekdayAndDate(friday) == QStringLiteral("Fri 27 Nov"));
    QLocale::setDefault(before);
}
