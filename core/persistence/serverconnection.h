#pragma once
// A Samenplan database on a PostgreSQL server, named by a libpq URI:
//   postgresql://USER@HOST:PORT/DBNAME        postgresql:///DBNAME?host=/SOCKET/DIR
// The password never travels in the address, a setting or a command line: libpq reads it from
// PGPASSWORD or ~/.pgpass. The address is parsed here and handed to Qt's QPSQL driver, which passes
// it on to libpq.

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;
class QSqlError;

namespace samenplan {

class ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ServerAddress)

public:
    // True when text names a server (postgresql:// or postgres://), not a file.
    static bool isServerUrl(const QString &text);
    // Parses a server URL; on a malformed address or one that carries a password, returns an
    // address whose error() is one readable sentence.
    static ServerAddress parse(const QString &url);

    const QString &error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }

    const QString &host() const { return m_host; } // a name, an address or a socket folder
    int port() const { return m_port; }            // -1: libpq's default
    const QString &user() const { return m_user; }
    const QString &databaseName() const { return m_database; }
    // The URL as given (it never holds a password).
    const QString &url() const { return m_url; }
    // "DBNAME on HOST" for messages and titles.
    QString displayName() const;

    // Sets up a QPSQL connection for this address (not yet opened).
    void configure(QSqlDatabase &connection) const;

private:
    QString m_url;
    QString m_error;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QList<QPair<QString, QString>> m_options; // further libpq keywords (sslmode, connect_timeout, ...)
};

// The one sentence a failed server connection gives (no password, the server's own reason).
QString serverConnectionError(const ServerAddress &address, const QString &driverText);

// What a failed statement means for the user: a refusal by the server's roles and row-level
// security, a lost connection, or the driver's own text.
QString describeSqlError(const QSqlError &error);
// True when the error says the connection to the server is gone.
bool isConnectionLost(const QSqlError &error);
// describeSqlError, also when the driver gave no text but the server connection is closed.
QString describeFailure(const QSqlDatabase &connection, const QSqlError &error);

} // namespace samenplan
