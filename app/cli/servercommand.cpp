#include "cli/commands.h"

#include "persistence/database.h"
#include "persistence/serverconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace samenplan::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samenplan::cli", text);
}

int serverInit(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create the Samenplan schema in an empty database on a PostgreSQL server."));
    parser.addPositionalArgument(QStringLiteral("URL"), tr("postgresql://USER@HOST:PORT/DATABASE"));
    if (!parseOptions(parser, QStringLiteral("server init"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QStringList urls = parser.positionalArguments();
    if (urls.size() != 1)
        return usageError(io, tr("server init: give exactly one server address"));
    if (!ServerAddress::isServerUrl(urls.first()))
        return usageError(io, tr("server init: %1 is not a server address (postgresql://...); for a file use "
                                 "samenplan-cli init").arg(urls.first()));
    auto opened = Database::open(urls.first(), Database::Mode::CreateNew);
    if (!opened.database)
        return usageError(io, QStringLiteral("server init: ") + opened.error);
    io.out << tr("Created the Samenplan database (version %1) in %2")
                  .arg(opened.database->schemaVersion())
                  .arg(ServerAddress::parse(urls.first()).displayName())
           << '\n';
    return ExitOk;
}

} // namespace

// The help of "server" itself, in QCommandLineParser's layout (the man page is written from it).
static QString serverHelp()
{
    return tr("Usage: samenplan-cli server init URL") + QStringLiteral("\n")
        + tr("Set up a Samenplan database on a PostgreSQL server. URL is postgresql://USER@HOST:PORT/DATABASE or "
             "postgresql:///DATABASE?host=/SOCKET/FOLDER; the password comes from PGPASSWORD or ~/.pgpass, never "
             "from the address.")
        + QStringLiteral("\n\n") + tr("Subcommands:") + QStringLiteral("\n  init URL    ")
        + tr("Create the Samenplan schema in an empty database on the server") + QStringLiteral("\n");
}

int serverCommand(const QStringList &arguments, Streams io)
{
    const QString usage = tr("server: give init, then the server address (see samenplan-cli server --help)");
    if (arguments.isEmpty())
        return usageError(io, usage);
    const QString sub = arguments.first();
    if (sub == QLatin1String("init"))
        return serverInit(arguments.mid(1), io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << serverHelp();
        return ExitOk;
    }
    return usageError(io, usage);
}

} // namespace samenplan::cli
