// samenplan-cli scenario FILE [--json]: the named what-if scenarios kept in the file (issue #16), and
//   --show NAME [--with-youth-care]       its changes
//   --create NAME [--location L] [--note T] [--place-waiting-list [--from D]]
//   --add-to NAME <one change>            see scenariochangeoptions.h
//   --apply NAME                          make its changes to the plan, the rules checked again
//   --discard NAME                        delete it (the plan is not touched)
// Every write is one transaction through the change layer; a refusal writes nothing (exit 1). A
// youth-care seat or a trajectory's end is special-category data: shown only with --with-youth-care.

#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "cli/scenariochangeoptions.h"

#include "capacity/scenario.h"
#include "changes/scenariochanges.h"
#include "domain/outcome.h"
#include "persistence/dberror.h"
#include "persistence/locationrepository.h"
#include "persistence/scenariorepository.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenplan::cli {
namespace {

class ScenarioCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::ScenarioCliText)
};

using capacity::Scenario;
using capacity::ScenarioChange;
using capacity::ScenarioChangeKind;

constexpr const char *dayCodes[] = {"ma", "di", "wo", "do", "vr", "za", "zo"};

// What one change is about, by name, for people and for JSON; null when it is youth-care data that
// was not asked for.
QJsonObject describe(const capacity::CapacityData &data, const Scenario &scenario, const ScenarioChange &c, bool withYouthCare)
{
    if (!withYouthCare && (c.kind == ScenarioChangeKind::TrajectoryEnd))
        return {};
    QJsonObject object{{QStringLiteral("kind"), capacity::scenarioChangeKindCode(c.kind)}};
    const auto childName = [&data](Id id) { return data.children.value(id).displayName(); };
    const auto groupName = [&data](Id id) {
        const Group *g = data.group(id);
        return g ? g->name : QString();
    };
    const QString date = c.date.isValid() ? c.date.toString(Qt::ISODate) : QString();
    switch (c.kind) {
    case ScenarioChangeKind::Place: {
        object.insert(QStringLiteral("child"), childName(c.childId));
        object.insert(QStringLiteral("group"), c.newGroup >= 0 ? scenario.changes.at(c.newGroup).group.name : groupName(c.groupId));
        object.insert(QStringLiteral("start"), date);
        QJsonArray days;
        for (const PlacementDay &day : c.days)
            days.append(QStringLiteral("%1 %2").arg(QLatin1String(dayCodes[(day.weekday - 1) % 7]), formatRange(day.hours)));
        object.insert(QStringLiteral("days"), days);
        if (withYouthCare)
            object.insert(QStringLiteral("youth_care"), c.youthCare);
        break;
    }
    case ScenarioChangeKind::PlacementEnd: {
        Id child = NoId, group = NoId;
        for (const Placement &p : data.placements) {
            if (p.id == c.placementId) {
                child = p.childId;
                group = p.groupId;
            }
        }
        object.insert(QStringLiteral("child"), childName(child));
        object.insert(QStringLiteral("group"), groupName(group));
        object.insert(QStringLiteral("last_day"), date.isEmpty() ? QJsonValue() : QJsonValue(date));
        break;
    }
    case ScenarioChangeKind::TrajectoryEnd:
        for (const QList<Referral> &referrals : data.referrals) {
            for (const Referral &r : referrals) {
                if (r.id == c.referralId)
                    object.insert(QStringLiteral("child"), childName(r.childId));
            }
        }
        object.insert(QStringLiteral("planned_end"), date);
        break;
    case ScenarioChangeKind::AddGroup:
        object.insert(QStringLiteral("group"), c.group.name);
        object.insert(QStringLiteral("location"), data.location(c.group.locationId) ? data.location(c.group.locationId)->name : QString());
        object.insert(QStringLiteral("care_type"), careTypeCode(c.group.careType));
        object.insert(QStringLiteral("ages"), QStringLiteral("%1-%2").arg(c.group.minAgeMonths).arg(c.group.maxAgeMonths));
        object.insert(QStringLiteral("max"), c.group.maxChildren);
        object.insert(QStringLiteral("seats"), c.group.youthCareSeats);
        break;
    case ScenarioChangeKind::GroupMaximum:
        object.insert(QStringLiteral("group"), groupName(c.groupId));
        object.insert(QStringLiteral("max"), c.number);
        object.insert(QStringLiteral("seats"), c.seats);
        break;
    }
    return object;
}

QJsonObject summary(const Database &db, const Scenario &s)
{
    const auto location = s.locationId != NoId ? LocationRepository(db).find(s.locationId) : std::nullopt;
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("location"), location ? QJsonValue(location->name) : QJsonValue()},
                       {QStringLiteral("note"), s.note},
                       {QStringLiteral("created"), s.created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("applied_on"), s.appliedOn.isValid() ? QJsonValue(s.appliedOn.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("changes"), int(s.changes.size())}};
}

QString line(const QJsonObject &change)
{
    QStringList parts;
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (it.key() == QLatin1String("kind"))
            continue;
        const QJsonValue v = it.value();
        const QString text = v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                         : v.isNull() ? QStringLiteral("-") : v.toVariant().toString();
        parts << it.key() + QLatin1Char('=') + text;
    }
    return change.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
}

} // namespace

int scenarioCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ScenarioCliText::tr("What-if scenarios kept in the file: list, show, create, add to, apply, discard."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ScenarioCliText::tr("The database file"));
    const QCommandLineOption show(QStringLiteral("show"), ScenarioCliText::tr("Show a scenario's changes"), QStringLiteral("NAME"));
    const QCommandLineOption create(QStringLiteral("create"), ScenarioCliText::tr("Create a scenario"), QStringLiteral("NAME"));
    const QCommandLineOption addTo(QStringLiteral("add-to"), ScenarioCliText::tr("Add one change to a scenario"), QStringLiteral("NAME"));
    const QCommandLineOption apply(QStringLiteral("apply"), ScenarioCliText::tr("Make a scenario's changes to the plan"), QStringLiteral("NAME"));
    const QCommandLineOption discard(QStringLiteral("discard"), ScenarioCliText::tr("Delete a scenario"), QStringLiteral("NAME"));
    const QCommandLineOption note(QStringLiteral("note"), ScenarioCliText::tr("A note with a new scenario"), QStringLiteral("TEXT"));
    const QCommandLineOption waiting(QStringLiteral("place-waiting-list"),
                                     ScenarioCliText::tr("A new scenario starts with the waiting list placed at its earliest fits"));
    const QCommandLineOption from(QStringLiteral("from"), ScenarioCliText::tr("With --place-waiting-list: nobody before this day (default today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption youth(QStringLiteral("with-youth-care"), ScenarioCliText::tr("Also show youth-care seats and trajectories (special-category data)"));
    const QCommandLineOption json(QStringLiteral("json"), ScenarioCliText::tr("Answer as JSON"));
    const ScenarioChangeOptions change;
    parser.addOptions({show, create, addTo, apply, discard, note, waiting, from, youth, json});
    parser.addOptions(change.all());
    if (!parseOptions(parser, QStringLiteral("scenario"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, ScenarioCliText::tr("scenario: give exactly one database file"));
    const int actions = int(parser.isSet(show)) + int(parser.isSet(create)) + int(parser.isSet(addTo)) + int(parser.isSet(apply))
        + int(parser.isSet(discard));
    if (actions > 1)
        return usageError(io, ScenarioCliText::tr("scenario: give one of --show, --create, --add-to, --apply or --discard"));
    if (change.anyGiven(parser) && !parser.isSet(addTo))
        return usageError(io, ScenarioCliText::tr("scenario: a change needs --add-to NAME"));
    QDate notBefore = QDate::currentDate();
    if (parser.isSet(from)) {
        const auto date = parseIsoDate(parser.value(from));
        if (!date)
            return usageError(io, ScenarioCliText::tr("scenario: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(from)));
        notBefore = *date;
    }
    auto db = openDatabase(QStringLiteral("scenario"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    const bool withYouthCare = parser.isSet(youth);
    try {
        const ScenarioRepository scenarios(*db);
        if (actions == 0) {
            QJsonArray list;
            for (const Scenario &s : scenarios.all())
                list.append(summary(*db, s));
            if (parser.isSet(json)) {
                io.out << QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), list}}).toJson(QJsonDocument::Indented);
            } else {
                for (const QJsonValue &s : std::as_const(list))
                    io.out << s[QStringLiteral("name")].toString() << ": "
                           << ScenarioCliText::tr("%n change(s)", nullptr, s[QStringLiteral("changes")].toInt())
                           << (s[QStringLiteral("applied_on")].isNull() ? QString()
                                   : QStringLiteral(", ") + ScenarioCliText::tr("applied on %1").arg(s[QStringLiteral("applied_on")].toString()))
                           << '\n';
            }
            return ExitOk;
        }
        if (parser.isSet(create)) {
            Scenario s;
            s.name = parser.value(create);
            s.note = parser.value(note);
            if (parser.isSet(change.location)) {
                for (const Location &l : LocationRepository(*db).all()) {
                    if (l.name.compare(parser.value(change.location).trimmed(), Qt::CaseInsensitive) == 0)
                        s.locationId = l.id;
                }
                if (s.locationId == NoId)
                    return usageError(io, ScenarioCliText::tr("scenario: there is no location called %1").arg(parser.value(change.location)));
            }
            if (parser.isSet(waiting))
                s.changes = capacity::placesOf(capacity::placeWaitingList(capacity::CapacityData::load(*db, notBefore), notBefore),
                                               s.locationId); // as `forecast --place-waiting-list` places them
            Transaction t(*db);
            changes::add(*db, s);
            t.commit();
            io.out << ScenarioCliText::tr("Created scenario %1 with %n change(s)", nullptr, int(s.changes.size())).arg(s.name.trimmed()) << '\n';
            return ExitOk;
        }
        const QString name = parser.value(parser.isSet(show) ? show : parser.isSet(addTo) ? addTo : parser.isSet(apply) ? apply : discard);
        const std::optional<Scenario> found = scenarios.byName(name);
        if (!found)
            return usageError(io, ScenarioCliText::tr("scenario: there is no scenario called %1").arg(name));
        Scenario s = *found;
        if (parser.isSet(show)) {
            const capacity::CapacityData data = capacity::CapacityData::load(*db, QDate(1900, 1, 1));
            QJsonArray list;
            for (const ScenarioChange &c : s.changes) {
                const QJsonObject described = describe(data, s, c, withYouthCare);
                if (!described.isEmpty())
                    list.append(described);
            }
            if (parser.isSet(json)) {
                QJsonObject root = summary(*db, s);
                root.insert(QStringLiteral("changes"), list);
                io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            } else {
                io.out << s.name << '\n';
                for (const QJsonValue &c : std::as_const(list))
                    io.out << "  " << line(c.toObject()) << '\n';
            }
            return ExitOk;
        }
        Transaction t(*db);
        if (parser.isSet(addTo)) {
            const auto read = change.read(parser, *db, s);
            if (const QString *error = std::get_if<QString>(&read))
                return usageError(io, *error);
            s.changes.append(std::get<ScenarioChange>(read));
            if (s.appliedOn.isValid())
                return usageError(io, ScenarioCliText::tr("scenario: %1 was applied already; its changes stay as they were").arg(s.name));
            changes::update(*db, s);
        } else if (parser.isSet(apply)) {
            changes::applyScenario(*db, s.id);
        } else {
            changes::remove(*db, s);
        }
        t.commit();
        io.out << (parser.isSet(addTo)   ? ScenarioCliText::tr("Added to scenario %1").arg(s.name)
                   : parser.isSet(apply) ? ScenarioCliText::tr("Applied scenario %1 to the plan").arg(s.name)
                                         : ScenarioCliText::tr("Discarded scenario %1").arg(s.name))
               << '\n';
        return ExitOk;
    } catch (const ChangeRefused &refused) {
        io.err << "samenplan-cli: scenario: " << refused.message() << '\n';
        return ExitProblems;
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("scenario: ") + error.message());
    }
}

} // namespace samenplan::cli
