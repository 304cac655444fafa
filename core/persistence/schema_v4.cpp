// Schema version 4: a stable identity per database, so that the calendar events of two
// organisations (or of two files) never share a UID in a coach's agenda, and a sequence number per
// coaching session that every change raises, so that agendas replace a moved or cancelled session
// instead of keeping the old one beside it.

#include "persistence/database.h"
#include "persistence/migrations.h"

#include <QUuid>

namespace samenplan {

void applySchemaV4(const Database &db)
{
    execDdl(db, {
        QStringLiteral("CREATE TABLE database_identity ("
                       " uid TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE coaching_sessions ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0"),
    });
    db.exec(QStringLiteral("INSERT INTO database_identity (uid) VALUES (?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

} // namespace samenplan
