#include "cli/commands.h"

#include "cli/databaseoption.h"
#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/serverconnection.h"
#include "persistence/serverroles.h"

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

// server grant URL --user NAME --role ROLE [--location NAME]... [--coach NAME]
// server revoke URL --user NAME
int serverAccess(const QString &sub, const QStringList &arguments, Streams io)
{
    const bool granting = sub == QLatin1String("grant");
    const QString command = QStringLiteral("server ") + sub;
    QCommandLineParser parser;
    parser.setApplicationDescription(granting ? tr("Give a server user a Samenplan role: admin, planner, coach or viewer.")
                                              : tr("Take a server user's Samenplan role away."));
    parser.addPositionalArgument(QStringLiteral("URL"), tr("postgresql://USER@HOST:PORT/DATABASE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The server user (a PostgreSQL login)"), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), tr("admin, planner, coach or viewer"), QStringLiteral("ROLE"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("A location the planner changes or the viewer reads (repeat for more)"),
                                      QStringLiteral("NAME"));
    const QCommandLineOption coach(QStringLiteral("coach"), tr("For a coach: the staff member or external coach they are"),
                                   QStringLiteral("NAME"));
    parser.addOption(user);
    if (granting)
        parser.addOptions({role, location, coach});
    if (!parseOptions(parser, command, arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QStringList urls = parser.positionalArguments();
    if (urls.size() != 1 || !ServerAddress::isServerUrl(urls.first()))
        return usageError(io, command + QStringLiteral(": ") + tr("give exactly one server address (postgresql://...)"));
    if (!parser.isSet(user))
        return usageError(io, command + QStringLiteral(": ") + tr("--user NAME is required"));
    if (granting && !parser.isSet(role))
        return usageError(io, command + QStringLiteral(": ") + tr("--role admin|planner|coach|viewer is required"));

    auto db = openDatabase(command, urls.first(), io);
    if (!db)
        return ExitUsage;
    QString refusal;
    try {
        Transaction transaction(*db);
        if (granting)
            refusal = ServerRoles::grant(*db, {parser.value(user), parser.value(role), parser.values(location), parser.value(coach)});
        else
            refusal = ServerRoles::revoke(*db, parser.value(user));
        if (refusal.isEmpty())
            transaction.commit();
    } catch (const DbError &error) {
        refusal = error.message();
    }
    if (!refusal.isEmpty())
        return usageError(io, command + QStringLiteral(": ") + refusal);
    if (granting)
        io.out << tr("%1 is now %2 in %3").arg(parser.value(user), parser.value(role), ServerAddress::parse(urls.first()).displayName()) << '\n';
    else
        io.out << tr("%1 no longer has a role in %2").arg(parser.value(user), ServerAddress::parse(urls.first()).displayName()) << '\n';
    return ExitOk;
}

} // namespace

// The help of "server" itself, in QCommandLineParser's layout (the man page is written from it).
static QString serverHelp()
{
    return tr("Usage: samenplan-cli server init|grant|revoke URL [OPTIONS]") + QStringLiteral("\n")
        + tr("Set up a Samenplan database on a PostgreSQL server and say who may do what there. URL is "
             "postgresql://USER@HOST:PORT/DATABASE or postgresql:///DATABASE?host=/SOCKET/FOLDER; the password comes "
             "from PGPASSWORD or ~/.pgpass, never from the address.")
        + QStringLiteral("\n\n") + tr("Subcommands:") + QStringLiteral("\n  init URL    ")
        + tr("Create the Samenplan schema in an empty database on the server")
        + QStringLiteral("\n  grant URL --user NAME --role ROLE [--location NAME]... [--coach NAME]  ")
        + tr("Give a server user the role admin, planner, coach or viewer (a planner's locations; a coach's staff "
             "member or external coach)")
        + QStringLiteral("\n  revoke URL --user NAME  ") + tr("Take a server user's Samenplan role away")
        + QStringLiteral("\n");
}

int serverCommand(const QStringList &arguments, Streams io)
{
    const QString usage = tr("server: give init, grant or revoke, then the server address (see samenplan-cli server --help)");
    if (arguments.isEmpty())
        return usageError(io, usage);
    const QString sub = arguments.first();
    if (sub == QLatin1String("init"))
        return serverInit(arguments.mid(1), io);
    if (sub == QLatin1String("grant") || sub == QLatin1String("revoke"))
        return serverAccess(sub, arguments.mid(1), io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << serverHelp();
        return ExitOk;
    }
    return usageError(io, usage);
}

} // namespace samenplan::cli
