#pragma once
// Builds the demo organisation step by step (see demodata.cpp for the story). Internal to core/demo.

#include "domain/entities.h"

#include <QHash>

namespace samenplan {

class Database;

namespace demo {

inline TimeRange hm(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return TimeRange{fromHour * 60 + fromMinute, toHour * 60 + toMinute};
}

class DemoBuilder {
public:
    DemoBuilder(const Database &db, const QDate &anchor);

    void addOrganisation(); // organisation, location, groups, providers
    void addStaff();
    void addChildren();     // children, placements, referrals, waiting list, fixed faces
    void addRoster();       // two weeks of shifts and one sick day
    void addCoaching();

private:
    Id addChild(const QString &first, const QString &last, int ageMonths, int dayOffset);
    void place(Id child, const QString &group, WeekdayMask days, TimeRange hours, PlacementKind kind,
               const QDate &start);
    Id addReferral(Id child, const QDate &start, const QString &reference);
    void addShift(const QString &staff, const QString &group, const QDate &date, TimeRange hours,
                  std::optional<TimeRange> pause);

    const Database &m_db;
    QDate m_monday; // Monday of the week holding the anchor
    Id m_location = NoId;
    Id m_provider = NoId;
    Id m_centre = NoId;
    QHash<QString, Id> m_groups;
    QHash<QString, Id> m_staff;
    QHash<QString, QList<Id>> m_childrenOfGroup;
    QHash<QString, Id> m_childByFirstName;
};

} // namespace demo
} // namespace samenplan
