// The import's field readers: dates in ISO or Dutch order, weekday lists, and the CSV reader's
// plain, quoted and mixed fields.

#include "catch.h"

#include "io/csvtable.h"
#include "io/importfields.h"

using namespace samenplan;

TEST_CASE("import dates: ISO or Dutch day-month-year, impossible dates refused", "[import]")
{
    CHECK(io::parseImportDate(QStringLiteral("2026-11-23")) == QDate(2026, 11, 23));
    CHECK(io::parseImportDate(QStringLiteral("23-11-2026")) == QDate(2026, 11, 23));
    CHECK(io::parseImportDate(QStringLiteral(" 1-2-2027 ")) == QDate(2027, 2, 1));
    CHECK_FALSE(io::parseImportDate(QStringLiteral("29-02-2027")));
    CHECK_FALSE(io::parseImportDate(QStringLiteral("123-1-2027")));
    CHECK_FALSE(io::parseImportDate(QStringLiteral("1-1-27")));
    CHECK_FALSE(io::parseImportDate(QStringLiteral("1--2027")));
    CHECK_FALSE(io::parseImportDate(QStringLiteral("1-1-2027-1")));
    CHECK_FALSE(io::parseImportDate(QStringLiteral("23/11/2026")));
    CHECK_FALSE(io::parseImportDate(QString()));
}

TEST_CASE("import days: Dutch or English, commas or spaces, any case", "[import]")
{
    CHECK(io::parseImportDays(QStringLiteral("ma,di")) == (weekdayBit(1) | weekdayBit(2)));
    CHECK(io::parseImportDays(QStringLiteral(" Mon, WED  fri ")) == (weekdayBit(1) | weekdayBit(3) | weekdayBit(5)));
    CHECK(io::parseImportDays(QStringLiteral("zo,,za")) == (weekdayBit(6) | weekdayBit(7)));
    CHECK_FALSE(io::parseImportDays(QStringLiteral("ma;di")));
    CHECK_FALSE(io::parseImportDays(QStringLiteral("maandag")));
    CHECK_FALSE(io::parseImportDays(QStringLiteral(" , ")));
    const QList<QStringView> words = io::splitWords(u"ve,\tcoach  x");
    REQUIRE(words.size() == 3);
    CHECK(words.at(1) == u"coach");
}

TEST_CASE("CSV: plain fields, quoted fields and quotes inside a plain field", "[csv]")
{
    io::CsvError error;
    const auto table = io::parseCsv("a;b;c\nplain text;\"quoted;\"\"x\"\"\";5\"6\nlast;;\n", &error);
    INFO(error.text().toStdString());
    REQUIRE(table);
    REQUIRE(table->records.size() == 2);
    CHECK(table->records.at(0).fields
          == QStringList{QStringLiteral("plain text"), QStringLiteral("quoted;\"x\""), QStringLiteral("5\"6")});
    CHECK(table->records.at(1).fields == QStringList{QStringLiteral("last"), QString(), QString()});
}
