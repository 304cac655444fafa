#pragma once
// A location with one out-of-school group (BSO) and one day-care group for the calendar and
// day-record tests, in a temporary database; helpers to add children, staff and shifts.

#include "catch.h"
#include "tempdir.h"

#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"

#include <memory>

namespace calendartest {

using namespace samenplan;

constexpr int at(int hour, int minute = 0) { return hour * 60 + minute; }

struct Site {
    TempDir tmp;
    QString path;
    std::unique_ptr<Database> db;
    Id location = NoId;
    Id bso = NoId;
    Id daycare = NoId;

    Site()
    {
        path = tmp.file(QStringLiteral("site.samenplan"));
        auto opened = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        Location l;
        l.name = QStringLiteral("De Linde");
        l.lrkNumber = QStringLiteral("123412341234");
        l.holidayRegion = HolidayRegion::Midden;
        for (int day = 1; day <= 5; ++day)
            l.openingHours[day - 1] = TimeRange{at(7, 30), at(18, 30)};
        location = LocationRepository(*db).insert(l);
        Group b;
        b.locationId = location;
        b.name = QStringLiteral("Kompas");
        b.careType = CareType::OutOfSchool;
        b.minAgeMonths = 48;
        b.maxAgeMonths = 156;
        b.maxChildren = 22;
        b.schoolDayHours = TimeRange{at(14), at(18, 30)};
        b.holidayHours = TimeRange{at(7, 30), at(18, 30)};
        bso = GroupRepository(*db).insert(b);
        Group d;
        d.locationId = location;
        d.name = QStringLiteral("Mussen");
        d.maxChildren = 16;
        daycare = GroupRepository(*db).insert(d);
    }

    // A child born `years` years before the date, placed on the group on Mondays at the hours.
    Id child(const QString &name, Id group, int years, const TimeRange &hours, const QDate &from)
    {
        Child c;
        c.firstName = name;
        c.lastName = QStringLiteral("Linde");
        c.birthDate = from.addYears(-years).addMonths(-2);
        const Id id = ChildRepository(*db).insert(c);
        Placement p;
        p.childId = id;
        p.groupId = group;
        p.start = from.addMonths(-6);
        for (int day = 1; day <= 5; ++day)
            p.days.append({day, hours});
        PlacementRepository(*db).insert(p);
        return id;
    }

    Id staff(const QString &name)
    {
        Staff s;
        s.name = name;
        s.role = StaffRole::Pedagogue;
        s.contractMinutesPerWeek = 36 * 60;
        return StaffRepository(*db).insert(s);
    }

    Id shift(Id staffId, Id group, const QDate &date, const TimeRange &hours)
    {
        Shift s;
        s.staffId = staffId;
        s.groupId = group;
        s.date = date;
        s.hours = hours;
        return ShiftRepository(*db).insert(s);
    }
};

} // namespace calendartest
