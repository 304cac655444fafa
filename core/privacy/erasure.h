#pragma once
// Erasing a child for real. changes::eraseChild decides what goes and what is anonymised; this makes
// sure nothing of it stays behind in the file: SQLite keeps deleted and overwritten rows in the free
// space of its pages, in free pages, and in the write-ahead journal (-wal) until they happen to be
// reused, so `strings FILE` would still show the child (SQLite builds without secure_delete by
// default, such as the one inside Qt on Windows). And the import wizard's backup beside the file
// (FILE.before-import) holds the child as it was: a planner who erases a child expects the child
// gone wherever Samenplan keeps it, so the child is erased there too, and the user told.

#include "domain/entities.h"

#include <QCoreApplication>
#include <QString>

namespace samenplan {

class Database;

namespace privacy {

// Erases the child in one transaction of its own with secure_delete on (what the transaction frees
// is overwritten with zeros), then writes the journal back into the file and empties it
// (wal_checkpoint(TRUNCATE)) and rebuilds the file without free space (VACUUM). Not to be called
// inside a transaction. Throws ChangeRefused (no such child) or DbError; nothing is erased then.
// On a PostgreSQL server only the transaction: its storage is the server's to vacuum.
void eraseChild(const Database &db, Id childId);

// What became of the child in the import wizard's backup of databasePath.
struct BackupErasure {
    enum class Result {
        NoBackup, // there is none
        NotHeld,  // the backup was made before the child was added
        Erased,   // erased there too, the same way
        Failed,   // the backup still holds the child: error says why
    };
    Result result = Result::NoBackup;
    QString path;
    QString error;
};

// child: the child as stored before the erasure. The backup's child with the same id is the same
// child when its birth date or its name is the same (ids of children removed later can be reused).
BackupErasure eraseFromImportBackup(const QString &databasePath, const Child &child);

} // namespace privacy
} // namespace samenplan
