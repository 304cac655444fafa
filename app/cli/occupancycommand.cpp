// samenplan-cli occupancy FILE --date YYYY-MM-DD [--json]: per group, the places and youth-care
// seats in use on a day, the staff the children require, and the warnings.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "persistence/dberror.h"
#include "placement/occupancy.h"
#include "planning/planningdata.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenplan::cli {
namespace {

class OccupancyCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::OccupancyCliText)
};

QJsonObject toJson(const planning::GroupOccupancy &group)
{
    QJsonArray parts;
    for (const planning::PartOfDay &part : group.requiredByPart)
        parts.append(QJsonObject{{QStringLiteral("part"), part.part},
                                 {QStringLiteral("from"), formatMinutes(part.hours.from)},
                                 {QStringLiteral("to"), formatMinutes(part.hours.to)},
                                 {QStringLiteral("required"), part.required},
                                 {QStringLiteral("allowed"), part.allowed}});
    QJsonArray warnings;
    for (const planning::OccupancyWarning &warning : group.warnings)
        warnings.append(QJsonObject{{QStringLiteral("rule"), warning.rule}, {QStringLiteral("message"), warning.message}});
    return QJsonObject{{QStringLiteral("group"), group.group},
                       {QStringLiteral("location"), group.location},
                       {QStringLiteral("regular_present"), group.regularPresent},
                       {QStringLiteral("regular_places"), group.regularPlaces},
                       {QStringLiteral("youth_care_present"), group.youthCarePresent},
                       {QStringLiteral("youth_care_seats"), group.youthCareSeats},
                       {QStringLiteral("children_present"), group.childrenPresent},
                       {QStringLiteral("max_children"), group.maxChildren},
                       {QStringLiteral("required_staff"), group.requiredStaff},
                       {QStringLiteral("required_by_part"), parts},
                       {QStringLiteral("warnings"), warnings}};
}

} // namespace

int occupancyCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OccupancyCliText::tr("Places, youth-care seats and required staff per group on a day."));
    parser.addPositionalArgument(QStringLiteral("FILE"), OccupancyCliText::tr("The database file"));
    const QCommandLineOption date(QStringLiteral("date"), OccupancyCliText::tr("The day"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), OccupancyCliText::tr("Answer as JSON"));
    parser.addOptions({date, json});
    if (!parseOptions(parser, QStringLiteral("occupancy"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, OccupancyCliText::tr("occupancy: give exactly one database file"));
    if (!parser.isSet(date))
        return usageError(io, OccupancyCliText::tr("occupancy: --date YYYY-MM-DD is required"));
    const auto day = parseIsoDate(parser.value(date));
    if (!day)
        return usageError(io, OccupancyCliText::tr("occupancy: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(date)));
    auto db = openDatabase(QStringLiteral("occupancy"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    QList<planning::GroupOccupancy> groups;
    try {
        const IsoWeek week = IsoWeek::containing(*day);
        groups = planning::occupancyOn(planning::PlanningData::load(*db, week.monday(), week.day(7)), *day);
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("occupancy: ") + error.message());
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const planning::GroupOccupancy &group : std::as_const(groups))
            list.append(toJson(group));
        const QJsonObject root{{QStringLiteral("date"), day->toString(Qt::ISODate)}, {QStringLiteral("groups"), list}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const planning::GroupOccupancy &group : std::as_const(groups)) {
        io.out << group.group << " (" << group.location << ")\n"
               << "  " << OccupancyCliText::tr("regular %1/%2, youth-care seats %3/%4, required staff %5")
                              .arg(group.regularPresent).arg(group.regularPlaces).arg(group.youthCarePresent)
                              .arg(group.youthCareSeats).arg(group.requiredStaff)
               << '\n';
        for (const planning::OccupancyWarning &warning : group.warnings)
            io.out << "  ! " << warning.message << '\n';
    }
    return ExitOk;
}

} // namespace samenplan::cli
