// samenplan-cli export FILE --table NAME [--date YYYY-MM-DD] (--csv OUT.csv | --xlsx OUT.xlsx)
// [--with-youth-care]: children per group, placements, staff, the roster or occupancy for others.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "io/exporttables.h"
#include "persistence/dberror.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace samenplan::cli {
namespace {
class ExportCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::ExportCliText)
};
} // namespace

int exportCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCliText::tr("Export a table as CSV (';', UTF-8 with BOM) or all tables as XLSX."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ExportCliText::tr("The database file"));
    const QCommandLineOption table(QStringLiteral("table"), ExportCliText::tr("children, placements, staff, roster or occupancy (XLSX: all when not given)"),
                                   QStringLiteral("NAME"));
    const QCommandLineOption date(QStringLiteral("date"), ExportCliText::tr("The day (and its week for the roster); default today"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption csv(QStringLiteral("csv"), ExportCliText::tr("Write CSV"), QStringLiteral("OUT.csv"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), ExportCliText::tr("Write XLSX"), QStringLiteral("OUT.xlsx"));
    const QCommandLineOption youth(QStringLiteral("with-youth-care"), ExportCliText::tr("Include youth-care fields (special-category data)"));
    parser.addOptions({table, date, csv, xlsx, youth});
    if (!parseOptions(parser, QStringLiteral("export"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, ExportCliText::tr("export: give exactly one database file"));
    if (parser.isSet(csv) == parser.isSet(xlsx))
        return usageError(io, ExportCliText::tr("export: give either --csv or --xlsx"));
    if (parser.isSet(table) && !io::exportTableNames().contains(parser.value(table)))
        return usageError(io, ExportCliText::tr("export: unknown table %1 (choose from %2)")
                                  .arg(parser.value(table), io::exportTableNames().join(QStringLiteral(", "))));
    if (parser.isSet(csv) && !parser.isSet(table))
        return usageError(io, ExportCliText::tr("export: --csv needs --table"));
    QDate day = QDate::currentDate();
    if (parser.isSet(date)) {
        const auto parsed = parseIsoDate(parser.value(date));
        if (!parsed)
            return usageError(io, ExportCliText::tr("export: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(date)));
        day = *parsed;
    }
    if (!checkOutputs(QStringLiteral("export"), {parser.value(csv), parser.value(xlsx)}, parser.positionalArguments().first(), io))
        return ExitUsage;
    auto db = openDatabase(QStringLiteral("export"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    try {
        const QStringList names = parser.isSet(table) ? QStringList{parser.value(table)} : io::exportTableNames();
        QList<io::ExportTable> tables;
        for (const QString &name : names)
            tables.append(io::exportTable(*db, name, day, parser.isSet(youth)));
        const QString path = parser.isSet(csv) ? parser.value(csv) : parser.value(xlsx);
        const QString error = parser.isSet(csv) ? io::writeCsv(path, tables.first()) : io::writeXlsx(path, tables);
        if (!error.isEmpty())
            return usageError(io, QStringLiteral("export: ") + error);
        io.out << ExportCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("export: ") + error.message());
    }
    return ExitOk;
}

} // namespace samenplan::cli
