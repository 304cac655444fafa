#include "persistence/serverroles.h"

#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/schematables.h"

#include <QSqlDriver>

namespace samenplan {
namespace {

QString identifier(const Database &db, const QString &name)
{
    return db.connection().driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

bool roleExists(const Database &db, const QString &user)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {user});
    return q.next();
}

// Roles belong to the whole server, not to one organisation's database: two admins may create the
// same new user at the same moment. The later CREATE ROLE then fails on the earlier one's row, and
// the role exists, which is all that was asked; the savepoint keeps the rest of the grant's work.
void createRoleOnce(const Database &db, const QString &user, const QString &quotedUser)
{
    if (roleExists(db, user))
        return;
    db.execDirect(QStringLiteral("SAVEPOINT samenplan_create_role"));
    try {
        db.execDirect(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quotedUser));
    } catch (const DbError &) {
        db.execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT samenplan_create_role"));
        if (!roleExists(db, user))
            throw;
    }
    db.execDirect(QStringLiteral("RELEASE SAVEPOINT samenplan_create_role"));
}

// Table privileges per Samenplan role; the rows within are left to the row-level policies.
QStringList grantStatements(const QString &role, const QString &user)
{
    QStringList statements;
    const bool writes = role == QLatin1String("admin") || role == QLatin1String("planner");
    for (const QString &table : samenplanTables()) {
        QString privileges;
        if (table == QLatin1String("audit_log"))
            privileges = role == QLatin1String("admin") ? QStringLiteral("SELECT, INSERT")
                : role == QLatin1String("planner")      ? QStringLiteral("INSERT")
                                                        : QString();
        else if ((table == QLatin1String("referrals") || table.startsWith(QLatin1String("scenario"))) && !writes)
            privileges.clear(); // coaches and viewers: never referrals nor the planners' scenarios
        else if (table == QLatin1String("database_identity"))
            privileges = QStringLiteral("SELECT"); // the calendar UIDs: changed by nobody
        else
            privileges = writes ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE") : QStringLiteral("SELECT");
        if (!privileges.isEmpty())
            statements << QStringLiteral("GRANT %1 ON %2 TO %3").arg(privileges, table, user);
    }
    statements << QStringLiteral("GRANT SELECT ON samenplan_schema TO %1").arg(user);
    if (writes)
        statements << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(user);
    return statements;
}

void revokeAll(const Database &db, const QString &user, const QString &quotedUser)
{
    db.execDirect(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(quotedUser));
    db.execDirect(QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(quotedUser));
    db.exec(QStringLiteral("DELETE FROM server_users WHERE user_name = ?"), {user});
}

} // namespace

const QStringList &ServerRoles::roles()
{
    static const QStringList list{QStringLiteral("admin"), QStringLiteral("planner"), QStringLiteral("coach"),
                                  QStringLiteral("viewer")};
    return list;
}

QString ServerRoles::grant(const Database &db, const Grant &grant)
{
    if (!db.isPostgres())
        return tr("Roles exist only on a server; a file is opened by whoever may open the file.");
    if (!roles().contains(grant.role))
        return tr("The role %1 is not one of admin, planner, coach or viewer.").arg(grant.role);
    if (grant.user.isEmpty())
        return tr("Name the server user to grant the role to.");
    if (grant.role == QLatin1String("planner") && grant.locations.isEmpty())
        return tr("A planner changes only named locations; name at least one with --location.");
    if ((grant.role == QLatin1String("admin") || grant.role == QLatin1String("coach")) && !grant.locations.isEmpty())
        return tr("The role %1 takes no locations.").arg(grant.role);
    if (grant.role == QLatin1String("coach") && grant.coach.isEmpty())
        return tr("A coach sees their own sessions; name the staff member or external coach with --coach.");
    if (grant.role != QLatin1String("coach") && !grant.coach.isEmpty())
        return tr("--coach goes with the role coach.");

    QList<Id> locationIds;
    for (const QString &name : grant.locations) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM locations WHERE name = ?"), {name});
        if (!q.next())
            return tr("There is no location named %1.").arg(name);
        locationIds << q.value(0).toLongLong();
    }
    QVariant staffId = idValue(NoId), externalId = idValue(NoId);
    if (!grant.coach.isEmpty()) {
        QSqlQuery staff = db.exec(QStringLiteral("SELECT id FROM staff WHERE name = ?"), {grant.coach});
        QSqlQuery external = db.exec(QStringLiteral("SELECT id FROM external_coaches WHERE name = ?"), {grant.coach});
        if (staff.next())
            staffId = staff.value(0);
        else if (external.next())
            externalId = external.value(0);
        else
            return tr("There is no staff member or external coach named %1.").arg(grant.coach);
    }

    const QString quoted = identifier(db, grant.user);
    createRoleOnce(db, grant.user, quoted);
    revokeAll(db, grant.user, quoted);
    QSqlQuery database = db.exec(QStringLiteral("SELECT current_database()"));
    database.next();
    db.execDirect(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(identifier(db, database.value(0).toString()), quoted));
    db.execDirect(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(quoted));
    for (const QString &statement : grantStatements(grant.role, quoted))
        db.execDirect(statement);
    const QString insert = QStringLiteral("INSERT INTO server_users (user_name, role, location_id, coach_staff_id, "
                                          "external_coach_id) VALUES (?, ?, ?, ?, ?)");
    if (locationIds.isEmpty())
        db.exec(insert, {grant.user, grant.role, idValue(NoId), staffId, externalId});
    for (const Id location : std::as_const(locationIds))
        db.exec(insert, {grant.user, grant.role, location, staffId, externalId});
    return {};
}

QString ServerRoles::revoke(const Database &db, const QString &user)
{
    if (!db.isPostgres())
        return tr("Roles exist only on a server; a file is opened by whoever may open the file.");
    QSqlQuery known = db.exec(QStringLiteral("SELECT 1 FROM server_users WHERE user_name = ?"), {user});
    if (!known.next())
        return tr("The server user %1 has no Samenplan role here.").arg(user);
    revokeAll(db, user, identifier(db, user));
    return {};
}

QString ServerRoles::currentRole(const Database &db)
{
    if (!db.isPostgres())
        return QStringLiteral("owner");
    QSqlQuery owner = db.exec(QStringLiteral(
        "SELECT pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE tablename = 'samenplan_schema' "
        "AND schemaname = 'public'), 'MEMBER') OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"));
    if (owner.next() && owner.value(0).toBool())
        return QStringLiteral("owner");
    QSqlQuery role = db.exec(QStringLiteral("SELECT samenplan_role()"));
    return role.next() ? role.value(0).toString() : QString();
}

} // namespace samenplan
