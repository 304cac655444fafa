// Schema version 6: planners working at once. Placements and shifts carry a row version, checked when
// a change is written (a change made on stale data is refused); the audit log says who changed what.
// On a PostgreSQL server also: who may see and change what (row-level security, serverpolicies.cpp),
// an audit trigger on every table and a notification to the other open Samenplans.

#include "persistence/database.h"
#include "persistence/migrations.h"

namespace samenplan {

// Both act on the given tables only: those of this version. A later migration that adds a table adds
// its policy and triggers in its own statements.
void installServerPolicies(const Database &db, const QStringList &tables); // serverpolicies.cpp
void installServerTriggers(const Database &db, const QStringList &tables); // servertriggers.cpp

void applySchemaV6(const Database &db)
{
    execDdl(db, {
        QStringLiteral("ALTER TABLE placements ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE shifts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
        // Who made the change (the server user; empty in a file), and for a change on the server the
        // transaction it belongs to and how many rows it touched in that table.
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN transaction_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN row_count INTEGER NOT NULL DEFAULT 1"),
    });
    if (db.isPostgres()) {
        const QStringList tables = existingTables(db);
        installServerPolicies(db, tables);
        installServerTriggers(db, tables);
    }
}

} // namespace samenplan
