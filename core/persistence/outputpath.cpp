#include "persistence/outputpath.h"

#include "util/filestatus.h"

#include <QCoreApplication>
#include <QDir>

namespace samenplan {
namespace {

class OutputPathText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::OutputPathText)
};

bool samePathText(const QString &a, const QString &b)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return a.compare(b, Qt::CaseInsensitive) == 0; // the usual file systems there ignore case
#else
    return a == b;
#endif
}

} // namespace

QStringList databaseCompanionSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QStringLiteral(".lock")};
}

QString outputPathProblem(const QString &output, const QString &databasePath)
{
    const QString shown = QDir::toNativeSeparators(output);
    if (output.isEmpty())
        return OutputPathText::tr("No output file was given.");
    const FileStatus target = fileStatus(output);
    if (target.kind == FileStatus::Kind::Directory)
        return OutputPathText::tr("%1 is a folder; give a file name for the output.").arg(shown);
    if (target.kind == FileStatus::Kind::SymlinkLoop)
        return OutputPathText::tr("%1 is a symbolic link that loops back on itself; give another file name.").arg(shown);
    if (databasePath.isEmpty())
        return {};

    const QString database = QDir::toNativeSeparators(databasePath);
    if (target.sameAs(fileStatus(databasePath)))
        return OutputPathText::tr("%1 is the database %2 itself; writing there would destroy it. Choose another "
                                  "file name.").arg(shown, database);
    // The files beside it: by identity where they exist, by resolved name where they do not (yet).
    const QString resolvedTarget = resolvedPath(output);
    QStringList bases{databasePath};
    const QString resolvedDatabase = resolvedPath(databasePath);
    if (!resolvedDatabase.isEmpty())
        bases << resolvedDatabase;
    for (const QString &base : std::as_const(bases)) {
        for (const QString &suffix : databaseCompanionSuffixes()) {
            const QString companion = base + suffix;
            const bool same = target.sameAs(fileStatus(companion))
                || (!resolvedTarget.isEmpty() && samePathText(resolvedTarget, resolvedPath(companion)));
            if (same)
                return OutputPathText::tr("%1 is a working file of the database %2; writing there would damage "
                                          "the database. Choose another file name.").arg(shown, database);
        }
    }
    return {};
}

} // namespace samenplan
