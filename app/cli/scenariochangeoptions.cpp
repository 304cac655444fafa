#include "cli/scenariochangeoptions.h"

#include "io/importfields.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace samenplan::cli {
namespace {

class ScenarioCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::ScenarioCliText)
};

using Answer = std::variant<capacity::ScenarioChange, QString>;

constexpr const char *dayCodes[] = {"ma", "di", "wo", "do", "vr", "za", "zo"};

std::optional<Child> childNamed(const Database &db, const QString &name)
{
    for (const Child &child : ChildRepository(db).all()) {
        if (child.displayName().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return child;
    }
    return std::nullopt;
}

std::optional<Location> locationNamed(const Database &db, const QString &name)
{
    for (const Location &location : LocationRepository(db).all()) {
        if (location.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return location;
    }
    return std::nullopt;
}

// A group by name; with a location when the name is not unique across locations.
std::variant<Group, QString> groupNamed(const Database &db, const QString &name, Id locationId)
{
    QList<Group> found;
    for (const Group &group : GroupRepository(db).all()) {
        if (group.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 && (locationId == NoId || group.locationId == locationId))
            found.append(group);
    }
    if (found.isEmpty())
        return ScenarioCliText::tr("scenario: there is no group called %1").arg(name);
    if (found.size() > 1)
        return ScenarioCliText::tr("scenario: more than one location has a group called %1; add --location").arg(name);
    return found.first();
}

std::optional<int> number(const QCommandLineParser &parser, const QCommandLineOption &option, int lowest)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value >= lowest ? std::optional<int>(value) : std::nullopt;
}

} // namespace

ScenarioChangeOptions::ScenarioChangeOptions()
    : place(QStringLiteral("place"), ScenarioCliText::tr("Place this child (with --group, --days, --start)"), QStringLiteral("CHILD")),
      group(QStringLiteral("group"), ScenarioCliText::tr("The group to place the child in (an existing one or one the scenario adds)"),
            QStringLiteral("NAME")),
      start(QStringLiteral("start"), ScenarioCliText::tr("The placement's first day"), QStringLiteral("YYYY-MM-DD")),
      days(QStringLiteral("days"), ScenarioCliText::tr("The weekdays, e.g. ma,di"), QStringLiteral("DAYS")),
      times(QStringLiteral("times"), ScenarioCliText::tr("The hours on those days (default: opening hours)"), QStringLiteral("HH:MM-HH:MM")),
      youthCare(QStringLiteral("youth-care"), ScenarioCliText::tr("In a youth-care seat (the child needs a referral)")),
      endPlacement(QStringLiteral("end-placement"), ScenarioCliText::tr("End or extend this child's placement (with --on)"),
                   QStringLiteral("CHILD")),
      trajectoryEnd(QStringLiteral("trajectory-end"), ScenarioCliText::tr("Move the end of this child's youth-care trajectory (with --on)"),
                    QStringLiteral("CHILD")),
      on(QStringLiteral("on"), ScenarioCliText::tr("The new last day, or 'open' for a placement that runs on"), QStringLiteral("DATE")),
      newGroup(QStringLiteral("new-group"), ScenarioCliText::tr("Add a group (with --location, --ages, --max)"), QStringLiteral("NAME")),
      location(QStringLiteral("location"), ScenarioCliText::tr("The location"), QStringLiteral("NAME")),
      careType(QStringLiteral("care-type"), ScenarioCliText::tr("dagopvang, peutergroep or bso (default dagopvang)"), QStringLiteral("TYPE")),
      ages(QStringLiteral("ages"), ScenarioCliText::tr("The age range in months, e.g. 0-48"), QStringLiteral("MIN-MAX")),
      maximum(QStringLiteral("max"), ScenarioCliText::tr("The most children at one moment"), QStringLiteral("N")),
      seats(QStringLiteral("seats"), ScenarioCliText::tr("Of those, the youth-care seats (default: 4, or as the group has)"), QStringLiteral("N")),
      groupMaximum(QStringLiteral("group-maximum"), ScenarioCliText::tr("Change this group's maximum (with --max)"), QStringLiteral("NAME"))
{
}

QList<QCommandLineOption> ScenarioChangeOptions::all() const
{
    return {place, group, start, days, times, youthCare, endPlacement, trajectoryEnd, on,
            newGroup, location, careType, ages, maximum, seats, groupMaximum};
}

bool ScenarioChangeOptions::anyGiven(const QCommandLineParser &parser) const
{
    return parser.isSet(place) || parser.isSet(endPlacement) || parser.isSet(trajectoryEnd) || parser.isSet(newGroup)
        || parser.isSet(groupMaximum);
}

Answer ScenarioChangeOptions::read(const QCommandLineParser &parser, const Database &db, const capacity::Scenario &scenario) const
{
    using capacity::ScenarioChangeKind;
    const int kinds = int(parser.isSet(place)) + int(parser.isSet(endPlacement)) + int(parser.isSet(trajectoryEnd))
        + int(parser.isSet(newGroup)) + int(parser.isSet(groupMaximum));
    if (kinds != 1)
        return ScenarioCliText::tr("scenario: give one change: --place, --end-placement, --trajectory-end, --new-group or --group-maximum");
    std::optional<Location> where;
    if (parser.isSet(location)) {
        where = locationNamed(db, parser.value(location));
        if (!where)
            return ScenarioCliText::tr("scenario: there is no location called %1").arg(parser.value(location));
    }
    capacity::ScenarioChange change;
    if (parser.isSet(place)) {
        const auto child = childNamed(db, parser.value(place));
        if (!child)
            return ScenarioCliText::tr("scenario: there is no child called %1").arg(parser.value(place));
        if (!parser.isSet(group) || !parser.isSet(days) || !parser.isSet(start))
            return ScenarioCliText::tr("scenario: --place needs --group, --start and --days");
        change.kind = ScenarioChangeKind::Place;
        change.childId = child->id;
        change.youthCare = parser.isSet(youthCare);
        for (int i = 0; i < scenario.changes.size(); ++i) { // a group the scenario adds comes first
            const capacity::ScenarioChange &c = scenario.changes.at(i);
            if (c.kind == ScenarioChangeKind::AddGroup && c.group.name.compare(parser.value(group).trimmed(), Qt::CaseInsensitive) == 0)
                change.newGroup = i;
        }
        std::optional<Location> groupLocation = where;
        if (change.newGroup < 0) {
            const auto found = groupNamed(db, parser.value(group), where ? where->id : NoId);
            if (const QString *error = std::get_if<QString>(&found))
                return *error;
            change.groupId = std::get<Group>(found).id;
            groupLocation = LocationRepository(db).find(std::get<Group>(found).locationId);
        } else {
            groupLocation = LocationRepository(db).find(scenario.changes.at(change.newGroup).group.locationId);
        }
        const auto first = parseIsoDate(parser.value(start));
        if (!first)
            return ScenarioCliText::tr("scenario: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(start));
        change.date = *first;
        const auto mask = io::parseImportDays(parser.value(days));
        if (!mask)
            return ScenarioCliText::tr("scenario: %1 are not weekdays (ma,di,wo,do,vr,za,zo)").arg(parser.value(days));
        std::optional<TimeRange> hours;
        if (parser.isSet(times)) {
            hours = parseRange(parser.value(times));
            if (!hours)
                return ScenarioCliText::tr("scenario: %1 is not a time range (HH:MM-HH:MM)").arg(parser.value(times));
        }
        for (int day = 1; day <= 7; ++day) {
            if (!(*mask & weekdayBit(day)))
                continue;
            const auto open = hours ? hours : (groupLocation ? groupLocation->hoursOn(day) : std::nullopt);
            if (!open)
                return ScenarioCliText::tr("scenario: the location is closed on %1; give --times").arg(QLatin1String(dayCodes[day - 1]));
            change.days.append({day, *open});
        }
        return change;
    }
    if (parser.isSet(endPlacement) || parser.isSet(trajectoryEnd)) {
        const QString name = parser.value(parser.isSet(endPlacement) ? endPlacement : trajectoryEnd);
        const auto child = childNamed(db, name);
        if (!child)
            return ScenarioCliText::tr("scenario: there is no child called %1").arg(name);
        if (!parser.isSet(on))
            return ScenarioCliText::tr("scenario: give the new last day with --on YYYY-MM-DD");
        const bool open = parser.value(on).trimmed().compare(QLatin1String("open"), Qt::CaseInsensitive) == 0;
        const auto date = parseIsoDate(parser.value(on));
        if (!date && !(open && parser.isSet(endPlacement)))
            return ScenarioCliText::tr("scenario: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(on));
        change.date = date.value_or(QDate());
        const QDate today = QDate::currentDate();
        if (parser.isSet(endPlacement)) {
            change.kind = ScenarioChangeKind::PlacementEnd;
            QDate latest;
            for (const Placement &p : PlacementRepository(db).ofChild(child->id)) { // the last one running today or later
                if ((p.end.isNull() || p.end >= today) && (!latest.isValid() || p.start > latest)) {
                    change.placementId = p.id;
                    latest = p.start;
                }
            }
            if (change.placementId == NoId)
                return ScenarioCliText::tr("scenario: %1 has no placement running today or later").arg(child->displayName());
        } else {
            change.kind = ScenarioChangeKind::TrajectoryEnd;
            for (const Referral &r : ReferralRepository(db).ofChild(child->id)) {
                if (r.plannedEnd >= today)
                    change.referralId = r.id;
            }
            if (change.referralId == NoId)
                return ScenarioCliText::tr("scenario: %1 has no trajectory running today or later").arg(child->displayName());
        }
        return change;
    }
    if (!parser.isSet(maximum))
        return ScenarioCliText::tr("scenario: give the maximum with --max N");
    const auto most = number(parser, maximum, 1);
    if (!most)
        return ScenarioCliText::tr("scenario: --max takes a number of at least 1, not %1").arg(parser.value(maximum));
    int seatCount = -1; // not given
    if (parser.isSet(seats)) {
        const auto given = number(parser, seats, 0);
        if (!given)
            return ScenarioCliText::tr("scenario: --seats takes a number of at least 0, not %1").arg(parser.value(seats));
        seatCount = *given;
    }
    if (parser.isSet(groupMaximum)) {
        const auto found = groupNamed(db, parser.value(groupMaximum), where ? where->id : NoId);
        if (const QString *error = std::get_if<QString>(&found))
            return *error;
        change.kind = ScenarioChangeKind::GroupMaximum;
        change.groupId = std::get<Group>(found).id;
        change.number = *most;
        change.seats = seatCount >= 0 ? seatCount : std::get<Group>(found).youthCareSeats;
        return change;
    }
    if (!where)
        return ScenarioCliText::tr("scenario: --new-group needs --location");
    change.kind = ScenarioChangeKind::AddGroup;
    change.group.locationId = where->id;
    change.group.name = parser.value(newGroup).trimmed();
    if (parser.isSet(careType)) {
        const auto type = careTypeFromCode(parser.value(careType).trimmed().toLower());
        if (!type)
            return ScenarioCliText::tr("scenario: %1 is not a care type (dagopvang, peutergroep, bso)").arg(parser.value(careType));
        change.group.careType = *type;
    }
    if (parser.isSet(ages)) {
        const QStringList range = parser.value(ages).split(QLatin1Char('-'));
        bool okMin = false, okMax = false;
        if (range.size() == 2) {
            change.group.minAgeMonths = range.at(0).trimmed().toInt(&okMin);
            change.group.maxAgeMonths = range.at(1).trimmed().toInt(&okMax);
        }
        if (!okMin || !okMax)
            return ScenarioCliText::tr("scenario: %1 is not an age range in months (e.g. 0-48)").arg(parser.value(ages));
    }
    change.group.maxChildren = *most;
    change.group.youthCareSeats = seatCount >= 0 ? seatCount : std::min(4, *most);
    return change;
}

} // namespace samenplan::cli
