#include "cli/commands.h"

#include "cli/databaseoption.h"
#include "persistence/databasecopy.h"
#include "persistence/serverconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace samenplan::cli {

int copyCommand(const QStringList &arguments, Streams io)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("samenplan::cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Copy a whole organisation from a file to a server or back, all or nothing."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("The database file or server address to copy"));
    parser.addPositionalArgument(QStringLiteral("DEST"),
                                 tr("A new database file, or an empty database on a server (postgresql://...)"));
    if (!parseOptions(parser, QStringLiteral("copy"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QStringList places = parser.positionalArguments();
    if (places.size() != 2)
        return usageError(io, tr("copy: give a source and a destination"));

    auto source = openDatabase(QStringLiteral("copy"), places.at(0), io);
    if (!source)
        return ExitUsage;
    const DatabaseCopy::Result result = DatabaseCopy::copy(*source, places.at(1));
    if (!result.error.isEmpty())
        return usageError(io, QStringLiteral("copy: ") + result.error);
    const QString shown = ServerAddress::isServerUrl(places.at(1)) ? ServerAddress::parse(places.at(1)).displayName()
                                                                   : QDir::toNativeSeparators(places.at(1));
    io.out << tr("Copied %1 rows to %2").arg(result.rows).arg(shown) << '\n';
    return ExitOk;
}

} // namespace samenplan::cli
