#include "persistence/serverconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace samenplan {
namespace {

// libpq keywords an address may carry besides host, port, user and dbname. The password is not
// among them: it comes from PGPASSWORD or ~/.pgpass only.
const QStringList &allowedOptions()
{
    static const QStringList options{
        QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),   QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),         QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("passfile"), QStringLiteral("service"),
        QStringLiteral("keepalives"),     QStringLiteral("keepalives_idle"), QStringLiteral("gssencmode"),
    };
    return options;
}

// A value in libpq's keyword=value form: single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &text)
{
    ServerAddress address;
    address.m_url = text;
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerUrl(text) || !url.isValid()) {
        address.m_error = tr("%1 is not a server address; write it as postgresql://USER@HOST:PORT/DATABASE "
                             "or postgresql:///DATABASE?host=/SOCKET/FOLDER.").arg(text);
        return address;
    }
    if (!url.password().isEmpty() || text.contains(QLatin1String("password="), Qt::CaseInsensitive)) {
        address.m_url.clear(); // never repeat a password anywhere
        address.m_error = tr("A server address must not hold a password; Samenplan reads it from PGPASSWORD "
                             "or ~/.pgpass.");
        return address;
    }
    address.m_host = url.host(QUrl::FullyDecoded);
    address.m_port = url.port(-1);
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_database = url.path(QUrl::FullyDecoded);
    if (address.m_database.startsWith(QLatin1Char('/')))
        address.m_database.remove(0, 1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok || address.m_port <= 0 || address.m_port > 65535) {
                address.m_error = tr("The port %1 in the server address is not a port number.").arg(value);
                return address;
            }
        } else if (key == QLatin1String("user")) {
            address.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            address.m_database = value;
        } else if (allowedOptions().contains(key)) {
            address.m_options.append({key, value});
        } else {
            address.m_error = tr("The server address has an unknown setting \"%1\".").arg(key);
            return address;
        }
    }
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/'))) {
        address.m_error = tr("The server address %1 names no database; add it after the host, as in "
                             "postgresql://HOST/DATABASE.").arg(text);
        return address;
    }
    return address;
}

QString ServerAddress::displayName() const
{
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return tr("%1 on %2").arg(m_database, host);
}

void ServerAddress::configure(QSqlDatabase &connection) const
{
    connection.setHostName(m_host);
    if (m_port > 0)
        connection.setPort(m_port);
    connection.setUserName(m_user);
    connection.setDatabaseName(m_database);
    QStringList options;
    bool named = false;
    for (const auto &[key, value] : m_options) {
        options << key + QLatin1Char('=') + quoted(value);
        named = named || key == QLatin1String("application_name");
    }
    if (!named)
        options << QStringLiteral("application_name=samenplan");
    connection.setConnectOptions(options.join(QLatin1Char(';')));
}

QString serverConnectionError(const ServerAddress &address, const QString &driverText)
{
    const QString reason = driverText.trimmed();
    if (reason.contains(QLatin1String("no password supplied")) || reason.contains(QLatin1String("password authentication failed")))
        return ServerAddress::tr("The server %1 asks for a password that was not accepted or not given; put it in "
                                 "~/.pgpass or PGPASSWORD (never in the address).").arg(address.displayName());
    return ServerAddress::tr("Cannot connect to the server %1: %2").arg(address.displayName(), reason);
}

bool isConnectionLost(const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString code = error.nativeErrorCode();
    return code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03") || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection")) || text.contains(QLatin1String("connection not open"));
}

QString describeFailure(const QSqlDatabase &connection, const QSqlError &error)
{
    if (connection.driverName() == QLatin1String("QPSQL") && !connection.isOpen())
        return ServerAddress::tr("The connection to the server was lost; nothing of this change was saved. Reconnect "
                                 "to continue.");
    return describeSqlError(error);
}

QString describeSqlError(const QSqlError &error)
{
    if (isConnectionLost(error))
        return ServerAddress::tr("The connection to the server was lost; nothing of this change was saved. Reconnect "
                                 "to continue.");
    const QString text = error.databaseText().trimmed();
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        if (text.contains(QLatin1String("row-level security")))
            return ServerAddress::tr("Your role on the server does not allow this change (it concerns a location "
                                     "you do not plan).");
        return ServerAddress::tr("Your role on the server does not allow this (%1).").arg(text);
    }
    if (error.nativeErrorCode() == QLatin1String("40P01"))
        return ServerAddress::tr("Another planner was changing the same data at the same moment; nothing was saved. "
                                 "Please try again.");
    return error.text();
}

} // namespace samenplan
