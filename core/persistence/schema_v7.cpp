// Schema version 7: named what-if scenarios (issue #16), kept apart from the plan. A scenario is a
// name, the location it is about and its changes in order (capacity/scenarioplan.h); a change points
// at the records it changes, and goes with them: erasing a child erases the scenario changes that
// place it. A place's days are text "weekday:from-to" (minutes) separated by commas.
// On a PostgreSQL server the scenarios are the planners' (they name children and youth-care seats):
// an admin, or a planner of the scenario's location, reads and changes them; coaches and viewers never.

#include "persistence/database.h"
#include "persistence/migrations.h"

#include <QSqlDriver>

namespace samenplan {

void installTablePolicy(const Database &db, const QString &table, const QString &read, const QString &write); // serverpolicies.cpp
void installTableTriggers(const Database &db, const QStringList &tables); // servertriggers.cpp

namespace {

// Users granted a role before this version get the new tables with their role's privileges.
void grantToExistingUsers(const Database &db, const QStringList &tables)
{
    auto users = db.read(QStringLiteral("SELECT DISTINCT user_name FROM server_users WHERE role IN ('admin', 'planner')"));
    QStringList statements;
    while (users.next()) {
        const QString user = db.connection().driver()->escapeIdentifier(users.value(0).toString(), QSqlDriver::TableName);
        for (const QString &table : tables)
            statements << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, user);
        statements << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(user);
    }
    execDdl(db, statements);
}

} // namespace

void applySchemaV7(const Database &db)
{
    execDdl(db, {
        QStringLiteral("CREATE TABLE scenarios ("
                       " id %ID%,"
                       " name TEXT NOT NULL UNIQUE,"
                       " location_id INTEGER REFERENCES locations(id) ON DELETE CASCADE,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " applied_on TEXT)"),
        QStringLiteral("CREATE TABLE scenario_changes ("
                       " id %ID%,"
                       " scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('place', 'placement-end', 'trajectory-end', 'add-group', 'group-maximum')),"
                       " child_id INTEGER REFERENCES children(id) ON DELETE CASCADE,"
                       " group_id INTEGER REFERENCES care_groups(id) ON DELETE CASCADE,"
                       " new_group_position INTEGER,"
                       " placement_id INTEGER REFERENCES placements(id) ON DELETE CASCADE,"
                       " referral_id INTEGER REFERENCES referrals(id) ON DELETE CASCADE,"
                       " waiting_list_id INTEGER REFERENCES waiting_list(id) ON DELETE SET NULL,"
                       " change_date TEXT,"
                       " youth_care INTEGER NOT NULL DEFAULT 0,"
                       " days TEXT NOT NULL DEFAULT '',"
                       " location_id INTEGER REFERENCES locations(id) ON DELETE CASCADE,"
                       " group_name TEXT NOT NULL DEFAULT '',"
                       " care_type TEXT NOT NULL DEFAULT '',"
                       " min_age_months INTEGER NOT NULL DEFAULT 0,"
                       " max_age_months INTEGER NOT NULL DEFAULT 0,"
                       " max_children INTEGER NOT NULL DEFAULT 0,"
                       " youth_care_seats INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (scenario_id, position))"),
        QStringLiteral("CREATE INDEX scenarios_location ON scenarios(location_id)"),
        QStringLiteral("CREATE INDEX scenario_changes_child ON scenario_changes(child_id)"),
        QStringLiteral("CREATE INDEX scenario_changes_group ON scenario_changes(group_id)"),
        QStringLiteral("CREATE INDEX scenario_changes_placement ON scenario_changes(placement_id)"),
        QStringLiteral("CREATE INDEX scenario_changes_referral ON scenario_changes(referral_id)"),
        QStringLiteral("CREATE INDEX scenario_changes_waiting ON scenario_changes(waiting_list_id)"),
        QStringLiteral("CREATE INDEX scenario_changes_location ON scenario_changes(location_id)"),
    });
    if (!db.isPostgres())
        return;
    const QString planners = QStringLiteral("samenplan_role() = 'admin' OR (samenplan_role() = 'planner' "
                                            "AND location_id IN (SELECT samenplan_write_locations()))");
    installTablePolicy(db, QStringLiteral("scenarios"), planners, planners);
    const QString ofScenario = QStringLiteral("scenario_id IN (SELECT id FROM scenarios)");
    installTablePolicy(db, QStringLiteral("scenario_changes"), ofScenario, ofScenario);
    const QStringList tables{QStringLiteral("scenarios"), QStringLiteral("scenario_changes")};
    installTableTriggers(db, tables);
    grantToExistingUsers(db, tables);
}

} // namespace samenplan
