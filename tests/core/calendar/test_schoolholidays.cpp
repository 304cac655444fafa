#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include "calendar/icsimport.h"
#include "calendar/shippedholidays.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace samenplan;

TEST_CASE("The shipped school holidays cover three regions and three school years, each with its source", "[calendar]")
{
    const QList<SchoolHoliday> holidays = calendar::shippedSchoolHolidays();
    REQUIRE(holidays.size() == 45);
    QSet<QString> seen;
    for (const SchoolHoliday &h : holidays) {
        INFO(h.name.toStdString() << ' ' << h.from.toString(Qt::ISODate).toStdString());
        CHECK(h.from.dayOfWeek() == 6); // Saturday to Sunday, as the government writes them
        CHECK(h.to.dayOfWeek() == 7);
        CHECK(schoolYearOf(h.from) == h.schoolYear);
        CHECK_FALSE(h.source.isEmpty());
        seen.insert(holidayRegionCode(h.region) + h.schoolYear + h.name);
    }
    CHECK(seen.size() == 45); // every region has each of the five holidays in each year
    // 2025-2026 is confirmed; the summer holidays of the three regions follow one another.
    for (const SchoolHoliday &h : holidays) {
        if (h.schoolYear == QLatin1String("2025-2026"))
            CHECK(h.confirmed);
        if (h.schoolYear == QLatin1String("2025-2026") && h.name == QLatin1String("Zomervakantie")) {
            const QDate expected = h.region == HolidayRegion::Noord ? QDate(2026, 7, 4)
                : h.region == HolidayRegion::Zuid                   ? QDate(2026, 7, 11)
                                                                    : QDate(2026, 7, 18);
            CHECK(h.from == expected);
            CHECK(h.from.daysTo(h.to) == 43);
        }
    }
}

TEST_CASE("samenplan-cli holidays prints a region's school year with exactly the issue's fields", "[calendar][cli]")
{
    const CliRun run = runCliWith({QStringLiteral("holidays"), QStringLiteral("--school-year"), QStringLiteral("2025-2026"),
                                   QStringLiteral("--region"), QStringLiteral("midden"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("region")).toString() == QLatin1String("midden"));
    CHECK(root.value(QStringLiteral("school_year")).toString() == QLatin1String("2025-2026"));
    const QJsonArray holidays = root.value(QStringLiteral("holidays")).toArray();
    REQUIRE(holidays.size() == 5);
    const QJsonObject autumn = holidays.first().toObject();
    CHECK(autumn.value(QStringLiteral("name")).toString() == QLatin1String("Herfstvakantie"));
    CHECK(autumn.value(QStringLiteral("from")).toString() == QLatin1String("2025-10-18"));
    CHECK(autumn.value(QStringLiteral("to")).toString() == QLatin1String("2025-10-26"));
    const QJsonArray publicHolidays = root.value(QStringLiteral("public_holidays")).toArray();
    REQUIRE(publicHolidays.size() == 11);
    bool ascension = false;
    for (const QJsonValue &value : publicHolidays) {
        const QJsonObject h = value.toObject();
        CHECK(h.contains(QStringLiteral("name")));
        if (h.value(QStringLiteral("date")).toString() == QLatin1String("2026-05-14"))
            ascension = h.value(QStringLiteral("code")).toString() == QLatin1String("hemelvaartsdag");
    }
    CHECK(ascension);

    const CliRun bad = runCliWith({QStringLiteral("holidays"), QStringLiteral("--school-year"), QStringLiteral("2026-2028"),
                                   QStringLiteral("--region"), QStringLiteral("midden")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.count(QLatin1Char('\n')) == 1);
    const CliRun region = runCliWith({QStringLiteral("holidays"), QStringLiteral("--school-year"), QStringLiteral("2026-2027"),
                                      QStringLiteral("--region"), QStringLiteral("oost")});
    CHECK(region.exitCode == 2);
    CHECK(region.err.contains(QStringLiteral("oost")));
}

TEST_CASE("School-free days import from an iCalendar file into the database, refused whole when one event is bad", "[calendar][cli]")
{
    TempDir tmp;
    const QString database = tmp.file(QStringLiteral("h.samenplan"));
    REQUIRE(runCliWith({QStringLiteral("init"), database}).exitCode == 0);
    const QString ics = tmp.file(QStringLiteral("studiedagen.ics"));
    const auto write = [&](const QByteArray &events) {
        QFile file(ics);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n");
    };
    write("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Studiedag\r\nDTSTART;VALUE=DATE:20261009\r\nDTEND;VALUE=DATE:20261010\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20261110\r\nEND:VEVENT\r\n");
    const QStringList import{QStringLiteral("holidays"), database, QStringLiteral("--region"), QStringLiteral("midden"),
                             QStringLiteral("--import-ics"), ics};
    const CliRun refused = runCliWith(import);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed() == QLatin1String("studiedagen.ics: event 2: no name (SUMMARY)"));

    write("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Studiedag\r\nDTSTART;VALUE=DATE:20261009\r\nDTEND;VALUE=DATE:20261010\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Vrije middag\r\nDTSTART;VALUE=DATE:20261110\r\nEND:VEVENT\r\n");
    REQUIRE(runCliWith(import).exitCode == 0);
    const CliRun listed = runCliWith({QStringLiteral("holidays"), database, QStringLiteral("--school-year"),
                                      QStringLiteral("2026-2027"), QStringLiteral("--region"), QStringLiteral("midden"),
                                      QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    QStringList names;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("holidays")).toArray()) {
        const QJsonObject h = value.toObject();
        names << h.value(QStringLiteral("name")).toString() + QLatin1Char(' ') + h.value(QStringLiteral("from")).toString()
                     + QLatin1Char(' ') + h.value(QStringLiteral("to")).toString();
    }
    CHECK(names.contains(QStringLiteral("Studiedag 2026-10-09 2026-10-09")));
    CHECK(names.contains(QStringLiteral("Vrije middag 2026-11-10 2026-11-10")));
    CHECK(names.size() == 7); // the five shipped holidays and the two imported days

    const calendar::IcsHolidays garbage = calendar::parseHolidaysFromIcs("not a calendar", QStringLiteral("x.ics"), HolidayRegion::Zuid);
    CHECK(garbage.holidays.isEmpty());
    CHECK(garbage.problems.size() == 1);
}
