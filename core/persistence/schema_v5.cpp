// Schema version 5: what a location set up from the interface needs besides the calendar of version
// 3. The date from which a group is archived (its placements stay in the records), an expected baby
// on the waiting list (its birth date is the due date), and why a placement ended.

#include "persistence/migrations.h"

namespace samenplan {

void applySchemaV5(const Database &db)
{
    execDdl(db, {
        QStringLiteral("ALTER TABLE care_groups ADD COLUMN archived_from TEXT"),
        QStringLiteral("ALTER TABLE children ADD COLUMN expected INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE placements ADD COLUMN end_reason TEXT NOT NULL DEFAULT ''"),
    });
}

} // namespace samenplan
