#pragma once
// One open Samenplan database file. Opening checks, before anything is written, that the file is a
// Samenplan database of a version this build understands, not corrupt, writable and not open in
// another running Samenplan; a refused file stays byte-for-byte as it was.

#include "domain/types.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

class QLockFile;

namespace samenplan {

class Database {
    Q_DECLARE_TR_FUNCTIONS(samenplan::Database)

public:
    enum class Mode {
        OpenExisting, // refuse a missing file
        CreateNew,    // refuse an existing file
    };

    struct OpenResult {
        std::unique_ptr<Database> database;
        QString error; // one readable sentence when database is null
    };

    static OpenResult open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    bool isPostgres() const;
    int schemaVersion() const;

    // Writes a consistent copy of the whole database to target (replacing it); returns an error
    // sentence, or empty on success. A failed copy leaves no file behind.
    QString saveCopy(const QString &target) const;

    // Runs one statement with positional (?) bound values; throws DbError on failure.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    QSqlQuery exec(const QString &sql, const QVariantList &values) const;
    // Runs an INSERT and returns the new row's id (portable across SQLite and PostgreSQL).
    Id insert(const QString &sql, std::initializer_list<QVariant> values) const;
    Id insert(const QString &sql, const QVariantList &values) const;

    // The magic number in the SQLite header that marks a Samenplan file ('SPLN').
    static constexpr int ApplicationId = 0x53504C4E;

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
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
