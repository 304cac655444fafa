// Schema version 1: the whole domain as the foundation lays it down. Portable SQL: TEXT for codes
// and ISO dates (YYYY-MM-DD), INTEGER for numbers, minutes since midnight and 0/1 flags.

#include "persistence/migrations.h"

namespace samenplan {

void applySchemaV1(const Database &db)
{
    execDdl(db, {
        QStringLiteral("CREATE TABLE organisation ("
                       " id %ID%,"
                       " name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE locations ("
                       " id %ID%,"
                       " name TEXT NOT NULL,"
                       " lrk_number TEXT NOT NULL UNIQUE,"
                       " address TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE opening_hours ("
                       " location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,"
                       " weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
                       " opens INTEGER NOT NULL,"
                       " closes INTEGER NOT NULL,"
                       " PRIMARY KEY (location_id, weekday),"
                       " CHECK (opens >= 0 AND closes <= 1440 AND opens < closes))"),
        QStringLiteral("CREATE TABLE care_groups ("
                       " id %ID%,"
                       " location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " care_type TEXT NOT NULL,"
                       " min_age_months INTEGER NOT NULL,"
                       " max_age_months INTEGER NOT NULL,"
                       " max_children INTEGER NOT NULL,"
                       " youth_care_seats INTEGER NOT NULL DEFAULT 4,"
                       " youth_care_presence_minutes INTEGER NOT NULL DEFAULT 240,"
                       " room TEXT NOT NULL DEFAULT '',"
                       " preschool_education INTEGER NOT NULL DEFAULT 0,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (location_id, name),"
                       " CHECK (min_age_months < max_age_months),"
                       " CHECK (youth_care_seats >= 0 AND youth_care_seats <= max_children))"),
        QStringLiteral("CREATE TABLE children ("
                       " id %ID%,"
                       " first_name TEXT NOT NULL,"
                       " last_name TEXT NOT NULL,"
                       " birth_date TEXT NOT NULL,"
                       " parent_name TEXT NOT NULL DEFAULT '',"
                       " parent_phone TEXT NOT NULL DEFAULT '',"
                       " parent_email TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE youth_care_providers ("
                       " id %ID%,"
                       " name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL,"
                       " trajectory_months INTEGER NOT NULL DEFAULT 9)"),
        QStringLiteral("CREATE TABLE staff ("
                       " id %ID%,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " employer_provider_id INTEGER REFERENCES youth_care_providers(id),"
                       " counts_for_ratio INTEGER,"
                       " contract_minutes INTEGER NOT NULL DEFAULT 0,"
                       " qualified_preschool INTEGER NOT NULL DEFAULT 0,"
                       " qualified_coach INTEGER NOT NULL DEFAULT 0,"
                       " location_id INTEGER REFERENCES locations(id))"),
        QStringLiteral("CREATE TABLE placements ("
                       " id %ID%,"
                       " child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
                       " group_id INTEGER NOT NULL REFERENCES care_groups(id),"
                       " start_date TEXT NOT NULL,"
                       " end_date TEXT,"
                       " kind TEXT NOT NULL,"
                       " seat_override_reason TEXT NOT NULL DEFAULT '',"
                       " CHECK (end_date IS NULL OR end_date >= start_date))"),
        QStringLiteral("CREATE TABLE placement_days ("
                       " placement_id INTEGER NOT NULL REFERENCES placements(id) ON DELETE CASCADE,"
                       " weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
                       " starts INTEGER NOT NULL,"
                       " ends INTEGER NOT NULL,"
                       " PRIMARY KEY (placement_id, weekday),"
                       " CHECK (starts < ends))"),
        QStringLiteral("CREATE TABLE referrals ("
                       " id %ID%,"
                       " child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
                       " provider_id INTEGER NOT NULL REFERENCES youth_care_providers(id),"
                       " reference TEXT NOT NULL,"
                       " start_date TEXT NOT NULL,"
                       " planned_end TEXT NOT NULL,"
                       " outreach_worker_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,"
                       " behavioural_scientist_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,"
                       " follow_up_note TEXT NOT NULL DEFAULT '',"
                       " CHECK (planned_end >= start_date))"),
        QStringLiteral("CREATE TABLE waiting_list ("
                       " id %ID%,"
                       " child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
                       " wished_start TEXT NOT NULL,"
                       " weekdays INTEGER NOT NULL DEFAULT 0,"
                       " preferred_group_id INTEGER REFERENCES care_groups(id) ON DELETE SET NULL,"
                       " priority INTEGER NOT NULL DEFAULT 0,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE fixed_faces ("
                       " child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (child_id, staff_id))"),
        QStringLiteral("CREATE TABLE shifts ("
                       " id %ID%,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                       " group_id INTEGER REFERENCES care_groups(id) ON DELETE SET NULL,"
                       " shift_date TEXT NOT NULL,"
                       " starts INTEGER NOT NULL,"
                       " ends INTEGER NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " CHECK (starts < ends))"),
        QStringLiteral("CREATE TABLE shift_breaks ("
                       " shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,"
                       " starts INTEGER NOT NULL,"
                       " ends INTEGER NOT NULL,"
                       " CHECK (starts < ends))"),
        QStringLiteral("CREATE TABLE absences ("
                       " id %ID%,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " start_date TEXT NOT NULL,"
                       " end_date TEXT NOT NULL,"
                       " starts INTEGER,"
                       " ends INTEGER,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " CHECK (end_date >= start_date))"),
        QStringLiteral("CREATE TABLE child_absences ("
                       " id %ID%,"
                       " child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
                       " absence_date TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE external_coaches ("
                       " id %ID%,"
                       " name TEXT NOT NULL,"
                       " organisation TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL,"
                       " provider_id INTEGER REFERENCES youth_care_providers(id) ON DELETE SET NULL,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " qualified_coach INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE coaching_sessions ("
                       " id %ID%,"
                       " session_date TEXT NOT NULL,"
                       " starts INTEGER NOT NULL,"
                       " ends INTEGER NOT NULL,"
                       " coach_staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,"
                       " external_coach_id INTEGER REFERENCES external_coaches(id) ON DELETE SET NULL,"
                       " group_id INTEGER REFERENCES care_groups(id) ON DELETE SET NULL,"
                       " kind TEXT NOT NULL,"
                       " goal TEXT NOT NULL DEFAULT '',"
                       " focus_child_id INTEGER REFERENCES children(id) ON DELETE SET NULL,"
                       " status TEXT NOT NULL DEFAULT 'planned',"
                       " cancel_reason TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " follow_up TEXT NOT NULL DEFAULT '',"
                       " off_floor INTEGER NOT NULL DEFAULT 0,"
                       " series_id INTEGER,"
                       " CHECK (starts < ends))"),
        QStringLiteral("CREATE TABLE coaching_coachees ("
                       " session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (session_id, staff_id))"),
        QStringLiteral("CREATE TABLE week_templates ("
                       " id %ID%,"
                       " name TEXT NOT NULL UNIQUE,"
                       " parity TEXT NOT NULL DEFAULT 'every')"),
        QStringLiteral("CREATE TABLE template_shifts ("
                       " id %ID%,"
                       " template_id INTEGER NOT NULL REFERENCES week_templates(id) ON DELETE CASCADE,"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,"
                       " group_id INTEGER REFERENCES care_groups(id) ON DELETE SET NULL,"
                       " weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
                       " starts INTEGER NOT NULL,"
                       " ends INTEGER NOT NULL,"
                       " break_starts INTEGER,"
                       " break_ends INTEGER,"
                       " CHECK (starts < ends))"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %ID%,"
                       " logged_at TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX placements_group ON placements(group_id)"),
        QStringLiteral("CREATE INDEX placements_child ON placements(child_id)"),
        QStringLiteral("CREATE INDEX shifts_date ON shifts(shift_date)"),
        QStringLiteral("CREATE INDEX shifts_staff ON shifts(staff_id)"),
        QStringLiteral("CREATE INDEX referrals_child ON referrals(child_id)"),
        QStringLiteral("CREATE INDEX coaching_date ON coaching_sessions(session_date)"),
    });
}

} // namespace samenplan
