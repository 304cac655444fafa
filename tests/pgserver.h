#pragma once
// A fresh database per test on the PostgreSQL server the test run started (tests/server/pgcluster.sh,
// a ctest fixture) in the socket folder SAMENPLAN_TEST_PGHOST (the environment variable of that name
// overrides it). Only the Unix socket is used.

#include "catch.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

class TestServer {
public:
    // The socket folder of the test server.
    static QString socketFolder()
    {
        const QString folder = qEnvironmentVariable("SAMENPLAN_TEST_PGHOST");
        return folder.isEmpty() ? QStringLiteral(SAMENPLAN_TEST_PGHOST) : folder;
    }

    // The address of a database on the test server, as the superuser 'postgres' or as user.
    static QString url(const QString &database, const QString &user = QStringLiteral("postgres"))
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, socketFolder(), user);
    }

    // Runs one statement as the superuser on the maintenance database; returns the error or empty.
    static QString admin(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        return run(sql, database, nullptr);
    }

    // The first value a query answers, as the superuser or as user (as psql would show it), or
    // "error: " and the server's message.
    static QString value(const QString &sql, const QString &database, const QString &user = QStringLiteral("postgres"))
    {
        QString answer;
        const QString error = run(sql, database, &answer, user);
        return error.isEmpty() ? answer : QStringLiteral("error: ") + error;
    }

private:
    static QString run(const QString &sql, const QString &database, QString *answer,
                       const QString &user = QStringLiteral("postgres"))
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("testserver-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketFolder());
            db.setUserName(user);
            db.setDatabaseName(database);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    error = query.lastError().text();
                else if (answer && query.next())
                    *answer = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }
};

// An empty database on the test server, dropped when the test ends (close every connection first).
class TestServerDatabase {
public:
    TestServerDatabase()
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("sptest_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        TestServer::admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        const QString error = TestServer::admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        if (!error.isEmpty())
            FAIL("Cannot create a test database (run the server tests through ctest, which starts the server): "
                 << error.toStdString());
    }
    ~TestServerDatabase() { TestServer::admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    TestServerDatabase(const TestServerDatabase &) = delete;
    TestServerDatabase &operator=(const TestServerDatabase &) = delete;

    const QString &name() const { return m_name; }
    QString url(const QString &user = QStringLiteral("postgres")) const { return TestServer::url(m_name, user); }

private:
    QString m_name;
};
