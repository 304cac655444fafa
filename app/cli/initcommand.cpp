#include "cli/commands.h"

#include "demo/demodata.h"
#include "persistence/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace samenplan::cli {

int initCommand(const QStringList &arguments, Streams io)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("samenplan::cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new Samenplan database file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The database file to create"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Fill it with a demo organisation"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("Demo data around this date (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    parser.addOption(demoOption);
    parser.addOption(dateOption);
    if (!parseOptions(parser, QStringLiteral("init"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(io, tr("init: give exactly one database file"));
    QDate anchor = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        const auto date = parseIsoDate(parser.value(dateOption));
        if (!date)
            return usageError(io, tr("init: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(dateOption)));
        anchor = *date;
        // The demo's youngest child is three months old around the date: later dates would need
        // children who are not born yet.
        const QDate latest = QDate::currentDate().addMonths(3);
        if (anchor > latest)
            return usageError(io, tr("init: the demo around %1 would have children born after today; choose a date up "
                                     "to %2").arg(anchor.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
    }
    if (parser.isSet(dateOption) && !parser.isSet(demoOption))
        return usageError(io, tr("init: --date goes with --demo"));

    const QString path = files.first();
    // Built beside the target and renamed into place when complete: stopped half-way, init leaves
    // no file, and the next init works. The demo goes through the same rules as every change; a
    // demo the rules refuse is reported (and is a bug).
    std::function<void(const Database &)> fill;
    if (parser.isSet(demoOption))
        fill = [anchor](const Database &db) { demo::populate(db, anchor); };
    const auto created = Database::create(path, fill);
    if (!created.database)
        return usageError(io, QStringLiteral("init: ") + created.error);
    io.out << tr("Created %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return ExitOk;
}

} // namespace samenplan::cli
