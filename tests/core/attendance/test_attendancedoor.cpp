#include "../calendar/calendarsite.h"

#include "attendance/dayrecord.h"
#include "changes/attendancechanges.h"
#include "changes/erasure.h"
#include "persistence/attendancerepository.h"
#include "planning/planningdata.h"
#include "privacy/childrecord.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace samenplan;
using namespace calendartest;

namespace {

const QDate Day(2026, 11, 16); // a Monday, a school day in regio midden

struct Floor : Site {
    QList<Id> children;
    Id anna = NoId;
    Id bram = NoId;

    // Six children aged 1 all day on the day-care group: two professionals needed.
    Floor()
    {
        for (int i = 0; i < 6; ++i)
            children.append(child(QStringLiteral("Kind%1").arg(i), daycare, 1, TimeRange{at(7, 30), at(18, 30)}, Day));
        anna = staff(QStringLiteral("Anna"));
        bram = staff(QStringLiteral("Bram"));
    }

    template <typename Change>
    void write(Change change)
    {
        Transaction transaction(*db);
        change();
        transaction.commit();
    }

    attendance::DayRecord record() const
    {
        const planning::PlanningData data = planning::PlanningData::load(*db, Day, Day);
        return attendance::buildDayRecord(data, attendance::AttendanceData::load(*db, Day, Day), *data.group(daycare), Day);
    }
};

int count(const attendance::DayRecord &record, attendance::QuarterState state)
{
    return int(std::count_if(record.quarters.begin(), record.quarters.end(),
                             [state](const attendance::RecordQuarter &q) { return q.state == state; }));
}

} // namespace

TEST_CASE("Attendance turns a day from met to violation and back, each correction logged", "[attendance]")
{
    Floor f;
    Id bramOnFloor = NoId;
    f.write([&] {
        for (Id child : f.children)
            changes::add(*f.db, ChildAttendance{NoId, f.daycare, child, Day, at(7, 30), at(18, 30)});
        changes::add(*f.db, StaffAttendance{NoId, f.daycare, f.anna, Day, TimeRange{at(7, 30), at(18, 30)}, {}});
        bramOnFloor = changes::add(*f.db, StaffAttendance{NoId, f.daycare, f.bram, Day, TimeRange{at(7, 30), at(18, 30)}, {}});
    });
    attendance::DayRecord record = f.record();
    REQUIRE(record.registered);
    REQUIRE(record.quarters.size() == 44);
    CHECK(count(record, attendance::QuarterState::Met) == 44);
    CHECK(record.deviationMinutes == 0);
    CHECK(record.children.size() == 6);
    CHECK(record.staff.size() == 2);

    // Bram went home ill at noon: six and a half hours with one of two professionals.
    f.write([&] { changes::update(*f.db, StaffAttendance{bramOnFloor, f.daycare, f.bram, Day, TimeRange{at(7, 30), at(12)}, QStringLiteral("ziek naar huis")}); });
    record = f.record();
    CHECK(record.deviationMinutes == 390);
    CHECK(count(record, attendance::QuarterState::Violation) == 26);
    CHECK(record.violation());

    // A colleague took over from 12:00 to 15:00: 210 minutes below, still more than the 180 allowed.
    const Id cor = f.staff(QStringLiteral("Cor"));
    Id corOnFloor = NoId;
    f.write([&] { corOnFloor = changes::add(*f.db, StaffAttendance{NoId, f.daycare, cor, Day, TimeRange{at(12), at(15)}, {}}); });
    CHECK(f.record().deviationMinutes == 210);
    CHECK(f.record().violation());
    // ... and stayed until 16:30: 120 minutes, within the three-hour rule.
    f.write([&] { changes::update(*f.db, StaffAttendance{corOnFloor, f.daycare, cor, Day, TimeRange{at(12), at(16, 30)}, {}}); });
    record = f.record();
    CHECK(record.deviationMinutes == 120);
    CHECK(count(record, attendance::QuarterState::Allowed) == 8);
    CHECK_FALSE(record.violation());

    // The correction back to the full day makes it met again.
    f.write([&] { changes::update(*f.db, StaffAttendance{bramOnFloor, f.daycare, f.bram, Day, TimeRange{at(7, 30), at(18, 30)}, {}}); });
    record = f.record();
    CHECK(count(record, attendance::QuarterState::Met) == 44);
    const QList<AttendanceLogEntry> log = AttendanceRepository(*f.db).log(Day, Day, f.daycare);
    REQUIRE(log.size() == 3); // Bram twice, Cor once; the first registrations are not corrections
    CHECK(log.first().change.contains(QStringLiteral("07:30-12:00")));
    CHECK(log.first().change.contains(QStringLiteral("was 07:30-18:30")));
}

TEST_CASE("A closed day refuses a change without a reason and logs one with it", "[attendance]")
{
    Floor f;
    Id first = NoId;
    f.write([&] {
        first = changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.first(), Day, at(8), at(17)});
        changes::closeDay(*f.db, f.daycare, Day, QStringLiteral("Mirjam (manager)"));
    });
    CHECK(f.record().day.closed());
    const ChildAttendance later{first, f.daycare, f.children.first(), Day, at(8, 30), at(17)};
    try {
        Transaction transaction(*f.db);
        changes::update(*f.db, later);
        FAIL("a closed day took a change without a reason");
    } catch (const ChangeRefused &refused) {
        REQUIRE(refused.outcome().refusals.size() == 1);
        CHECK(refused.outcome().refusals.first().rule == doorrule::DayClosed);
        CHECK(refused.outcome().refusals.first().field == QLatin1String("reason"));
    }
    CHECK(AttendanceRepository(*f.db).findChild(first)->arrived == at(8));
    CHECK_THROWS_AS(f.write([&] { changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.at(1), Day, at(9), {}}, QStringLiteral("   ")); }),
                    ChangeRefused);
    CHECK_THROWS_AS(f.write([&] { changes::reopenDay(*f.db, f.daycare, Day, {}); }), ChangeRefused);

    f.write([&] { changes::update(*f.db, later, QStringLiteral("brought at 08:30 by grandma, noted on paper")); });
    CHECK(AttendanceRepository(*f.db).findChild(first)->arrived == at(8, 30));
    const QList<AttendanceLogEntry> log = AttendanceRepository(*f.db).log(Day, Day, f.daycare);
    REQUIRE(log.size() == 2);
    CHECK(log.at(0).change.contains(QStringLiteral("Mirjam")));
    CHECK(log.at(1).reason == QLatin1String("brought at 08:30 by grandma, noted on paper"));
    CHECK(log.at(1).change.contains(QStringLiteral("08:30")));
    CHECK(f.record().corrections.size() == 2);
}

TEST_CASE("Attendance rules: one child in one place at a time, times within the day, not ahead", "[attendance]")
{
    Floor f;
    f.write([&] { changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.first(), Day, at(8), at(12)}); });
    CHECK_THROWS_AS(f.write([&] { changes::add(*f.db, ChildAttendance{NoId, f.bso, f.children.first(), Day, at(11), {}}); }), ChangeRefused);
    CHECK_NOTHROW(f.write([&] { changes::add(*f.db, ChildAttendance{NoId, f.bso, f.children.first(), Day, at(13), at(17)}); }));
    CHECK_THROWS_AS(f.write([&] { changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.at(1), Day, at(9), at(8)}); }), ChangeRefused);
    CHECK_THROWS_AS(f.write([&] { changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.at(1), QDate::currentDate().addDays(1), at(9), {}}); }),
                    ChangeRefused);
    CHECK_THROWS_AS(f.write([&] { changes::add(*f.db, StaffAttendance{NoId, f.daycare, f.anna, Day, TimeRange{at(9), at(9)}, {}}); }), ChangeRefused);
    f.write([&] { changes::add(*f.db, StaffAttendance{NoId, f.daycare, f.anna, Day, TimeRange{at(9), at(13)}, {}}); });
    CHECK_THROWS_AS(f.write([&] { changes::add(*f.db, StaffAttendance{NoId, f.bso, f.anna, Day, TimeRange{at(12), at(15)}, {}}); }), ChangeRefused);
}

TEST_CASE("Taking over the roster registers each stretch on the floor, breaks apart", "[attendance]")
{
    Floor f;
    Shift shift;
    shift.staffId = f.anna;
    shift.groupId = f.daycare;
    shift.date = Day;
    shift.hours = TimeRange{at(7, 30), at(16)};
    shift.breaks = {TimeRange{at(12), at(12, 30)}};
    ShiftRepository(*f.db).insert(shift);
    int added = 0;
    f.write([&] { added = changes::takeOverRoster(*f.db, f.daycare, Day); });
    CHECK(added == 2);
    const QList<StaffAttendance> staff = AttendanceRepository(*f.db).staff(Day, Day, f.daycare);
    REQUIRE(staff.size() == 2);
    CHECK(staff.at(0).hours == TimeRange{at(7, 30), at(12)});
    CHECK(staff.at(1).hours == TimeRange{at(12, 30), at(16)});
    CHECK_THROWS_AS(f.write([&] { changes::takeOverRoster(*f.db, f.daycare, Day); }), ChangeRefused);
}

TEST_CASE("Records older than the retention are removed, and the removal is logged", "[attendance]")
{
    Floor f;
    const QDate old(2024, 6, 3);
    f.write([&] {
        changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.first(), old, at(8), at(12)});
        changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.first(), Day, at(8), at(12)});
    });
    CHECK(changes::recordRetentionMonths(*f.db) == 24);
    int removed = 0;
    f.write([&] { removed = changes::removeExpiredRecords(*f.db, QDate(2026, 11, 28)); });
    CHECK(removed == 1);
    CHECK(AttendanceRepository(*f.db).children(QDate(2000, 1, 1), QDate(2100, 1, 1)).size() == 1);
    CHECK_THROWS_AS(f.write([&] { changes::setRecordRetentionMonths(*f.db, 6); }), ChangeRefused);
    f.write([&] { changes::setRecordRetentionMonths(*f.db, 36); });
    CHECK(changes::recordRetentionMonths(*f.db) == 36);
}

TEST_CASE("A child's attendance is part of its personal-data export, erasure keeps the record without the name", "[attendance][privacy]")
{
    Floor f;
    Id row = NoId;
    f.write([&] {
        row = changes::add(*f.db, ChildAttendance{NoId, f.daycare, f.children.first(), Day, at(8), at(12)});
        changes::update(*f.db, ChildAttendance{row, f.daycare, f.children.first(), Day, at(8, 15), at(12)});
    });
    const QJsonObject record = privacy::childRecord(*f.db, f.children.first());
    const QJsonArray days = record.value(QStringLiteral("attendance")).toArray();
    REQUIRE(days.size() == 1);
    CHECK(days.first().toObject().value(QStringLiteral("date")).toString() == QLatin1String("2026-11-16"));
    CHECK(days.first().toObject().value(QStringLiteral("group")).toString() == QLatin1String("Mussen"));
    CHECK(days.first().toObject().value(QStringLiteral("arrived")).toString() == QLatin1String("08:15"));
    REQUIRE(AttendanceRepository(*f.db).log(Day, Day).first().change.contains(QStringLiteral("Kind0 Linde")));

    f.write([&] { changes::eraseChild(*f.db, f.children.first()); });
    CHECK(AttendanceRepository(*f.db).findChild(row));
    const QString change = AttendanceRepository(*f.db).log(Day, Day).first().change;
    CHECK_FALSE(change.contains(QStringLiteral("Kind0")));
    CHECK(change.contains(QStringLiteral("#%1").arg(f.children.first())));
}
