// Schema version 3: calendars and day records (issue 17). Each location gets a school-holiday
// region and whether it closes on public holidays; out-of-school groups their own hours on school
// days and in the holidays. School holidays per region (seeded with the ones shipped), closing days
// per location, and per group and day the children's attendance, the staff on the floor, whether
// the record is closed, and the log of its corrections. Portable SQL: ISO date text, integer
// minutes, TEXT timestamps.

#include "calendar/shippedholidays.h"
#include "persistence/calendarrepository.h"
#include "persistence/migrations.h"

namespace samenplan {

void applySchemaV3(const Database &db)
{
    execDdl(db, {
        QStringLiteral("ALTER TABLE locations ADD COLUMN holiday_region TEXT NOT NULL DEFAULT 'midden'"),
        QStringLiteral("ALTER TABLE locations ADD COLUMN closed_on_public_holidays INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE care_groups ADD COLUMN school_day_opens INTEGER"),
        QStringLiteral("ALTER TABLE care_groups ADD COLUMN school_day_closes INTEGER"),
        QStringLiteral("ALTER TABLE care_groups ADD COLUMN holiday_opens INTEGER"),
        QStringLiteral("ALTER TABLE care_groups ADD COLUMN holiday_closes INTEGER"),
        QStringLiteral("CREATE TABLE school_holidays ("
                       " id %ID%,"
                       " region TEXT NOT NULL,"
                       " school_year TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " starts TEXT NOT NULL,"
                       " ends TEXT NOT NULL,"
                       " confirmed INTEGER NOT NULL DEFAULT 1,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " CHECK (ends >= starts))"),
        QStringLiteral("CREATE TABLE closing_days ("
                       " id %ID%,"
                       " location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,"
                       " closing_date TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (location_id, closing_date))"),
        QStringLiteral("CREATE TABLE child_attendance ("
                       " id %ID%,"
                       " group_id INTEGER NOT NULL REFERENCES care_groups(id) ON DELETE CASCADE,"
                       " child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
                       " attendance_date TEXT NOT NULL,"
                       " arrived INTEGER NOT NULL,"
                       " departed INTEGER,"
                       " CHECK (arrived >= 0 AND arrived < 1440),"
                       " CHECK (departed IS NULL OR (departed > arrived AND departed <= 1440)))"),
        QStringLiteral("CREATE TABLE staff_attendance ("
                       " id %ID%,"
                       " group_id INTEGER NOT NULL REFERENCES care_groups(id) ON DELETE CASCADE,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                       " attendance_date TEXT NOT NULL,"
                       " starts INTEGER NOT NULL,"
                       " ends INTEGER NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " CHECK (starts >= 0 AND starts < ends AND ends <= 1440))"),
        QStringLiteral("CREATE TABLE attendance_days ("
                       " group_id INTEGER NOT NULL REFERENCES care_groups(id) ON DELETE CASCADE,"
                       " attendance_date TEXT NOT NULL,"
                       " closed_at TEXT,"
                       " closed_by TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (group_id, attendance_date))"),
        QStringLiteral("CREATE TABLE attendance_log ("
                       " id %ID%,"
                       " group_id INTEGER NOT NULL REFERENCES care_groups(id) ON DELETE CASCADE,"
                       " attendance_date TEXT NOT NULL,"
                       " logged_at TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE settings ("
                       " setting_key TEXT PRIMARY KEY,"
                       " setting_value TEXT NOT NULL)"),
        // Every foreign key leads an index; the day's rows of all groups are read by date.
        QStringLiteral("CREATE INDEX child_attendance_day ON child_attendance(attendance_date)"),
        QStringLiteral("CREATE INDEX child_attendance_group ON child_attendance(group_id, attendance_date)"),
        QStringLiteral("CREATE INDEX child_attendance_child ON child_attendance(child_id)"),
        QStringLiteral("CREATE INDEX staff_attendance_day ON staff_attendance(attendance_date)"),
        QStringLiteral("CREATE INDEX staff_attendance_group ON staff_attendance(group_id, attendance_date)"),
        QStringLiteral("CREATE INDEX staff_attendance_staff ON staff_attendance(staff_id)"),
        QStringLiteral("CREATE INDEX attendance_log_group ON attendance_log(group_id, attendance_date)"),
        QStringLiteral("CREATE INDEX school_holidays_dates ON school_holidays(starts, ends)"),
    });
    const CalendarRepository calendar(db);
    for (const SchoolHoliday &holiday : calendar::shippedSchoolHolidays())
        calendar.insert(holiday);
}

} // namespace samenplan
