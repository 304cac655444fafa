// samenplan-cli check FILE --week 2026-W48 [--scenario NAME] [--json]: the week's roster against the
// rules; the same list the GUI's violations panel shows. With a stored what-if scenario
// (capacity/scenarioplan.h) the same checks run on the scenario beside the plan: what it would add
// to the plan's list and what it would resolve.

#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "cli/jsonwriter.h"
#include "util/datetext.h"

#include "capacity/scenarioplan.h"
#include "persistence/dberror.h"
#include "persistence/scenariorepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "roster/checkdiff.h"
#include "roster/rostercheck.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace samenplan::cli {
namespace {

class CheckCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::CheckCliText)
};

// One violation; the keys in ascending order, as QJsonObject writes them.
void writeJson(JsonWriter &json, const roster::Violation &v, const planning::PlanningData &data)
{
    json.beginObject();
    if (v.date.isValid())
        json.member(QLatin1StringView("date"), isoDate(v.date));
    if (v.time)
        json.member(QLatin1StringView("from"), formatMinutes(v.time->from));
    if (const Group *group = data.group(v.groupId))
        json.member(QLatin1StringView("group"), group->name);
    json.member(QLatin1StringView("message"), v.message);
    if (v.required >= 0)
        json.member(QLatin1StringView("present"), v.present);
    if (v.required >= 0)
        json.member(QLatin1StringView("required"), v.required);
    json.member(QLatin1StringView("rule"), v.rule);
    json.member(QLatin1StringView("severity"), severityCode(v.severity));
    if (const Staff *staff = data.staffMember(v.staffId))
        json.member(QLatin1StringView("staff"), staff->name);
    if (v.time)
        json.member(QLatin1StringView("to"), formatMinutes(v.time->to));
    if (v.rule == roster::rule::Ratio)
        json.member(QLatin1StringView("within_allowance"), v.withinAllowance);
    json.endObject();
}

void writeList(JsonWriter &json, QLatin1StringView name, const QList<roster::Violation> &list, const planning::PlanningData &data)
{
    json.key(name);
    json.beginArray();
    for (const roster::Violation &v : list)
        writeJson(json, v, data);
    json.endArray();
}

} // namespace

int checkCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckCliText::tr("Check a week's roster against the staff-child ratio and the other rules."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CheckCliText::tr("The database file"));
    const QCommandLineOption week(QStringLiteral("week"), CheckCliText::tr("The ISO week, e.g. 2026-W48"), QStringLiteral("YYYY-Www"));
    const QCommandLineOption json(QStringLiteral("json"), CheckCliText::tr("Answer as JSON"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), CheckCliText::tr("Also check a stored what-if scenario, beside the plan"),
                                      QStringLiteral("NAME"));
    parser.addOptions({week, json, scenario});
    if (!parseOptions(parser, QStringLiteral("check"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, CheckCliText::tr("check: give exactly one database file"));
    if (!parser.isSet(week))
        return usageError(io, CheckCliText::tr("check: --week YYYY-Www is required"));
    const auto isoWeek = IsoWeek::parse(parser.value(week));
    if (!isoWeek)
        return usageError(io, CheckCliText::tr("check: %1 is not a week such as 2026-W48").arg(parser.value(week)));
    auto db = openDatabase(QStringLiteral("check"), parser.positionalArguments().first(), io,
                           Database::ContentCheck::AlongsideReading);
    if (!db)
        return ExitUsage;
    try {
        const planning::PlanningData data = planning::PlanningData::load(*db, isoWeek->monday(), isoWeek->day(7));
        const auto fixedFaces = StaffRepository(*db).allFixedFaces();
        const QList<roster::Violation> violations = roster::checkWeek(data, fixedFaces, *isoWeek);
        const std::optional<capacity::Scenario> stored =
            parser.isSet(scenario) ? ScenarioRepository(*db).byName(parser.value(scenario)) : std::nullopt;
        if (!soundContents(QStringLiteral("check"), *db, io))
            return ExitUsage;
        if (parser.isSet(scenario) && !stored)
            return usageError(io, CheckCliText::tr("check: there is no scenario called %1").arg(parser.value(scenario)));
        const planning::PlanningData what = stored ? capacity::withScenario(data, *stored) : planning::PlanningData();
        const QList<roster::Violation> inScenario = stored ? roster::checkWeek(what, fixedFaces, *isoWeek) : QList<roster::Violation>();
        const roster::CheckDifference difference = stored ? roster::compareChecks(violations, inScenario) : roster::CheckDifference();
        if (parser.isSet(json)) {
            QByteArray bytes;
            JsonWriter writer(bytes);
            writer.beginObject();
            if (stored) { // the keys in ascending order, as QJsonObject writes them
                writer.key(QLatin1StringView("scenario"));
                writer.beginObject();
                writeList(writer, QLatin1StringView("added"), difference.added, what);
                writer.member(QLatin1StringView("name"), stored->name);
                writeList(writer, QLatin1StringView("resolved"), difference.resolved, data);
                writeList(writer, QLatin1StringView("violations"), inScenario, what);
                writer.endObject();
            }
            writeList(writer, QLatin1StringView("violations"), violations, data);
            writer.endObject();
            JsonWriter::write(io.out, bytes);
        } else if (stored) {
            const auto print = [&io](const QList<roster::Violation> &list, const planning::PlanningData &from, const QString &mark) {
                for (const roster::Violation &v : list) {
                    const Group *group = from.group(v.groupId);
                    io.out << mark << ' ' << (v.date.isValid() ? v.date.toString(Qt::ISODate) : QStringLiteral("          ")) << "  "
                           << (v.time ? formatRange(*v.time) : QStringLiteral("           ")) << "  "
                           << (group ? group->name : QString()).leftJustified(12) << ' ' << v.message << '\n';
                }
            };
            io.out << CheckCliText::tr("Scenario %1 beside the plan (+ added, - resolved):").arg(stored->name) << '\n';
            print(difference.added, what, QStringLiteral("+"));
            print(difference.resolved, data, QStringLiteral("-"));
            io.out << CheckCliText::tr("%n item(s)", nullptr, int(inScenario.size())) << '\n';
        } else {
            for (const roster::Violation &v : violations) {
                const Group *group = data.group(v.groupId);
                io.out << (v.date.isValid() ? v.date.toString(Qt::ISODate) : QStringLiteral("          ")) << "  "
                       << (v.time ? formatRange(*v.time) : QStringLiteral("           ")) << "  "
                       << (group ? group->name : QString()).leftJustified(12) << ' ' << v.message << '\n';
            }
            io.out << CheckCliText::tr("%n item(s)", nullptr, int(violations.size())) << '\n';
        }
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("check: ") + readFailure(*db, error));
    }
    return ExitOk;
}

} // namespace samenplan::cli
