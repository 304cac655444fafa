#include "cli/databaseoption.h"

#include "cli/commands.h"
#include "persistence/outputpath.h"

namespace samenplan::cli {

std::unique_ptr<Database> openDatabase(const QString &command, const QString &path, Streams io,
                                       Database::ContentCheck check)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting, check);
    if (!opened.database)
        usageError(io, command + QStringLiteral(": ") + opened.error);
    return std::move(opened.database);
}

bool soundContents(const QString &command, const Database &db, Streams io)
{
    const QString problem = db.contentProblem();
    if (problem.isEmpty())
        return true;
    usageError(io, command + QStringLiteral(": ") + problem);
    return false;
}

QString readFailure(const Database &db, const DbError &error)
{
    const QString problem = db.contentProblem();
    return problem.isEmpty() ? error.message() : problem;
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
