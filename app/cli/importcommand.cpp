// samenplan-cli import FILE [--groups G.csv] [--placements P.csv] [--staff S.csv] [--shifts H.csv]
// [--dry-run]: all or nothing; every problem as FILE:LINE: column: reason.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "io/importer.h"
#include "persistence/dberror.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace samenplan::cli {
namespace {
class ImportCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::ImportCliText)
};
} // namespace

int importCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCliText::tr("Import groups, placements, staff and shifts from CSV files, all or nothing."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ImportCliText::tr("The database file"));
    const QCommandLineOption groups(QStringLiteral("groups"), ImportCliText::tr("Groups CSV"), QStringLiteral("G.csv"));
    const QCommandLineOption placements(QStringLiteral("placements"), ImportCliText::tr("Placements CSV"), QStringLiteral("P.csv"));
    const QCommandLineOption staff(QStringLiteral("staff"), ImportCliText::tr("Staff CSV"), QStringLiteral("S.csv"));
    const QCommandLineOption shifts(QStringLiteral("shifts"), ImportCliText::tr("Shifts CSV"), QStringLiteral("H.csv"));
    const QCommandLineOption attendance(QStringLiteral("attendance"), ImportCliText::tr("Attendance CSV (child;date;arrived;left)"), QStringLiteral("A.csv"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), ImportCliText::tr("Check everything, write nothing"));
    parser.addOptions({groups, placements, staff, shifts, attendance, dryRun});
    if (!parseOptions(parser, QStringLiteral("import"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, ImportCliText::tr("import: give exactly one database file"));
    const io::ImportFiles files{parser.value(groups), parser.value(placements), parser.value(staff), parser.value(shifts),
                               parser.value(attendance)};
    if (files.groups.isEmpty() && files.placements.isEmpty() && files.staff.isEmpty() && files.shifts.isEmpty()
        && files.attendance.isEmpty())
        return usageError(io, ImportCliText::tr("import: give at least one of --groups, --placements, --staff, --shifts and --attendance"));
    auto db = openDatabase(QStringLiteral("import"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    try {
        const io::ImportReport report = io::importFiles(*db, files, parser.isSet(dryRun));
        for (const QString &note : report.notes)
            io.err << note << '\n';
        for (const io::ImportProblem &problem : report.problems)
            io.err << problem.text() << '\n';
        if (!report.problems.isEmpty()) {
            io.err << ImportCliText::tr("%n problem(s); nothing was imported.", nullptr, int(report.problems.size())) << '\n';
            return ExitProblems;
        }
        io.out << (report.written ? ImportCliText::tr("Imported %1 group(s), %2 child(ren) in %3 placement(s), %4 staff, %5 shift(s).")
                                  : ImportCliText::tr("Dry run: %1 group(s), %2 child(ren) in %3 placement(s), %4 staff, %5 shift(s) would be imported."))
                      .arg(report.groups).arg(report.children).arg(report.placements).arg(report.staff).arg(report.shifts)
               << '\n';
        if (report.attendance > 0)
            io.out << ImportCliText::tr("Attendance: %n child day(s).", nullptr, report.attendance) << '\n';
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("import: ") + error.message());
    }
    return ExitOk;
}

} // namespace samenplan::cli
