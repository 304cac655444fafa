#include "persistence/grouprepository.h"

#include "persistence/database.h"

namespace samenplan {
namespace {

std::optional<TimeRange> rangeFrom(const QVariant &from, const QVariant &to)
{
    if (from.isNull() || to.isNull())
        return std::nullopt;
    return TimeRange{from.toInt(), to.toInt()};
}

QVariant fromOf(const std::optional<TimeRange> &range) { return range ? QVariant(range->from) : QVariant(); }
QVariant toOf(const std::optional<TimeRange> &range) { return range ? QVariant(range->to) : QVariant(); }

} // namespace

QList<Group> GroupRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, location_id, name, care_type, min_age_months, max_age_months, "
                                           "max_children, youth_care_seats, youth_care_presence_minutes, room, "
                                           "preschool_education, notes, school_day_opens, school_day_closes, holiday_opens, "
                                           "holiday_closes, archived_from FROM care_groups %1 "
                                           "ORDER BY location_id, name, id").arg(where),
                            values);
    QList<Group> result;
    while (q.next()) {
        Group g;
        g.id = q.value(0).toLongLong();
        g.locationId = q.value(1).toLongLong();
        g.name = q.value(2).toString();
        g.careType = careTypeFromCode(q.value(3).toString()).value_or(CareType::DayCare);
        g.minAgeMonths = q.value(4).toInt();
        g.maxAgeMonths = q.value(5).toInt();
        g.maxChildren = q.value(6).toInt();
        g.youthCareSeats = q.value(7).toInt();
        g.youthCarePresenceMinutes = q.value(8).toInt();
        g.room = q.value(9).toString();
        g.preschoolEducation = q.value(10).toInt() != 0;
        g.notes = q.value(11).toString();
        g.schoolDayHours = rangeFrom(q.value(12), q.value(13));
        g.holidayHours = rangeFrom(q.value(14), q.value(15));
        g.archivedFrom = dateFrom(q.value(16));
        result.append(g);
    }
    return result;
}

QList<Group> GroupRepository::all() const
{
    return select({}, {});
}

QList<Group> GroupRepository::ofLocation(Id locationId) const
{
    return select(QStringLiteral("WHERE location_id = ?"), {locationId});
}

std::optional<Group> GroupRepository::find(Id id) const
{
    const QList<Group> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Group>(found.first());
}

Id GroupRepository::insert(const Group &g) const
{
    return m_db.insert(QStringLiteral("INSERT INTO care_groups (location_id, name, care_type, min_age_months, "
                                      "max_age_months, max_children, youth_care_seats, youth_care_presence_minutes, "
                                      "room, preschool_education, notes, school_day_opens, school_day_closes, holiday_opens, "
                                      "holiday_closes, archived_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {g.locationId, g.name, careTypeCode(g.careType), g.minAgeMonths, g.maxAgeMonths,
                        g.maxChildren, g.youthCareSeats, g.youthCarePresenceMinutes, g.room,
                        int(g.preschoolEducation), g.notes, fromOf(g.schoolDayHours), toOf(g.schoolDayHours),
                        fromOf(g.holidayHours), toOf(g.holidayHours), dateValue(g.archivedFrom)});
}

void GroupRepository::update(const Group &g) const
{
    m_db.exec(QStringLiteral("UPDATE care_groups SET location_id = ?, name = ?, care_type = ?, min_age_months = ?, "
                             "max_age_months = ?, max_children = ?, youth_care_seats = ?, "
                             "youth_care_presence_minutes = ?, room = ?, preschool_education = ?, notes = ?, "
                             "school_day_opens = ?, school_day_closes = ?, holiday_opens = ?, holiday_closes = ?, archived_from = ? "
                             "WHERE id = ?"),
              {g.locationId, g.name, careTypeCode(g.careType), g.minAgeMonths, g.maxAgeMonths, g.maxChildren,
               g.youthCareSeats, g.youthCarePresenceMinutes, g.room, int(g.preschoolEducation), g.notes,
               fromOf(g.schoolDayHours), toOf(g.schoolDayHours), fromOf(g.holidayHours), toOf(g.holidayHours),
               dateValue(g.archivedFrom), g.id});
}

void GroupRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM care_groups WHERE id = ?"), {id});
}

} // namespace samenplan
