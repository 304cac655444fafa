#include "cli/commands.h"

#include "persistence/database.h"
#include "persistence/dberror.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace samenplan::cli {

int initCommand(const QStringList &arguments, Streams io)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("samenplan::cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new Samenplan database file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The database file to create"));
    if (!parseOptions(parser, QStringLiteral("init"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(io, tr("init: give exactly one database file"));

    const QString path = files.first();
    auto opened = Database::open(path, Database::Mode::CreateNew);
    if (!opened.database)
        return usageError(io, QStringLiteral("init: ") + opened.error);
    io.out << tr("Created %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return ExitOk;
}

} // namespace samenplan::cli
