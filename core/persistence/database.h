#pragma once
// One open Samenplan database: a file, or a database on a PostgreSQL server named by a
// postgresql:// address (serverdatabase.cpp). Opening checks, before anything is written, that the
// file is a Samenplan database of a version this build understands, not corrupt, writable and not
// open in another running Samenplan; a refused file stays byte-for-byte as it was. A server database
// is checked the same way (a Samenplan schema of a known version) and is refused unchanged.

#include "domain/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

struct sqlite3_stmt;

namespace samenplan {

class BackgroundContentCheck;
class DatabaseLock;
struct SqliteFailure;

class Database {
    Q_DECLARE_TR_FUNCTIONS(samenplan::Database)

public:
    enum class Mode {
        OpenExisting, // refuse a missing file
        CreateNew,    // refuse an existing file
    };

    // When a file's contents are checked (integrity, indexes, the schema's rules; a server is not).
    // Either way, bytes that passed the check before are not checked again (CheckedContents).
    enum class ContentCheck {
        BeforeOpening,     // open() answers after the check: a damaged file is refused there
        AlongsideReading,  // the check runs in another thread while the caller reads; nothing is
                           // written before it has passed (writes wait for it), and
                           // contentProblem() gives its answer
    };

    struct OpenResult {
        std::unique_ptr<Database> database;
        QString error; // one readable sentence when database is null
    };

    // path is a file name or a server address (ServerAddress::isServerUrl). On a server, CreateNew
    // creates the schema in an empty database and OpenExisting needs a Samenplan schema there.
    // A file that must be written at once (an older schema to upgrade, not in WAL mode yet) is
    // checked before opening whichever check is asked for.
    static OpenResult open(const QString &path, Mode mode, ContentCheck check = ContentCheck::BeforeOpening);
    // Creates a new database file at path, filled by fill (may be empty) before it appears: the
    // file is there complete or not at all. Then opens it.
    static OpenResult create(const QString &path, const std::function<void(const Database &)> &fill);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file name, or the server address as given.
    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    bool isPostgres() const;
    int schemaVersion() const;

    // The answer of the contents check: waits for a check running alongside; one sentence for a
    // damaged file, empty for a sound one (and for a file checked before opening, or a server).
    QString contentProblem() const;
    // Whether contentProblem() would answer without waiting.
    bool contentCheckDone() const;
    // Waits for a check running alongside and throws DbError with its sentence when the file is
    // damaged. Every write calls it first (Transaction, changes, copies).
    void requireSoundContents() const;

    // Writes a consistent copy of the whole database to target (replacing it); returns an error
    // sentence, or empty on success. A failed copy leaves no file behind.
    QString saveCopy(const QString &target) const;

    // Runs one statement with positional (?) bound values; throws DbError on failure. A change
    // (INSERT, UPDATE, DELETE) runs on a statement prepared once per connection and kept for the
    // next time; it returns an empty query (new ids come from insert()). Anything else returns
    // its own query to read.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    QSqlQuery exec(const QString &sql, const QVariantList &values) const;
    // False when the server's roles deny this user reading the table (a coach or viewer and the
    // referrals): the repositories then show none rather than fail. Always true for a file.
    bool mayRead(const QString &table) const; // serverdatabase.cpp
    // On a server: opens the connection again after it was lost (the server restarted, the network
    // dropped). Returns an error sentence, or empty. What was not committed before is gone.
    QString reconnect(); // serverdatabase.cpp
    // Runs one statement as it is, without preparing it: DDL, SET, LOCK, LISTEN (PostgreSQL prepares
    // only queries). Throws DbError on failure.
    void execDirect(const QString &sql) const;
    // Runs an UPDATE or DELETE and returns how many rows it changed (0: none matched, for example a
    // row version that another planner moved on).
    int change(const QString &sql, const QVariantList &values) const;
    // The rows of a SELECT that an action repeats (a record by its id, a child's placements), on a
    // statement prepared once per connection and kept, like a change. Read them while this object
    // lives (next(), value()); the same SQL read again meanwhile (a nested read) gets a statement
    // of its own.
    // On a file the rows are stepped on the SQLite statement itself and a column is read when it is
    // asked for (value() gives what Qt's driver gives); the typed reads skip the QVariant.
    class Rows {
    public:
        ~Rows();
        Rows(Rows &&) = default;
        Rows &operator=(Rows &&other) noexcept; // ends the rows it held first
        bool next();
        QVariant value(int column) const;
        // An integer column (0 for NULL), an id (NoId for NULL), text (empty for NULL), a date
        // (null for NULL or what is not a date), as value(column).toLongLong() etc. give them.
        qint64 integer(int column) const;
        Id id(int column) const;
        QString text(int column) const;
        QDate date(int column) const;
        // A text column's UTF-8 bytes (empty for NULL), valid until the next row or the next call:
        // a code compared with the known ones without a QString made for it (a day's thousands of
        // placements each have their kind).
        QByteArrayView utf8(int column) const;

    private:
        friend class Database;
        void end();
        Rows(std::shared_ptr<QSqlQuery> query, sqlite3_stmt *statement)
            : m_query(std::move(query)), m_statement(statement) {}
        std::shared_ptr<QSqlQuery> m_query;
        sqlite3_stmt *m_statement = nullptr; // a file's: stepped here, not through m_query
        bool m_ended = false;                // stepping on after the end would run it again
        mutable QByteArray m_utf8;           // utf8()'s bytes on a server
    };
    // Throws DbError on failure.
    Rows read(const QString &sql, const QVariantList &values = {}) const;
    // Why a read failed part-way, in the user's words with SQLite's own behind them.
    static QString readFailureText(const SqliteFailure &failure);
    // Runs an INSERT and returns the new row's id (portable across SQLite and PostgreSQL).
    Id insert(const QString &sql, std::initializer_list<QVariant> values) const;
    Id insert(const QString &sql, const QVariantList &values) const;

    // The magic number in the SQLite header that marks a Samenplan file ('SPLN').
    static constexpr int ApplicationId = 0x53504C4E;

private:
    Database(QString path, QString connectionName, std::unique_ptr<DatabaseLock> lock);
    // Opens the connection to sqlitePath with foreign keys on; returns an error sentence or empty.
    QString connect(const QString &sqlitePath);
    // Runs a change on its kept statement; read (e.g. the new id) is called before the statement
    // is reset for its next use.
    void runKept(const QString &sql, const QVariantList &values, const std::function<void(QSqlQuery &)> &read) const;
    static OpenResult openServer(const QString &url, Mode mode); // serverdatabase.cpp

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<DatabaseLock> m_lock; // released after the connection is closed
    // The prepared changes of this connection by SQL text (QSqlQuery cannot be copied).
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_reads; // the kept SELECTs of read()
    mutable int m_isPostgres = -1; // -1: not asked yet
    mutable QHash<QString, bool> m_readable;
    // A check running alongside (AlongsideReading) until its answer is taken; the connection is
    // query_only meanwhile, so a write that did not wait fails instead of changing a damaged file.
    mutable std::unique_ptr<BackgroundContentCheck> m_contentCheck;
    mutable QString m_contentProblem;
};

// One user action = one transaction. Rolls back unless commit() was called.
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit(); // throws DbError

private:
    QSqlDatabase m_connection;
    bool m_done = false;
};

// Binding helpers: a null date or NoId binds as SQL NULL.
QVariant dateValue(const QDate &date);
QVariant idValue(Id id);
QDate dateFrom(const QVariant &value);
Id idFrom(const QVariant &value);

} // namespace samenplan
