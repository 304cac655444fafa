#include "cli/databaseoption.h"

#include "cli/commands.h"
#include "persistence/outputpath.h"

namespace samenplan::cli {

std::unique_ptr<Database> openDatabase(const QString &command, const QString &path, Streams io)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.database)
        usageError(io, command + QStringLiteral(": ") + opened.error);
    return std::move(opened.database);
}

bool checkOutputs(const QString &command, const QStringList &outputs, const QString &databasePath, Streams io)
{
    for (const QString &output : outputs) {
        if (output.isEmpty())
            continue;
        const QString problem = outputPathProblem(output, databasePath);
        if (!problem.isEmpty()) {
            usageError(io, command + QStringLiteral(": ") + problem);
            return false;
        }
    }
    return true;
}

} // namespace samenplan::cli
