// Schema version 2: an index for every foreign key and every column looked up by value. Without
// them, deleting or rewriting a shift's breaks, a placement's days or anything a foreign key points
// at scans the whole child table, so an import grew with the square of its rows.

#include "persistence/migrations.h"

namespace samenplan {

void applySchemaV2(const Database &db)
{
    execDdl(db, {
        // Foreign keys (opening_hours, care_groups, placement_days and the pairs of fixed_faces and
        // coaching_coachees lead with theirs in a primary key or unique constraint already).
        QStringLiteral("CREATE INDEX staff_employer ON staff(employer_provider_id)"),
        QStringLiteral("CREATE INDEX staff_location ON staff(location_id)"),
        QStringLiteral("CREATE INDEX referrals_provider ON referrals(provider_id)"),
        QStringLiteral("CREATE INDEX referrals_outreach_worker ON referrals(outreach_worker_id)"),
        QStringLiteral("CREATE INDEX referrals_behavioural_scientist ON referrals(behavioural_scientist_id)"),
        QStringLiteral("CREATE INDEX waiting_list_child ON waiting_list(child_id)"),
        QStringLiteral("CREATE INDEX waiting_list_group ON waiting_list(preferred_group_id)"),
        QStringLiteral("CREATE INDEX fixed_faces_staff ON fixed_faces(staff_id)"),
        QStringLiteral("CREATE INDEX shifts_group ON shifts(group_id)"),
        QStringLiteral("CREATE INDEX shift_breaks_shift ON shift_breaks(shift_id)"),
        QStringLiteral("CREATE INDEX absences_staff ON absences(staff_id)"),
        QStringLiteral("CREATE INDEX child_absences_child ON child_absences(child_id)"),
        QStringLiteral("CREATE INDEX external_coaches_provider ON external_coaches(provider_id)"),
        QStringLiteral("CREATE INDEX coaching_coach ON coaching_sessions(coach_staff_id)"),
        QStringLiteral("CREATE INDEX coaching_external_coach ON coaching_sessions(external_coach_id)"),
        QStringLiteral("CREATE INDEX coaching_group ON coaching_sessions(group_id)"),
        QStringLiteral("CREATE INDEX coaching_focus_child ON coaching_sessions(focus_child_id)"),
        QStringLiteral("CREATE INDEX coaching_series ON coaching_sessions(series_id)"),
        QStringLiteral("CREATE INDEX coaching_coachees_staff ON coaching_coachees(staff_id)"),
        QStringLiteral("CREATE INDEX template_shifts_template ON template_shifts(template_id)"),
        QStringLiteral("CREATE INDEX template_shifts_staff ON template_shifts(staff_id)"),
        QStringLiteral("CREATE INDEX template_shifts_group ON template_shifts(group_id)"),
        // Looked up by value: absences by date, children and staff by name.
        QStringLiteral("CREATE INDEX absences_dates ON absences(start_date, end_date)"),
        QStringLiteral("CREATE INDEX child_absences_date ON child_absences(absence_date)"),
        QStringLiteral("CREATE INDEX children_name ON children(last_name, first_name)"),
        QStringLiteral("CREATE INDEX staff_name ON staff(name)"),
    });
}

} // namespace samenplan
