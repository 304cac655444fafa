// samenplan-cli forecast FILE --from YYYY-MM [--months 12] [--group NAME] [--with-youth-care]
// [--place-waiting-list] [--json]: per group and month how full each weekday is, what is free, the
// staff it needs and who leaves (capacity/forecast.h). A child whose youth-care seat ends with its
// trajectory is youth-care information: it is left out of `leaving` unless --with-youth-care asks
// for it. --place-waiting-list counts the waiting list as if placed at its earliest fits
// (capacity/scenario.h), beside the plan's own peaks; --scenario NAME counts a stored scenario's
// changes (capacity/scenarioplan.h) the same way. The file is not changed.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "capacity/forecast.h"
#include "capacity/scenario.h"
#include "capacity/scenarioplan.h"
#include "persistence/dberror.h"
#include "persistence/scenariorepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace samenplan::cli {
namespace {

class ForecastCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::ForecastCliText)
};

QString dayCode(int weekday)
{
    static const char *const codes[] = {"ma", "di", "wo", "do", "vr", "za", "zo"};
    return QLatin1String(codes[weekday - 1]);
}

double oneDecimal(double value)
{
    return std::round(value * 10) / 10;
}

QJsonObject toJson(const capacity::WeekdayForecast &day, const capacity::WeekdayForecast *plan)
{
    QJsonObject object{{QStringLiteral("day"), dayCode(day.weekday)},
                       {QStringLiteral("regular_average"), oneDecimal(day.regularAverage)},
                       {QStringLiteral("regular_peak"), day.regularPeak},
                       {QStringLiteral("regular_places"), day.regularPlaces},
                       {QStringLiteral("regular_free"), std::max(0, day.regularPlaces - day.regularPeak)},
                       {QStringLiteral("youth_care_average"), oneDecimal(day.youthCareAverage)},
                       {QStringLiteral("youth_care_peak"), day.youthCarePeak},
                       {QStringLiteral("youth_care_seats"), day.youthCareSeats},
                       {QStringLiteral("youth_care_free"), std::max(0, day.youthCareSeats - day.youthCarePeak)},
                       {QStringLiteral("required_staff_peak"), day.requiredStaffPeak},
                       {QStringLiteral("waiting"), day.waiting}};
    if (plan) { // the plan without the scenario, side by side
        object.insert(QStringLiteral("plan_regular_peak"), plan->regularPeak);
        object.insert(QStringLiteral("plan_regular_places"), plan->regularPlaces);
        object.insert(QStringLiteral("plan_youth_care_seats"), plan->youthCareSeats);
        object.insert(QStringLiteral("plan_youth_care_peak"), plan->youthCarePeak);
        object.insert(QStringLiteral("plan_required_staff_peak"), plan->requiredStaffPeak);
    }
    return object;
}

QJsonObject toJson(const capacity::MonthForecast &month, const capacity::MonthForecast *plan, bool withYouthCare)
{
    QJsonArray days, names, details;
    for (int i = 0; i < month.weekdays.size(); ++i)
        days.append(toJson(month.weekdays.at(i), plan ? &plan->weekdays.at(i) : nullptr));
    for (const capacity::Leaving &leaving : month.leaving) {
        if (leaving.reason == capacity::LeavingReason::TrajectoryEnd && !withYouthCare)
            continue;
        names.append(leaving.name);
        details.append(QJsonObject{{QStringLiteral("name"), leaving.name},
                                   {QStringLiteral("last_day"), leaving.lastDay.toString(Qt::ISODate)},
                                   {QStringLiteral("reason"), capacity::leavingReasonCode(leaving.reason)}});
    }
    return QJsonObject{{QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM"))},
                       {QStringLiteral("weekdays"), days},
                       {QStringLiteral("leaving"), names},
                       {QStringLiteral("leaving_details"), details}};
}

// The waiting list placed: who, where and from when (never whether in a youth-care seat).
QJsonObject toJson(const capacity::WaitingListScenario &scenario)
{
    QJsonArray placed, unplaced;
    for (const capacity::TentativePlacement &p : scenario.placed)
        placed.append(QJsonObject{{QStringLiteral("name"), p.child},
                                  {QStringLiteral("group"), p.group},
                                  {QStringLiteral("location"), p.location},
                                  {QStringLiteral("start"), p.placement.start.toString(Qt::ISODate)}});
    for (const WaitingListEntry &entry : scenario.unplaced)
        unplaced.append(scenario.data.children.value(entry.childId).displayName());
    return QJsonObject{{QStringLiteral("placed"), placed}, {QStringLiteral("unplaced"), unplaced}};
}

std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

} // namespace

int forecastCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ForecastCliText::tr("How full each group is per month and weekday, and who leaves."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ForecastCliText::tr("The database file"));
    const QCommandLineOption from(QStringLiteral("from"), ForecastCliText::tr("The first month (default: this month)"),
                                  QStringLiteral("YYYY-MM"));
    const QCommandLineOption months(QStringLiteral("months"), ForecastCliText::tr("The number of months (default 12, at most 60)"),
                                    QStringLiteral("N"));
    const QCommandLineOption group(QStringLiteral("group"), ForecastCliText::tr("Only this group"), QStringLiteral("NAME"));
    const QCommandLineOption youth(QStringLiteral("with-youth-care"),
                                   ForecastCliText::tr("Also list children whose trajectory ends (special-category data)"));
    const QCommandLineOption json(QStringLiteral("json"), ForecastCliText::tr("Answer as JSON"));
    const QCommandLineOption scenario(QStringLiteral("place-waiting-list"),
                                      ForecastCliText::tr("What if the waiting list were placed at its earliest fits (nothing is stored)"));
    const QCommandLineOption saved(QStringLiteral("scenario"),
                                   ForecastCliText::tr("Count a stored what-if scenario's changes, beside the plan"), QStringLiteral("NAME"));
    parser.addOptions({from, months, group, youth, scenario, saved, json});
    if (!parseOptions(parser, QStringLiteral("forecast"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, ForecastCliText::tr("forecast: give exactly one database file"));
    if (parser.isSet(scenario) && parser.isSet(saved))
        return usageError(io, ForecastCliText::tr("forecast: give --place-waiting-list or --scenario, not both"));
    QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    if (parser.isSet(from)) {
        const auto month = parseMonth(parser.value(from));
        if (!month)
            return usageError(io, ForecastCliText::tr("forecast: %1 is not a month (YYYY-MM)").arg(parser.value(from)));
        first = *month;
    }
    int count = 12;
    if (parser.isSet(months)) {
        bool ok = false;
        count = parser.value(months).toInt(&ok);
        if (!ok || count < 1 || count > 60)
            return usageError(io, ForecastCliText::tr("forecast: --months takes a number from 1 to 60, not %1").arg(parser.value(months)));
    }
    auto db = openDatabase(QStringLiteral("forecast"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    QList<capacity::GroupForecast> groups, planGroups;
    std::optional<capacity::WaitingListScenario> placed;
    QString savedName;
    try {
        const capacity::CapacityData data = capacity::CapacityData::load(*db, first);
        QList<Id> onlyGroups; // every group with the name (one per location)
        if (parser.isSet(group)) {
            const QString name = parser.value(group).trimmed();
            for (const Group &g : data.groups) {
                if (g.name.compare(name, Qt::CaseInsensitive) == 0)
                    onlyGroups.append(g.id);
            }
            if (onlyGroups.isEmpty())
                return usageError(io, ForecastCliText::tr("forecast: there is no group called %1").arg(name));
        }
        if (parser.isSet(saved)) {
            const auto stored = ScenarioRepository(*db).byName(parser.value(saved));
            if (!stored)
                return usageError(io, ForecastCliText::tr("forecast: there is no scenario called %1").arg(parser.value(saved)));
            savedName = stored->name;
            groups = capacity::forecast(capacity::withScenario(data, *stored), first, count, onlyGroups);
            planGroups = capacity::forecast(data, first, count, onlyGroups);
        } else if (parser.isSet(scenario)) {
            placed = capacity::placeWaitingList(data, std::max(first, QDate::currentDate())); // nobody before today
            groups = capacity::forecast(placed->data, first, count, onlyGroups);
            planGroups = capacity::forecast(data, first, count, onlyGroups);
        } else {
            groups = capacity::forecast(data, first, count, onlyGroups);
        }
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("forecast: ") + error.message());
    }
    const bool withYouthCare = parser.isSet(youth);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const capacity::GroupForecast &g : std::as_const(groups)) {
            const capacity::GroupForecast *plan = nullptr; // the same group in the plan; none for a group a scenario adds
            for (const capacity::GroupForecast &p : std::as_const(planGroups))
                plan = p.groupId == g.groupId ? &p : plan;
            QJsonArray monthList;
            for (int m = 0; m < g.months.size(); ++m)
                monthList.append(toJson(g.months.at(m), plan ? &plan->months.at(m) : nullptr, withYouthCare));
            QJsonObject object{{QStringLiteral("group"), g.group},
                               {QStringLiteral("location"), g.location},
                               {QStringLiteral("months"), monthList}};
            if (!planGroups.isEmpty() && !plan)
                object.insert(QStringLiteral("new_in_scenario"), true);
            list.append(object);
        }
        QJsonObject root{{QStringLiteral("from"), first.toString(QStringLiteral("yyyy-MM"))},
                         {QStringLiteral("months"), count},
                         {QStringLiteral("groups"), list}};
        if (placed)
            root.insert(QStringLiteral("scenario"), toJson(*placed));
        if (!savedName.isEmpty())
            root.insert(QStringLiteral("scenario"), QJsonObject{{QStringLiteral("name"), savedName}});
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (placed) {
        for (const capacity::TentativePlacement &p : std::as_const(placed->placed))
            io.out << ForecastCliText::tr("What if: %1 in %2 (%3) from %4")
                          .arg(p.child, p.group, p.location, p.placement.start.toString(Qt::ISODate))
                   << '\n';
        for (const WaitingListEntry &entry : std::as_const(placed->unplaced))
            io.out << ForecastCliText::tr("What if: %1 fits nowhere within 24 months").arg(placed->data.children.value(entry.childId).displayName())
                   << '\n';
    }
    for (const capacity::GroupForecast &g : std::as_const(groups)) {
        io.out << g.group << " (" << g.location << ")\n";
        for (const capacity::MonthForecast &month : g.months) {
            io.out << "  " << month.month.toString(QStringLiteral("yyyy-MM")) << ":";
            for (const capacity::WeekdayForecast &day : month.weekdays)
                io.out << ' ' << dayCode(day.weekday) << ' ' << day.regularPeak << '/' << day.regularPlaces << '+'
                       << day.youthCarePeak << '/' << day.youthCareSeats;
            io.out << '\n';
            for (const capacity::Leaving &leaving : month.leaving) {
                if (leaving.reason != capacity::LeavingReason::TrajectoryEnd || withYouthCare)
                    io.out << "    " << ForecastCliText::tr("leaves: %1 (last day %2)").arg(leaving.name, leaving.lastDay.toString(Qt::ISODate))
                           << '\n';
            }
        }
    }
    return ExitOk;
}

} // namespace samenplan::cli
