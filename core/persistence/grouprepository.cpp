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
        g.id = q.integer(0);
        g.locationId = q.integer(1);
        g.name = q.text(2);
        g.careType = careTypeFromCode(q.text(3)).value_or(CareType::DayCare);
        g.minAgeMonths = int(q.integer(4));
        g.maxAgeMonths = int(q.integer(5));
        g.maxChildren = int(q.integer(6));
        g.youthCareSeats = int(q.integer(7));
        g.youthCarePresenceMinutes = int(q.integer(8));
        g.room = q.text(9);
        g.preschoolEducation = int(q.integer(10)) != 0;
        g.notes = q.text(11);
        g.schoolDayHours = rangeFrom(q.value(12), q.value(13));
        g.holidayHours = rangeFrom(q.value(14), q.value(15));
        g.archivedFrom = q.date(16);
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
