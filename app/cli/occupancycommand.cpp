// samenplan-cli occupancy FILE --date YYYY-MM-DD [--json]: per group, the places and youth-care
// seats in use on a day, the staff the children require, and the warnings.

#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "cli/jsonwriter.h"

#include "persistence/childrepository.h"
#include "persistence/dberror.h"
#include "placement/occupancy.h"
#include "planning/planningdata.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace samenplan::cli {
namespace {

class OccupancyCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::OccupancyCliText)
};

// One group's day; the keys in ascending order, as QJsonObject writes them.
void writeJson(JsonWriter &json, const planning::GroupOccupancy &group)
{
    json.beginObject();
    json.member(QLatin1StringView("children_present"), group.childrenPresent);
    json.member(QLatin1StringView("group"), group.group);
    json.member(QLatin1StringView("location"), group.location);
    json.member(QLatin1StringView("max_children"), group.maxChildren);
    json.member(QLatin1StringView("regular_places"), group.regularPlaces);
    json.member(QLatin1StringView("regular_present"), group.regularPresent);
    json.key(QLatin1StringView("required_by_part"));
    json.beginArray();
    for (const planning::PartOfDay &part : group.requiredByPart) {
        json.beginObject();
        json.member(QLatin1StringView("allowed"), part.allowed);
        json.member(QLatin1StringView("from"), formatMinutes(part.hours.from));
        json.member(QLatin1StringView("part"), part.part);
        json.member(QLatin1StringView("required"), part.required);
        json.member(QLatin1StringView("to"), formatMinutes(part.hours.to));
        json.endObject();
    }
    json.endArray();
    json.member(QLatin1StringView("required_staff"), group.requiredStaff);
    json.key(QLatin1StringView("warnings"));
    json.beginArray();
    for (const planning::OccupancyWarning &warning : group.warnings) {
        json.beginObject();
        json.member(QLatin1StringView("message"), warning.message);
        json.member(QLatin1StringView("rule"), warning.rule);
        json.endObject();
    }
    json.endArray();
    json.member(QLatin1StringView("youth_care_present"), group.youthCarePresent);
    json.member(QLatin1StringView("youth_care_seats"), group.youthCareSeats);
    json.endObject();
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
    auto db = openDatabase(QStringLiteral("occupancy"), parser.positionalArguments().first(), io,
                           Database::ContentCheck::AlongsideReading);
    if (!db)
        return ExitUsage;
    QList<planning::GroupOccupancy> groups;
    try {
        // The day's children come without names; the few the warnings name are read for them.
        const ChildRepository children(*db);
        groups = planning::occupancyOn(planning::PlanningData::loadDay(*db, *day), *day, {}, NoId,
                                       [&children](const QList<Id> &ids) { return children.displayNames(ids); });
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("occupancy: ") + readFailure(*db, error));
    }
    if (!soundContents(QStringLiteral("occupancy"), *db, io))
        return ExitUsage;
    if (parser.isSet(json)) {
        QByteArray bytes;
        JsonWriter writer(bytes);
        writer.beginObject();
        writer.member(QLatin1StringView("date"), day->toString(Qt::ISODate));
        writer.key(QLatin1StringView("groups"));
        writer.beginArray();
        for (const planning::GroupOccupancy &group : std::as_const(groups))
            writeJson(writer, group);
        writer.endArray();
        writer.endObject();
        JsonWriter::write(io.out, bytes);
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
