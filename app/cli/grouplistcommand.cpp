// samenplan-cli grouplist FILE --group NAME --week YYYY-Www --pdf OUT.pdf: the printable group list.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "persistence/dberror.h"
#include "planning/planningdata.h"
#include "report/grouplist.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace samenplan::cli {
namespace {
class GroupListCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::GroupListCliText)
};
} // namespace

int groupListCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(GroupListCliText::tr("Print a group's children and days for a week to PDF (no youth-care information)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), GroupListCliText::tr("The database file"));
    const QCommandLineOption group(QStringLiteral("group"), GroupListCliText::tr("The group's name"), QStringLiteral("NAME"));
    const QCommandLineOption week(QStringLiteral("week"), GroupListCliText::tr("The ISO week, e.g. 2026-W48"), QStringLiteral("YYYY-Www"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), GroupListCliText::tr("The PDF file to write"), QStringLiteral("OUT.pdf"));
    parser.addOptions({group, week, pdf});
    if (!parseOptions(parser, QStringLiteral("grouplist"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, GroupListCliText::tr("grouplist: give exactly one database file"));
    if (!parser.isSet(group) || !parser.isSet(week) || !parser.isSet(pdf))
        return usageError(io, GroupListCliText::tr("grouplist: --group, --week and --pdf are required"));
    const auto isoWeek = IsoWeek::parse(parser.value(week));
    if (!isoWeek)
        return usageError(io, GroupListCliText::tr("grouplist: %1 is not a week such as 2026-W48").arg(parser.value(week)));
    if (!checkOutputs(QStringLiteral("grouplist"), {parser.value(pdf)}, parser.positionalArguments().first(), io))
        return ExitUsage;
    auto db = openDatabase(QStringLiteral("grouplist"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    try {
        const planning::PlanningData data = planning::PlanningData::load(*db, isoWeek->monday(), isoWeek->day(7));
        QStringList names;
        Id groupId = NoId;
        for (const Group &g : data.groups) {
            names << g.name;
            if (g.name.compare(parser.value(group), Qt::CaseInsensitive) == 0 && groupId == NoId)
                groupId = g.id;
        }
        if (groupId == NoId)
            return usageError(io, GroupListCliText::tr("grouplist: no group called %1 (groups: %2)")
                                      .arg(parser.value(group), names.join(QStringLiteral(", "))));
        const QString error = report::writeGroupListPdf(parser.value(pdf), data, groupId, *isoWeek, QDate::currentDate());
        if (!error.isEmpty())
            return usageError(io, QStringLiteral("grouplist: ") + error);
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("grouplist: ") + error.message());
    }
    io.out << GroupListCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(pdf))) << '\n';
    return ExitOk;
}

} // namespace samenplan::cli
