#include "persistence/dayplacements.h"

#include "persistence/database.h"
#include "persistence/placementrepository.h"
#include "util/clock.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <vector>

namespace samenplan {
namespace {

const auto running = QStringLiteral("p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)");

// By start date and id, the order PlacementRepository gives: their keys sorted, then each placement
// moved once into its place (sorting the placements themselves moved each many times).
void sortByStartAndId(QList<Placement> &placements)
{
    struct Key {
        qint64 start;
        Id id;
        qsizetype at;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(placements.size()));
    for (qsizetype i = 0; i < placements.size(); ++i)
        keys.push_back({placements.at(i).start.toJulianDay(), placements.at(i).id, i});
    std::sort(keys.begin(), keys.end(),
              [](const Key &a, const Key &b) { return std::tie(a.start, a.id) < std::tie(b.start, b.id); });
    QList<Placement> sorted;
    sorted.reserve(placements.size());
    for (const Key &key : keys)
        sorted.append(std::move(placements[key.at]));
    placements = std::move(sorted);
}

} // namespace

DayPlacements DayPlacements::read(const Database &db, const QDate &date)
{
    DayPlacements result;
    const int weekday = date.dayOfWeek();
    // One row per placement of the day: its hours through the days' key, its child through the
    // children's (a child with two placements that day comes twice; kept once). A child the user
    // may not read (on a server, another location's) is no row of children: the placement counts.
    auto day = db.read(QStringLiteral("SELECT %1, d.starts, d.ends, c.id, c.birth_date, c.expected FROM placements p "
                                      "JOIN placement_days d ON d.placement_id = p.id AND d.weekday = ? "
                                      "LEFT JOIN children c ON c.id = p.child_id WHERE %2")
                           .arg(PlacementRepository::columns(QStringLiteral("p")), running),
                       {weekday, dateValue(date), dateValue(date)});
    // The children gathered first and hashed once, at their number (growing the hash as they came
    // moved every child again at each doubling).
    struct Born {
        Id id;
        QDate birthDate;
        bool expected;
    };
    std::vector<Born> born;
    while (day.next()) {
        Placement p = PlacementRepository::fromRow(day);
        const PlacementDay hours{weekday, TimeRange{int(day.integer(9)), int(day.integer(10))}};
        if (hours.hours.isValid()) // never a stored impossible day
            p.days.append(hours);
        if (day.id(11) == p.childId)
            born.push_back({p.childId, day.date(12), day.integer(13) != 0});
        result.placements.append(std::move(p));
    }
    result.children.reserve(qsizetype(born.size()));
    for (const Born &b : born) {
        Child &c = result.children[b.id]; // a child of two placements that day: the same row twice
        c.id = b.id;
        c.birthDate = b.birthDate;
        c.expected = b.expected;
    }
    // The children in more than one group that week (few): all their placements of the week. The
    // week's children and groups are read as pairs, a plain scan (grouping them in SQL walked the
    // placements through the children's index, twice as long).
    const IsoWeek week = IsoWeek::containing(date);
    const QVariant monday = dateValue(week.monday()), sunday = dateValue(week.day(7));
    auto pairs = db.read(QStringLiteral("SELECT p.child_id, p.group_id FROM placements p WHERE %1").arg(running),
                         {sunday, monday});
    QHash<Id, Id> groupOf;
    QSet<Id> several;
    while (pairs.next()) {
        const Id child = pairs.integer(0), group = pairs.integer(1);
        if (!result.children.contains(child)) // the others raise no warnings by name
            continue;
        const auto known = groupOf.constFind(child);
        if (known == groupOf.constEnd())
            groupOf.insert(child, group);
        else if (*known != group)
            several.insert(child);
    }
    QSet<Id> ofDay;
    if (!several.isEmpty()) {
        for (const Placement &p : std::as_const(result.placements))
            ofDay.insert(p.id);
    }
    for (const Id child : std::as_const(several)) {
        auto ofChild = db.read(QStringLiteral("SELECT %1 FROM placements p WHERE p.child_id = ? AND %2")
                                   .arg(PlacementRepository::columns(QStringLiteral("p")), running),
                               {child, sunday, monday});
        while (ofChild.next()) {
            if (!ofDay.contains(ofChild.integer(0)))
                result.placements.append(PlacementRepository::fromRow(ofChild));
        }
    }
    sortByStartAndId(result.placements);
    return result;
}

} // namespace samenplan
