#pragma once
// School holidays, closing days and the organisation's settings (plain storage; changes go through
// core/changes/).

#include "domain/calendar.h"

#include <QList>
#include <QString>

#include <optional>

namespace samenplan {

class Database;

class CalendarRepository {
public:
    explicit CalendarRepository(const Database &db) : m_db(db) {}

    QList<SchoolHoliday> schoolHolidays() const; // by start date
    QList<SchoolHoliday> schoolHolidaysBetween(const QDate &from, const QDate &to) const;
    std::optional<SchoolHoliday> findSchoolHoliday(Id id) const;
    Id insert(const SchoolHoliday &holiday) const;
    void update(const SchoolHoliday &holiday) const;
    void removeSchoolHoliday(Id id) const;

    QList<ClosingDay> closingDays(Id locationId) const;
    QList<ClosingDay> closingDaysBetween(const QDate &from, const QDate &to) const;
    std::optional<ClosingDay> findClosingDay(Id id) const;
    Id insert(const ClosingDay &day) const;
    void update(const ClosingDay &day) const;
    void removeClosingDay(Id id) const;

private:
    QList<SchoolHoliday> selectHolidays(const QString &where, const QVariantList &values) const;
    QList<ClosingDay> selectClosingDays(const QString &where, const QVariantList &values) const;
    const Database &m_db;
};

// Settings of the organisation kept in its database (key and text value).
class SettingsRepository {
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}
    std::optional<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &value) const;

private:
    const Database &m_db;
};

} // namespace samenplan
