#include "persistence/opencheck.h"

#include "persistence/checkedcontents.h"
#include "persistence/database.h"
#include "persistence/databaselock.h"
#include "persistence/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace samenplan {
namespace {

// An SQLite URI for a path: file:///tmp/a%20b.samenplan, file:///C:/x.samenplan, file:////server/share/x.
QString sqliteUri(const QString &path)
{
    const QString absolute = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/:"));
    return (absolute.startsWith(QLatin1Char('/')) ? QStringLiteral("file://") : QStringLiteral("file:///")) + encoded;
}

QString firstResult(QSqlQuery &query, const QString &sql, bool *ok)
{
    *ok = query.exec(sql) && query.next();
    const QString value = *ok ? query.value(0).toString() : QString();
    query.finish();
    return value;
}

// OpenCheck::contents() on a connection of this thread's own, writing (a read-only one would not
// parse the tables' CHECK rules) but never written through; opened only for bytes the store does
// not know (opening one is most of the time a remembered file's check takes).
QString checkOnOwnConnection(const QString &sqlitePath, const QString &shown, const CheckedContents &store,
                             const DatabaseLock &lock)
{
    const OpenCheck::Fingerprint known = OpenCheck::fingerprint(sqlitePath, store, lock);
    if (known.passed)
        return {};
    const QString name = newConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            problem = OpenCheck::tr("The file %1 cannot be opened: %2").arg(QDir::toNativeSeparators(shown), db.lastError().text());
        else
            problem = OpenCheck::check(db, shown, store, known);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

BackgroundContentCheck::BackgroundContentCheck(const QString &sqlitePath, const QString &shown, const CheckedContents &store,
                                               const DatabaseLock &lock)
{
    QPromise<QString> promise;
    m_future = promise.future();
    promise.start();
    m_thread = std::thread([promise = std::move(promise), sqlitePath, shown, store, &lock]() mutable {
        promise.addResult(checkOnOwnConnection(sqlitePath, shown, store, lock));
        promise.finish();
    });
}

BackgroundContentCheck::~BackgroundContentCheck()
{
    m_thread.join();
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("samenplan-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString OpenCheck::identity(const QString &sqlitePath, const QString &shownPath)
{
    const QString shown = QDir::toNativeSeparators(shownPath);
    const QString wal = sqlitePath + QStringLiteral("-wal");
    const QString shm = sqlitePath + QStringLiteral("-shm");
    const bool hadWal = QFile::exists(wal);
    const bool hadShm = QFile::exists(shm);
    // Without a waiting journal the file is read as immutable: no locks, no -wal or -shm made. A
    // journal left by a Samenplan that stopped must be read with the file (SQLite then needs -shm).
    const bool journalWaiting = QFileInfo(wal).size() > 0;
    const QString name = newConnectionName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (journalWaiting) {
            db.setDatabaseName(sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(sqliteUri(sqlitePath) + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            error = tr("The file %1 cannot be read as a database: %2").arg(shown, db.lastError().text());
        } else {
            QSqlQuery query(db);
            bool ok = false;
            const int applicationId = firstResult(query, QStringLiteral("PRAGMA application_id"), &ok).toInt();
            if (!ok) {
                error = tr("The file %1 is damaged and cannot be opened.").arg(shown);
            } else if (applicationId != Database::ApplicationId) {
                error = tr("The file %1 is not a Samenplan database.").arg(shown);
            } else {
                const int version = firstResult(query, QStringLiteral("PRAGMA user_version"), &ok).toInt();
                if (!ok) {
                    error = tr("The file %1 is damaged and cannot be opened (%2).").arg(shown, query.lastError().text());
                } else if (version > currentSchemaVersion()) {
                    error = tr("The file %1 was made by a newer Samenplan (database version %2); this "
                               "version reads up to version %3. Please update Samenplan.")
                                .arg(shown)
                                .arg(version)
                                .arg(currentSchemaVersion());
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Whatever the read made beside the file goes again.
    if (!hadShm)
        QFile::remove(shm);
    if (!hadWal)
        QFile::remove(wal);
    return error;
}

QString OpenCheck::contents(const QSqlDatabase &connection, const QString &shown, const CheckedContents &store,
                           const DatabaseLock &lock)
{
    const Fingerprint known = fingerprint(connection.databaseName(), store, lock);
    return known.passed ? QString() : check(connection, shown, store, known);
}

OpenCheck::Fingerprint OpenCheck::fingerprint(const QString &sqlitePath, const CheckedContents &store,
                                              const DatabaseLock &lock)
{
    Fingerprint result;
    result.stamp = CheckedContents::fileStamp(sqlitePath);
    QFile reader;
    if (lock.openReader(reader))
        result.bytes = CheckedContents::fingerprint(reader, sqlitePath);
    reader.close(); // its descriptor is the lock's, and stays open
    result.passed = store.passed(result.bytes);
    return result;
}

QString OpenCheck::check(const QSqlDatabase &connection, const QString &shown, const CheckedContents &store,
                         const Fingerprint &fingerprint)
{
    const QString problem = integrity(connection, shown);
    if (problem.isEmpty() && CheckedContents::fileStamp(connection.databaseName()) == fingerprint.stamp)
        store.remember(fingerprint.bytes);
    return problem;
}

QString OpenCheck::integrity(const QSqlDatabase &connection, const QString &shownPath)
{
    QSqlQuery query(connection);
    bool ok = false;
    const QString check = firstResult(query, QStringLiteral("PRAGMA integrity_check"), &ok);
    if (ok && check == QLatin1String("ok"))
        return {};
    const QString shown = QDir::toNativeSeparators(shownPath);
    if (check.startsWith(QLatin1String("CHECK constraint failed")) || check.startsWith(QLatin1String("NULL value in")))
        return tr("The file %1 holds data that breaks the rules of a Samenplan database (%2); it was changed outside "
                  "Samenplan or is damaged, and cannot be opened.").arg(shown, check);
    return tr("The file %1 is damaged and cannot be opened (%2).").arg(shown, check.isEmpty() ? query.lastError().text() : check);
}

} // namespace samenplan
