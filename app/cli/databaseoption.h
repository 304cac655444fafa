#pragma once
// Opening the database file a command names, with the one-line error every command gives, and the
// check every output option passes before anything is written.

#include "cli/cli.h"
#include "persistence/database.h"
#include "persistence/dberror.h"

#include <memory>

namespace samenplan::cli {

// Opens an existing database; on failure writes "samenplan-cli: COMMAND: reason" and returns null.
// A command that reads before it writes any output may have the file's contents checked alongside
// its reading (Database::ContentCheck::AlongsideReading); it then calls soundContents() before its
// first output, and names a read error with readFailure().
std::unique_ptr<Database> openDatabase(const QString &command, const QString &path, Streams io,
                                       Database::ContentCheck check = Database::ContentCheck::BeforeOpening);

// Waits for the contents check; for a damaged file writes "samenplan-cli: COMMAND: reason" and
// returns false (the command then writes nothing).
bool soundContents(const QString &command, const Database &db, Streams io);

// What a failed read says: the contents check's sentence when the file is damaged (a read of a
// damaged page fails with SQLite's own words), else the error's.
QString readFailure(const Database &db, const DbError &error);

// Refuses outputs that would land on the database (by any of its names), on the files beside it or
// on a folder: writes "samenplan-cli: COMMAND: reason" for the first and returns false. Empty
// entries (options not given) are skipped.
bool checkOutputs(const QString &command, const QStringList &outputs, const QString &databasePath, Streams io);

} // namespace samenplan::cli
