// samenplan-cli roster FILE --week 2026-W48 [--pdf OUT.pdf [--layout wall|list]] [--csv OUT.csv]: the weekly
// roster; the PDF as lists by staff and by group (list, the default) or as time bars for the wall (wall).

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "persistence/dberror.h"
#include "persistence/locationrepository.h"
#include "planning/planningdata.h"
#include "report/rosterreport.h"
#include "report/wallroster.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace samenplan::cli {
namespace {
class RosterCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::RosterCliText)
};
} // namespace

int rosterCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RosterCliText::tr("Write the weekly roster as a PDF (A4 landscape: lists by staff and by group, or time bars for the wall) and/or a CSV file (one row per shift)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), RosterCliText::tr("The database file"));
    const QCommandLineOption week(QStringLiteral("week"), RosterCliText::tr("The ISO week, e.g. 2026-W48"), QStringLiteral("YYYY-Www"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), RosterCliText::tr("The PDF file to write"), QStringLiteral("OUT.pdf"));
    const QCommandLineOption csv(QStringLiteral("csv"), RosterCliText::tr("The CSV file to write"), QStringLiteral("OUT.csv"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    RosterCliText::tr("The PDF's layout: list (by staff and by group, the default) or wall (time bars per person, for the wall)"),
                                    QStringLiteral("wall|list"), QStringLiteral("list"));
    const QCommandLineOption location(QStringLiteral("location"), RosterCliText::tr("Only this location's pages in the PDF"),
                                      QStringLiteral("NAME"));
    parser.addOptions({week, pdf, csv, layout, location});
    if (!parseOptions(parser, QStringLiteral("roster"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, RosterCliText::tr("roster: give exactly one database file"));
    if (!parser.isSet(week) || (!parser.isSet(pdf) && !parser.isSet(csv)))
        return usageError(io, RosterCliText::tr("roster: --week and at least one of --pdf and --csv are required"));
    const auto isoWeek = IsoWeek::parse(parser.value(week));
    if (!isoWeek)
        return usageError(io, RosterCliText::tr("roster: %1 is not a week such as 2026-W48").arg(parser.value(week)));
    const QString layoutName = parser.value(layout);
    if (layoutName != QLatin1String("list") && layoutName != QLatin1String("wall"))
        return usageError(io, RosterCliText::tr("roster: --layout is wall or list, not %1").arg(layoutName));
    if (parser.isSet(layout) && !parser.isSet(pdf))
        return usageError(io, RosterCliText::tr("roster: --layout chooses the layout of --pdf; give --pdf too"));
    if (!checkOutputs(QStringLiteral("roster"), {parser.value(pdf), parser.value(csv)}, parser.positionalArguments().first(), io))
        return ExitUsage;
    auto db = openDatabase(QStringLiteral("roster"), parser.positionalArguments().first(), io,
                           Database::ContentCheck::AlongsideReading);
    if (!db)
        return ExitUsage;
    try {
        Id onlyLocation = NoId;
        if (parser.isSet(location)) {
            for (const Location &candidate : LocationRepository(*db).all()) {
                if (candidate.name.compare(parser.value(location), Qt::CaseInsensitive) == 0)
                    onlyLocation = candidate.id;
            }
            if (onlyLocation == NoId && !soundContents(QStringLiteral("roster"), *db, io))
                return ExitUsage;
            if (onlyLocation == NoId)
                return usageError(io, RosterCliText::tr("roster: there is no location called %1").arg(parser.value(location)));
        }
        // One location's PDF reads that location's week only (the CSV is the whole organisation's).
        const planning::PlanningData data = onlyLocation != NoId && !parser.isSet(csv)
            ? planning::PlanningData::loadLocation(*db, isoWeek->monday(), isoWeek->day(7), onlyLocation)
            : planning::PlanningData::load(*db, isoWeek->monday(), isoWeek->day(7));
        if (parser.isSet(pdf)) {
            // Rendered while the file's check still runs; the PDF replaces the file only after it passed.
            const report::PdfGate checked = [&db] { return db->contentProblem(); };
            const QString error = layoutName == QLatin1String("wall")
                ? report::writeWallRosterPdf(parser.value(pdf), data, *isoWeek, QDate::currentDate(), onlyLocation, checked)
                : report::writeRosterPdf(parser.value(pdf), data, *isoWeek, QDate::currentDate(), onlyLocation, checked);
            if (!error.isEmpty())
                return usageError(io, QStringLiteral("roster: ") + error);
            io.out << RosterCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(pdf))) << '\n';
        }
        if (!soundContents(QStringLiteral("roster"), *db, io))
            return ExitUsage;
        if (parser.isSet(csv)) {
            const QString error = report::writeRosterCsv(parser.value(csv), data, *isoWeek);
            if (!error.isEmpty())
                return usageError(io, QStringLiteral("roster: ") + error);
            io.out << RosterCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(csv))) << '\n';
        }
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("roster: ") + readFailure(*db, error));
    }
    return ExitOk;
}

} // namespace samenplan::cli
