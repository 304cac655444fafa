// Who may see and change what on a PostgreSQL server, enforced by the server itself (row-level
// security), so that a user connecting with psql sees no more than through Samenplan. The table
// privileges per user are granted by `samenplan-cli server grant` (serverroles.cpp); the rows they
// reach are decided here, from server_users (one row per user and named location).
//   admin    everything
//   planner  changes the named locations; reads the others' groups, placements and shifts (their
//            totals) but not the children, referrals or waiting list entries there
//   coach    the roster of the groups they coach and their own sessions; never referrals
//   viewer   reads (the named locations, or all) without referrals
// The day records (attendance, closed days, their log) belong to a group, so to its location, like
// placements; a child's attendance is read by whoever reads the child, the log of corrections (which
// names children) not by a coach nor by a planner of another location. The calendar: closing days
// are changed per location, the school holidays and the settings (how long day records are kept)
// only by an admin; the database's identity (the calendar UIDs) by nobody but the owner.
// The table owner (who ran server init) is not bound by these policies.

#include "persistence/database.h"
#include "persistence/migrations.h"

namespace samenplan {
namespace {

// One access rule for a table: who reads which rows, who writes which (insert may differ).
struct TablePolicy {
    QString table;
    QString read;
    QString write;
    QString insert; // empty: as write
};

QStringList policyStatements(const TablePolicy &p)
{
    const QString insert = p.insert.isEmpty() ? p.write : p.insert;
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(p.table),
        QStringLiteral("CREATE POLICY samenplan_read ON %1 FOR SELECT USING (%2)").arg(p.table, p.read),
        QStringLiteral("CREATE POLICY samenplan_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(p.table, insert),
        QStringLiteral("CREATE POLICY samenplan_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(p.table, p.write),
        QStringLiteral("CREATE POLICY samenplan_delete ON %1 FOR DELETE USING (%2)").arg(p.table, p.write),
    };
}

// The helper functions run as the owner (SECURITY DEFINER) and read server_users for the session's
// user; they return sets, so a policy evaluates them once per query, not once per row.
QStringList functionStatements()
{
    const QString head = QStringLiteral("LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS ");
    return {
        QStringLiteral("CREATE TABLE server_users ("
                       " user_name TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('admin', 'planner', 'coach', 'viewer')),"
                       " location_id BIGINT REFERENCES locations(id) ON DELETE CASCADE,"
                       " coach_staff_id BIGINT REFERENCES staff(id) ON DELETE CASCADE,"
                       " external_coach_id BIGINT REFERENCES external_coaches(id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX server_users_name ON server_users(user_name)"),
        QStringLiteral("CREATE FUNCTION samenplan_role() RETURNS text ") + head
            + QStringLiteral("$$ SELECT role FROM server_users WHERE user_name = session_user LIMIT 1 $$"),
        QStringLiteral("CREATE FUNCTION samenplan_named_locations() RETURNS SETOF bigint ") + head
            + QStringLiteral("$$ SELECT location_id FROM server_users WHERE user_name = session_user "
                             "AND location_id IS NOT NULL $$"),
        QStringLiteral("CREATE FUNCTION samenplan_write_locations() RETURNS SETOF bigint ") + head
            + QStringLiteral("$$ SELECT id FROM locations WHERE samenplan_role() = 'admin' "
                             "OR (samenplan_role() = 'planner' AND id IN (SELECT samenplan_named_locations())) $$"),
        QStringLiteral("CREATE FUNCTION samenplan_own_sessions() RETURNS SETOF bigint ") + head
            + QStringLiteral("$$ SELECT s.id FROM coaching_sessions s JOIN server_users u ON u.user_name = session_user "
                             "AND u.role = 'coach' WHERE s.coach_staff_id = u.coach_staff_id "
                             "OR s.external_coach_id = u.external_coach_id $$"),
        QStringLiteral("CREATE FUNCTION samenplan_read_groups() RETURNS SETOF bigint ") + head
            + QStringLiteral("$$ SELECT id FROM care_groups WHERE samenplan_role() IN ('admin', 'planner') "
                             "OR (samenplan_role() = 'viewer' AND (location_id IN (SELECT samenplan_named_locations()) "
                             "  OR NOT EXISTS (SELECT samenplan_named_locations()))) "
                             "OR (samenplan_role() = 'coach' AND id IN (SELECT group_id FROM coaching_sessions "
                             "  WHERE id IN (SELECT samenplan_own_sessions()))) $$"),
        QStringLiteral("CREATE FUNCTION samenplan_write_groups() RETURNS SETOF bigint ") + head
            + QStringLiteral("$$ SELECT id FROM care_groups WHERE location_id IN (SELECT samenplan_write_locations()) $$"),
        // A planner's children: placed in their groups, on their part of the waiting list, or not
        // placed anywhere yet (just added).
        QStringLiteral("CREATE FUNCTION samenplan_write_children() RETURNS SETOF bigint ") + head
            + QStringLiteral("$$ SELECT id FROM children c WHERE samenplan_role() = 'admin' "
                             "OR (samenplan_role() = 'planner' AND ("
                             "  EXISTS (SELECT 1 FROM placements p WHERE p.child_id = c.id AND p.group_id IN (SELECT samenplan_write_groups()))"
                             "  OR NOT EXISTS (SELECT 1 FROM placements p WHERE p.child_id = c.id)"
                             "  OR EXISTS (SELECT 1 FROM waiting_list w WHERE w.child_id = c.id AND (w.preferred_group_id IS NULL"
                             "    OR w.preferred_group_id IN (SELECT samenplan_write_groups()))))) $$"),
        QStringLiteral("CREATE FUNCTION samenplan_read_children() RETURNS SETOF bigint ") + head
            + QStringLiteral("$$ SELECT samenplan_write_children() "
                             "UNION SELECT child_id FROM placements WHERE samenplan_role() = 'viewer' "
                             "  AND group_id IN (SELECT samenplan_read_groups()) "
                             "UNION SELECT focus_child_id FROM coaching_sessions WHERE samenplan_role() = 'coach' "
                             "  AND focus_child_id IS NOT NULL AND id IN (SELECT samenplan_own_sessions()) $$"),
    };
}

QList<TablePolicy> tablePolicies()
{
    const QString writeLocations = QStringLiteral("(SELECT samenplan_write_locations())");
    const QString readGroups = QStringLiteral("(SELECT samenplan_read_groups())");
    const QString writeGroups = QStringLiteral("(SELECT samenplan_write_groups())");
    const QString readChildren = QStringLiteral("(SELECT samenplan_read_children())");
    const QString writeChildren = QStringLiteral("(SELECT samenplan_write_children())");
    const QString isAdmin = QStringLiteral("samenplan_role() = 'admin'");
    const QString writer = QStringLiteral("samenplan_role() IN ('admin', 'planner')");
    return {
        {QStringLiteral("locations"), QStringLiteral("true"), QStringLiteral("id IN ") + writeLocations, isAdmin},
        {QStringLiteral("opening_hours"), QStringLiteral("true"), QStringLiteral("location_id IN ") + writeLocations, {}},
        {QStringLiteral("care_groups"), QStringLiteral("true"), QStringLiteral("location_id IN ") + writeLocations, {}},
        {QStringLiteral("placements"), QStringLiteral("group_id IN ") + readGroups, QStringLiteral("group_id IN ") + writeGroups, {}},
        {QStringLiteral("placement_days"), QStringLiteral("placement_id IN (SELECT id FROM placements)"),
         QStringLiteral("placement_id IN (SELECT id FROM placements WHERE group_id IN %1)").arg(writeGroups), {}},
        // A child just added (in no group yet) is the planner's, also when the insert reads it back.
        {QStringLiteral("children"),
         QStringLiteral("id IN %1 OR (samenplan_role() = 'planner' AND NOT EXISTS (SELECT 1 FROM placements p "
                        "WHERE p.child_id = children.id))").arg(readChildren),
         QStringLiteral("id IN ") + writeChildren, writer},
        {QStringLiteral("referrals"), QStringLiteral("child_id IN ") + writeChildren, QStringLiteral("child_id IN ") + writeChildren, {}},
        {QStringLiteral("waiting_list"),
         QStringLiteral("samenplan_role() <> 'coach' AND (preferred_group_id IS NULL OR preferred_group_id IN %1)").arg(readGroups),
         QStringLiteral("%1 AND (preferred_group_id IS NULL OR preferred_group_id IN %2)").arg(writer, writeGroups), {}},
        {QStringLiteral("fixed_faces"), QStringLiteral("child_id IN ") + readChildren, QStringLiteral("child_id IN ") + writeChildren, {}},
        {QStringLiteral("child_absences"), QStringLiteral("child_id IN ") + readChildren, QStringLiteral("child_id IN ") + writeChildren, {}},
        {QStringLiteral("staff"), QStringLiteral("true"),
         QStringLiteral("%1 OR (samenplan_role() = 'planner' AND (location_id IS NULL OR location_id IN %2))").arg(isAdmin, writeLocations), {}},
        {QStringLiteral("absences"), QStringLiteral("samenplan_role() <> 'coach'"),
         QStringLiteral("%1 AND staff_id IN (SELECT id FROM staff WHERE location_id IS NULL OR location_id IN %2)").arg(writer, writeLocations), {}},
        {QStringLiteral("shifts"), QStringLiteral("group_id IN %1 OR (group_id IS NULL AND samenplan_role() <> 'coach')").arg(readGroups),
         QStringLiteral("%1 AND (group_id IS NULL OR group_id IN %2)").arg(writer, writeGroups), {}},
        {QStringLiteral("shift_breaks"), QStringLiteral("shift_id IN (SELECT id FROM shifts)"),
         QStringLiteral("shift_id IN (SELECT id FROM shifts WHERE group_id IS NULL OR group_id IN %1)").arg(writeGroups), {}},
        {QStringLiteral("coaching_sessions"),
         QStringLiteral("CASE WHEN samenplan_role() = 'coach' THEN id IN (SELECT samenplan_own_sessions()) "
                        "ELSE group_id IS NULL OR group_id IN %1 END").arg(readGroups),
         QStringLiteral("%1 AND (group_id IS NULL OR group_id IN %2)").arg(writer, writeGroups), {}},
        {QStringLiteral("coaching_coachees"), QStringLiteral("session_id IN (SELECT id FROM coaching_sessions)"),
         QStringLiteral("session_id IN (SELECT id FROM coaching_sessions WHERE group_id IS NULL OR group_id IN %1)").arg(writeGroups), {}},
        {QStringLiteral("school_holidays"), QStringLiteral("true"), isAdmin, {}},
        {QStringLiteral("closing_days"), QStringLiteral("true"), QStringLiteral("location_id IN ") + writeLocations, {}},
        {QStringLiteral("settings"), QStringLiteral("true"), isAdmin, {}},
        {QStringLiteral("database_identity"), QStringLiteral("true"), QStringLiteral("false"), {}},
        {QStringLiteral("child_attendance"), QStringLiteral("group_id IN %1 AND child_id IN %2").arg(readGroups, readChildren),
         QStringLiteral("group_id IN ") + writeGroups, {}},
        {QStringLiteral("staff_attendance"), QStringLiteral("group_id IN ") + readGroups, QStringLiteral("group_id IN ") + writeGroups, {}},
        {QStringLiteral("attendance_days"), QStringLiteral("group_id IN ") + readGroups, QStringLiteral("group_id IN ") + writeGroups, {}},
        {QStringLiteral("attendance_log"),
         QStringLiteral("group_id IN %1 AND (samenplan_role() IN ('admin', 'viewer') OR group_id IN %2)").arg(readGroups, writeGroups),
         QStringLiteral("group_id IN ") + writeGroups, {}},
    };
}

} // namespace

void installServerPolicies(const Database &db, const QStringList &tables)
{
    QStringList statements = functionStatements();
    for (const TablePolicy &policy : tablePolicies()) {
        if (tables.contains(policy.table))
            statements << policyStatements(policy);
    }
    execDdl(db, statements);
}

void installTablePolicy(const Database &db, const QString &table, const QString &read, const QString &write)
{
    execDdl(db, policyStatements({table, read, write, {}}));
}

} // namespace samenplan
