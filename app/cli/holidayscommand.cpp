// samenplan-cli holidays [FILE] --school-year 2026-2027 --region midden [--json]: the school
// holidays of a region and the public holidays of a school year; without FILE those shipped with
// Samenplan, with FILE the database's own (as edited). --import-ics CAL.ics adds the events of an
// iCalendar file to the database as holidays of the region, all or nothing.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "calendar/icsimport.h"
#include "calendar/publicholidays.h"
#include "calendar/shippedholidays.h"
#include "changes/attendancechanges.h"
#include "persistence/calendarrepository.h"
#include "persistence/dberror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenplan::cli {
namespace {

class HolidaysCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::HolidaysCliText)
};

int importIcs(Database &db, const QString &path, HolidayRegion region, Streams io)
{
    const calendar::IcsHolidays read = calendar::readHolidaysFromIcs(path, region);
    for (const QString &problem : read.problems)
        io.err << problem << '\n';
    if (!read.problems.isEmpty())
        return ExitProblems;
    try {
        Transaction transaction(db);
        for (const SchoolHoliday &holiday : read.holidays)
            changes::add(db, holiday);
        transaction.commit();
    } catch (const ChangeRefused &refused) {
        io.err << "samenplan-cli: holidays: " << refused.message() << '\n';
        return ExitProblems;
    }
    io.out << HolidaysCliText::tr("Imported %n holiday(s).", nullptr, int(read.holidays.size())) << '\n';
    return ExitOk;
}

} // namespace

int holidaysCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HolidaysCliText::tr("School holidays per region and public holidays of a school year."));
    parser.addPositionalArgument(QStringLiteral("FILE"), HolidaysCliText::tr("The database file (optional: without it, the holidays shipped with Samenplan)"));
    const QCommandLineOption year(QStringLiteral("school-year"), HolidaysCliText::tr("The school year, e.g. 2026-2027"), QStringLiteral("YYYY-YYYY"));
    const QCommandLineOption region(QStringLiteral("region"), HolidaysCliText::tr("The holiday region: noord, midden or zuid"), QStringLiteral("REGION"));
    const QCommandLineOption json(QStringLiteral("json"), HolidaysCliText::tr("Answer as JSON"));
    const QCommandLineOption ics(QStringLiteral("import-ics"), HolidaysCliText::tr("Add the events of an iCalendar file as holidays of the region"), QStringLiteral("CAL.ics"));
    parser.addOptions({year, region, json, ics});
    if (!parseOptions(parser, QStringLiteral("holidays"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() > 1)
        return usageError(io, HolidaysCliText::tr("holidays: give at most one database file"));
    if (!parser.isSet(region))
        return usageError(io, HolidaysCliText::tr("holidays: --region noord, midden or zuid is required"));
    const auto parsedRegion = holidayRegionFromCode(parser.value(region));
    if (!parsedRegion)
        return usageError(io, HolidaysCliText::tr("holidays: %1 is not a region (noord, midden, zuid)").arg(parser.value(region)));
    std::unique_ptr<Database> db;
    if (!parser.positionalArguments().isEmpty()) {
        db = openDatabase(QStringLiteral("holidays"), parser.positionalArguments().first(), io);
        if (!db)
            return ExitUsage;
    }
    if (parser.isSet(ics)) {
        if (!db)
            return usageError(io, HolidaysCliText::tr("holidays: --import-ics needs the database file"));
        try {
            return importIcs(*db, parser.value(ics), *parsedRegion, io);
        } catch (const DbError &error) {
            return usageError(io, QStringLiteral("holidays: ") + error.message());
        }
    }
    if (!parser.isSet(year) || !isSchoolYear(parser.value(year)))
        return usageError(io, HolidaysCliText::tr("holidays: --school-year such as 2026-2027 is required"));
    const QString schoolYear = parser.value(year);
    QList<SchoolHoliday> all;
    try {
        all = db ? CalendarRepository(*db).schoolHolidays() : calendar::shippedSchoolHolidays();
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("holidays: ") + error.message());
    }
    QJsonArray holidays;
    QStringList lines;
    for (const SchoolHoliday &h : std::as_const(all)) {
        if (h.region != *parsedRegion || h.schoolYear != schoolYear)
            continue;
        holidays.append(QJsonObject{{QStringLiteral("name"), h.name},
                                    {QStringLiteral("from"), h.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), h.to.toString(Qt::ISODate)},
                                    {QStringLiteral("confirmed"), h.confirmed},
                                    {QStringLiteral("source"), h.source}});
        lines << QStringLiteral("%1  %2  %3%4").arg(h.from.toString(Qt::ISODate), h.to.toString(Qt::ISODate), h.name,
                                                   h.confirmed ? QString() : HolidaysCliText::tr(" (not confirmed)"));
    }
    const int first = schoolYear.left(4).toInt();
    QJsonArray publicHolidays;
    for (const calendar::PublicHoliday &h : calendar::publicHolidaysBetween(QDate(first, 8, 1), QDate(first + 1, 7, 31))) {
        publicHolidays.append(QJsonObject{{QStringLiteral("name"), h.name},
                                          {QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                          {QStringLiteral("code"), h.code},
                                          {QStringLiteral("day_off"), h.dayOff}});
        lines << QStringLiteral("%1              %2").arg(h.date.toString(Qt::ISODate), h.name);
    }
    if (parser.isSet(json)) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("region"), holidayRegionCode(*parsedRegion)},
                                            {QStringLiteral("school_year"), schoolYear},
                                            {QStringLiteral("holidays"), holidays},
                                            {QStringLiteral("public_holidays"), publicHolidays}})
                      .toJson(QJsonDocument::Indented);
    } else {
        lines.sort();
        for (const QString &line : std::as_const(lines))
            io.out << line << '\n';
        if (holidays.isEmpty())
            io.out << HolidaysCliText::tr("No school holidays registered for %1 in %2.").arg(holidayRegionName(*parsedRegion), schoolYear) << '\n';
    }
    return ExitOk;
}

} // namespace samenplan::cli
