#include "persistence/scenariorepository.h"

#include "persistence/database.h"

#include <QHash>
#include <QStringList>

namespace samenplan {
namespace {

using capacity::ScenarioChange;
using capacity::ScenarioChangeKind;

// "1:480-1050,3:480-780": weekday, then the hours in minutes.
QString daysText(const QList<PlacementDay> &days)
{
    QStringList parts;
    for (const PlacementDay &day : days)
        parts << QStringLiteral("%1:%2-%3").arg(day.weekday).arg(day.hours.from).arg(day.hours.to);
    return parts.join(QLatin1Char(','));
}

QList<PlacementDay> daysFrom(const QString &text)
{
    QList<PlacementDay> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.indexOf(QLatin1Char(':'));
        const int dash = part.indexOf(QLatin1Char('-'), colon);
        if (colon < 0 || dash < 0)
            continue;
        PlacementDay day;
        day.weekday = part.left(colon).toInt();
        day.hours = {part.mid(colon + 1, dash - colon - 1).toInt(), part.mid(dash + 1).toInt()};
        days.append(day);
    }
    return days;
}

QVariant optionalPosition(int index)
{
    return index >= 0 ? QVariant(index) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

QList<capacity::Scenario> ScenarioRepository::read(const QString &where, const QVariantList &values) const
{
    if (!m_db.mayRead(QStringLiteral("scenarios")))
        return {};
    QList<capacity::Scenario> result;
    QHash<Id, qsizetype> index;
    auto s = m_db.read(QStringLiteral("SELECT id, name, location_id, note, created_at, applied_on FROM scenarios ")
                           + where + QStringLiteral(" ORDER BY name, id"),
                       values);
    while (s.next()) {
        capacity::Scenario scenario;
        scenario.id = s.value(0).toLongLong();
        scenario.name = s.value(1).toString();
        scenario.locationId = idFrom(s.value(2));
        scenario.note = s.value(3).toString();
        scenario.created = QDateTime::fromString(s.value(4).toString(), Qt::ISODate);
        scenario.appliedOn = dateFrom(s.value(5));
        index.insert(scenario.id, result.size());
        result.append(scenario);
    }
    if (result.isEmpty())
        return result;
    auto c = m_db.read(QStringLiteral(
        "SELECT scenario_id, id, kind, child_id, group_id, new_group_position, placement_id, referral_id, "
        "waiting_list_id, change_date, youth_care, days, location_id, group_name, care_type, min_age_months, "
        "max_age_months, max_children, youth_care_seats, position FROM scenario_changes ORDER BY scenario_id, position"));
    QHash<Id, QHash<int, int>> indexOfPosition; // per scenario: a change's position -> its index
    while (c.next()) {
        const auto at = index.constFind(c.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        ScenarioChange change;
        change.id = c.value(1).toLongLong();
        change.kind = capacity::scenarioChangeKindFromCode(c.value(2).toString()).value_or(ScenarioChangeKind::Place);
        change.childId = idFrom(c.value(3));
        change.groupId = idFrom(c.value(4));
        change.newGroup = c.value(5).isNull() ? -1 : c.value(5).toInt();
        change.placementId = idFrom(c.value(6));
        change.referralId = idFrom(c.value(7));
        change.waitingListId = idFrom(c.value(8));
        change.date = dateFrom(c.value(9));
        change.youthCare = c.value(10).toInt() != 0;
        change.days = daysFrom(c.value(11).toString());
        change.group.locationId = idFrom(c.value(12));
        change.group.name = c.value(13).toString();
        change.group.careType = careTypeFromCode(c.value(14).toString()).value_or(CareType::DayCare);
        change.group.minAgeMonths = c.value(15).toInt();
        change.group.maxAgeMonths = c.value(16).toInt();
        change.number = c.value(17).toInt();
        change.seats = c.value(18).toInt();
        if (change.kind == ScenarioChangeKind::AddGroup) {
            change.group.maxChildren = change.number;
            change.group.youthCareSeats = change.seats;
        }
        indexOfPosition[result.at(*at).id].insert(c.value(19).toInt(), int(result.at(*at).changes.size()));
        result[*at].changes.append(change);
    }
    // A change erased with its child leaves a gap in the positions a place's new group refers to.
    for (capacity::Scenario &scenario : result) {
        const QHash<int, int> indexOf = indexOfPosition.value(scenario.id);
        for (ScenarioChange &change : scenario.changes) {
            if (change.newGroup >= 0)
                change.newGroup = indexOf.value(change.newGroup, -1);
        }
    }
    return result;
}

QList<capacity::Scenario> ScenarioRepository::all() const
{
    return read({}, {});
}

QList<capacity::Scenario> ScenarioRepository::ofLocation(Id locationId) const
{
    QList<capacity::Scenario> about = all();
    if (locationId != NoId)
        about.removeIf([locationId](const capacity::Scenario &s) { return s.locationId != NoId && s.locationId != locationId; });
    return about;
}

std::optional<capacity::Scenario> ScenarioRepository::byId(Id id) const
{
    const QList<capacity::Scenario> found = read(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<capacity::Scenario> ScenarioRepository::byName(const QString &name) const
{
    // Compared here, not in SQL: SQLite's lower() knows ASCII only, and names are Dutch.
    for (const capacity::Scenario &scenario : all()) {
        if (scenario.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return scenario;
    }
    return std::nullopt;
}

Id ScenarioRepository::insert(const capacity::Scenario &scenario) const
{
    const QDateTime created = scenario.created.isValid() ? scenario.created : QDateTime::currentDateTimeUtc();
    capacity::Scenario stored = scenario;
    const QVariantList values{scenario.name, idValue(scenario.locationId), scenario.note, created.toUTC().toString(Qt::ISODate),
                              dateValue(scenario.appliedOn)};
    if (scenario.id != NoId) { // back under its own id (an undone removal), so later steps still find it
        m_db.exec(QStringLiteral("INSERT INTO scenarios (id, name, location_id, note, created_at, applied_on) VALUES (?, ?, ?, ?, ?, ?)"),
                  QVariantList{scenario.id} + values);
    } else {
        stored.id = m_db.insert(QStringLiteral("INSERT INTO scenarios (name, location_id, note, created_at, applied_on) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                values);
    }
    writeChanges(stored);
    return stored.id;
}

void ScenarioRepository::update(const capacity::Scenario &scenario) const
{
    m_db.exec(QStringLiteral("UPDATE scenarios SET name = ?, location_id = ?, note = ?, applied_on = ? WHERE id = ?"),
              {scenario.name, idValue(scenario.locationId), scenario.note, dateValue(scenario.appliedOn), scenario.id});
    m_db.exec(QStringLiteral("DELETE FROM scenario_changes WHERE scenario_id = ?"), {scenario.id});
    writeChanges(scenario);
}

void ScenarioRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM scenarios WHERE id = ?"), {id});
}

void ScenarioRepository::removeChangesOfChild(Id childId) const
{
    m_db.exec(QStringLiteral("DELETE FROM scenario_changes WHERE child_id = ?"), {childId});
}

void ScenarioRepository::writeChanges(const capacity::Scenario &scenario) const
{
    for (int i = 0; i < scenario.changes.size(); ++i) {
        const ScenarioChange &c = scenario.changes.at(i);
        const bool added = c.kind == ScenarioChangeKind::AddGroup;
        m_db.exec(QStringLiteral("INSERT INTO scenario_changes (scenario_id, position, kind, child_id, group_id, "
                                 "new_group_position, placement_id, referral_id, waiting_list_id, change_date, youth_care, "
                                 "days, location_id, group_name, care_type, min_age_months, max_age_months, max_children, "
                                 "youth_care_seats) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {scenario.id, i, capacity::scenarioChangeKindCode(c.kind), idValue(c.childId), idValue(c.groupId),
                   optionalPosition(c.newGroup), idValue(c.placementId), idValue(c.referralId), idValue(c.waitingListId),
                   dateValue(c.date), c.youthCare ? 1 : 0, daysText(c.days), idValue(added ? c.group.locationId : NoId),
                   added ? c.group.name : QString(), added ? careTypeCode(c.group.careType) : QString(),
                   added ? c.group.minAgeMonths : 0, added ? c.group.maxAgeMonths : 0,
                   added ? c.group.maxChildren : c.number, added ? c.group.youthCareSeats : c.seats});
    }
}

} // namespace samenplan
