#pragma once
// Opening the database file a command names, with the one-line error every command gives, and the
// check every output option passes before anything is written.

#include "cli/cli.h"
#include "persistence/database.h"

#include <memory>

namespace samenplan::cli {

// Opens an existing database; on failure writes "samenplan-cli: COMMAND: reason" and returns null.
std::unique_ptr<Database> openDatabase(const QString &command, const QString &path, Streams io);

// Refuses outputs that would land on the database (by any of its names), on the files beside it or
// on a folder: writes "samenplan-cli: COMMAND: reason" for the first and returns false. Empty
// entries (options not given) are skipped.
bool checkOutputs(const QString &command, const QStringList &outputs, const QString &databasePath, Streams io);

} // namespace samenplan::cli
