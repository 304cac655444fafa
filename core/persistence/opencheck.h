#pragma once
// The checks a database file passes before Samenplan writes to it, each leaving a refused file
// exactly as it was, with nothing new beside it.
//
// Verified against SQLite 3.40: a read-only connection does not even parse a table's CHECK
// constraints, so neither integrity_check nor quick_check reports rows that break them there (a
// placement day with weekday 0 passed); on a writing connection both do. quick_check skips
// comparing each index with its table, so a file with a damaged index passed; integrity_check finds
// it. Hence two steps: what the file is, on a read-only connection that creates no -wal or -shm
// (immutable unless a journal is waiting), so another program's database or a newer Samenplan's is
// never opened for writing; then integrity_check on the writing connection before anything is
// written (reading writes nothing, and closing it removes the -wal and -shm it made).

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>

#include <thread>

namespace samenplan {

class CheckedContents;
class DatabaseLock;

class OpenCheck {
    Q_DECLARE_TR_FUNCTIONS(samenplan::Database)

public:
    // A Samenplan database of a version this build reads. sqlitePath: the name SQLite opens (its
    // journal is named after it); shown: the name the user gave. Returns one sentence, or empty.
    static QString identity(const QString &sqlitePath, const QString &shown);
    // Undamaged, indexes included, and every row keeps the schema's CHECK and NOT NULL rules.
    // connection: a writing connection of a file, before anything is written. Returns one sentence,
    // or empty. Bytes the store says passed before are not checked again; bytes that pass are
    // remembered there (when nothing changed them while they were checked).
    // lock: the file's, whose descriptor reads the bytes for the store's fingerprint.
    static QString contents(const QSqlDatabase &connection, const QString &shown, const CheckedContents &store,
                            const DatabaseLock &lock);

    // contents() in two steps, so that bytes the store knows need no connection at all: what the
    // store knows of the file's bytes as they are now, then, for bytes it does not know, the check
    // itself on a writing connection of the file.
    struct Fingerprint {
        QByteArray bytes; // empty when the file could not be read for it
        QByteArray stamp; // the file's size and time when it was taken (CheckedContents::fileStamp)
        bool passed = false;
    };
    static Fingerprint fingerprint(const QString &sqlitePath, const CheckedContents &store, const DatabaseLock &lock);
    static QString check(const QSqlDatabase &connection, const QString &shown, const CheckedContents &store,
                         const Fingerprint &fingerprint);

private:
    static QString integrity(const QSqlDatabase &connection, const QString &shown);
};

// The contents check of a file that is open already, on a writing connection of its own in a
// thread of its own, while the opening connection reads (in WAL mode readers never wait for each
// other): the answer comes in the time the first page takes to load instead of before it. The
// file's own connection writes nothing until result() has said it is sound (Database does that).
// Bytes that passed before are not checked again (CheckedContents).
class BackgroundContentCheck {
public:
    // lock: the file's, kept until this check has ended.
    BackgroundContentCheck(const QString &sqlitePath, const QString &shown, const CheckedContents &store,
                           const DatabaseLock &lock);
    ~BackgroundContentCheck(); // waits for the check to end
    BackgroundContentCheck(const BackgroundContentCheck &) = delete;
    BackgroundContentCheck &operator=(const BackgroundContentCheck &) = delete;

    // Finishes with OpenCheck::contents()'s answer: one sentence, or empty for a sound file.
    QFuture<QString> future() const { return m_future; }

private:
    QFuture<QString> m_future;
    std::thread m_thread;
};

// A connection name no other connection in this process uses.
QString newConnectionName();

} // namespace samenplan
