#include "persistence/locationrepository.h"

#include "persistence/database.h"

#include <QHash>

namespace samenplan {

QList<Location> LocationRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Location> result;
    QHash<Id, int> index;
    auto q = m_db.read(QStringLiteral("SELECT id, name, lrk_number, address, holiday_region, closed_on_public_holidays "
                                      "FROM locations %1 ORDER BY name, id").arg(where),
                       values);
    while (q.next()) {
        Location l;
        l.id = q.integer(0);
        l.name = q.text(1);
        l.lrkNumber = q.text(2);
        l.address = q.text(3);
        l.holidayRegion = holidayRegionFromCode(q.text(4)).value_or(HolidayRegion::Midden);
        l.closedOnPublicHolidays = int(q.integer(5)) != 0;
        index.insert(l.id, int(result.size()));
        result.append(l);
    }
    if (result.isEmpty())
        return result;
    auto hours = m_db.read(QStringLiteral("SELECT location_id, weekday, opens, closes FROM opening_hours "
                                          "WHERE location_id IN (SELECT id FROM locations %1)").arg(where),
                           values);
    while (hours.next()) {
        const auto it = index.constFind(hours.integer(0));
        const int weekday = int(hours.integer(1));
        const TimeRange range{int(hours.integer(2)), int(hours.integer(3))};
        if (it != index.constEnd() && isWeekday(weekday) && range.isValid()) // never a stored impossible day
            result[*it].openingHours[std::size_t(weekday - 1)] = range;
    }
    return result;
}

QList<Location> LocationRepository::all() const
{
    return select({}, {});
}

std::optional<Location> LocationRepository::find(Id id) const
{
    const QList<Location> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Location>(found.first());
}

void LocationRepository::writeHours(const Location &l) const
{
    m_db.exec(QStringLiteral("DELETE FROM opening_hours WHERE location_id = ?"), {l.id});
    for (int day = 1; day <= 7; ++day) {
        if (const auto hours = l.hoursOn(day))
            m_db.exec(QStringLiteral("INSERT INTO opening_hours (location_id, weekday, opens, closes) VALUES (?, ?, ?, ?)"),
                      {l.id, day, hours->from, hours->to});
    }
}

Id LocationRepository::insert(const Location &location) const
{
    Location l = location;
    l.id = m_db.insert(QStringLiteral("INSERT INTO locations (name, lrk_number, address, holiday_region, "
                                      "closed_on_public_holidays) VALUES (?, ?, ?, ?, ?)"),
                       {l.name, l.lrkNumber, l.address, holidayRegionCode(l.holidayRegion), int(l.closedOnPublicHolidays)});
    writeHours(l);
    return l.id;
}

void LocationRepository::update(const Location &l) const
{
    m_db.exec(QStringLiteral("UPDATE locations SET name = ?, lrk_number = ?, address = ?, holiday_region = ?, "
                             "closed_on_public_holidays = ? WHERE id = ?"),
              {l.name, l.lrkNumber, l.address, holidayRegionCode(l.holidayRegion), int(l.closedOnPublicHolidays), l.id});
    writeHours(l);
}

void LocationRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM locations WHERE id = ?"), {id});
}

} // namespace samenplan
