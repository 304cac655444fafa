#include "persistence/calendarrepository.h"

#include "persistence/database.h"

namespace samenplan {

QList<SchoolHoliday> CalendarRepository::selectHolidays(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, region, school_year, name, starts, ends, confirmed, source "
                                      "FROM school_holidays %1 ORDER BY starts, region, id").arg(where),
                       values);
    QList<SchoolHoliday> result;
    while (q.next()) {
        SchoolHoliday h;
        h.id = q.value(0).toLongLong();
        h.region = holidayRegionFromCode(q.value(1).toString()).value_or(HolidayRegion::Midden);
        h.schoolYear = q.value(2).toString();
        h.name = q.value(3).toString();
        h.from = dateFrom(q.value(4));
        h.to = dateFrom(q.value(5));
        h.confirmed = q.value(6).toInt() != 0;
        h.source = q.value(7).toString();
        result.append(h);
    }
    return result;
}

QList<SchoolHoliday> CalendarRepository::schoolHolidays() const
{
    return selectHolidays({}, {});
}

QList<SchoolHoliday> CalendarRepository::schoolHolidaysBetween(const QDate &from, const QDate &to) const
{
    return selectHolidays(QStringLiteral("WHERE starts <= ? AND ends >= ?"), {dateValue(to), dateValue(from)});
}

std::optional<SchoolHoliday> CalendarRepository::findSchoolHoliday(Id id) const
{
    const QList<SchoolHoliday> found = selectHolidays(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<SchoolHoliday>(found.first());
}

Id CalendarRepository::insert(const SchoolHoliday &h) const
{
    return m_db.insert(QStringLiteral("INSERT INTO school_holidays (region, school_year, name, starts, ends, confirmed, source) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {holidayRegionCode(h.region), h.schoolYear, h.name, dateValue(h.from), dateValue(h.to),
                        int(h.confirmed), h.source});
}

void CalendarRepository::update(const SchoolHoliday &h) const
{
    m_db.exec(QStringLiteral("UPDATE school_holidays SET region = ?, school_year = ?, name = ?, starts = ?, ends = ?, "
                             "confirmed = ?, source = ? WHERE id = ?"),
              {holidayRegionCode(h.region), h.schoolYear, h.name, dateValue(h.from), dateValue(h.to), int(h.confirmed),
               h.source, h.id});
}

void CalendarRepository::removeSchoolHoliday(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM school_holidays WHERE id = ?"), {id});
}

QList<ClosingDay> CalendarRepository::selectClosingDays(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, location_id, closing_date, reason FROM closing_days %1 "
                                      "ORDER BY closing_date, location_id").arg(where),
                       values);
    QList<ClosingDay> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), dateFrom(q.value(2)), q.value(3).toString()});
    return result;
}

QList<ClosingDay> CalendarRepository::closingDays(Id locationId) const
{
    return selectClosingDays(QStringLiteral("WHERE location_id = ?"), {locationId});
}

QList<ClosingDay> CalendarRepository::closingDaysBetween(const QDate &from, const QDate &to) const
{
    return selectClosingDays(QStringLiteral("WHERE closing_date >= ? AND closing_date <= ?"), {dateValue(from), dateValue(to)});
}

std::optional<ClosingDay> CalendarRepository::findClosingDay(Id id) const
{
    const QList<ClosingDay> found = selectClosingDays(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<ClosingDay>(found.first());
}

Id CalendarRepository::insert(const ClosingDay &day) const
{
    return m_db.insert(QStringLiteral("INSERT INTO closing_days (location_id, closing_date, reason) VALUES (?, ?, ?)"),
                       {day.locationId, dateValue(day.date), day.reason});
}

void CalendarRepository::update(const ClosingDay &day) const
{
    m_db.exec(QStringLiteral("UPDATE closing_days SET location_id = ?, closing_date = ?, reason = ? WHERE id = ?"),
              {day.locationId, dateValue(day.date), day.reason, day.id});
}

void CalendarRepository::removeClosingDay(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM closing_days WHERE id = ?"), {id});
}

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    auto q = m_db.read(QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = ?"), {key});
    if (q.next())
        return q.value(0).toString();
    return std::nullopt;
}

void SettingsRepository::setValue(const QString &key, const QString &value) const
{
    // Portable upsert: delete and insert inside the caller's transaction.
    m_db.exec(QStringLiteral("DELETE FROM settings WHERE setting_key = ?"), {key});
    m_db.exec(QStringLiteral("INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)"), {key, value});
}

} // namespace samenplan
