#include "cli/databaseoption.h"

#include "cli/commands.h"

namespace samenplan::cli {

std::unique_ptr<Database> openDatabase(const QString &command, const QString &path, Streams io)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.database)
        usageError(io, command + QStringLiteral(": ") + opened.error);
    return std::move(opened.database);
}

} // namespace samenplan::cli
