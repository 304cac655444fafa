#pragma once
// Opening the database file a command names, with the one-line error every command gives.

#include "cli/cli.h"
#include "persistence/database.h"

#include <memory>

namespace samenplan::cli {

// Opens an existing database; on failure writes "samenplan-cli: COMMAND: reason" and returns null.
std::unique_ptr<Database> openDatabase(const QString &command, const QString &path, Streams io);

} // namespace samenplan::cli
