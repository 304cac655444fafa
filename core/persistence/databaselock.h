#pragma once
// Keeps a second Samenplan off an open database file, whatever name it uses.
//
// SQLite names a database's journal (-wal) and its shared-memory index (-shm) after the path it was
// given, so two processes that reach one file through two names (a hard link) each get their own
// journal and index: neither sees the other writing, and when they write back into the file the
// last one overwrites the other's pages (two imports at once lost the first one's rows). So the lock
// is keyed on the file itself: an operating-system lock on the database file (flock on Linux and
// macOS, LockFileEx on Windows), which every name of the file meets and which dies with the
// process, so a Samenplan that crashed never blocks. Beside the file, a lock file named after it
// records the holder's process and computer for the message, and guards computers that share the
// folder over a network; while the system lock is free, a lock file of this computer (or one cut
// short by a kill) is a leftover and is cleared.

#include "util/filestatus.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QLockFile;

namespace samenplan {

class DatabaseLock {
    Q_DECLARE_TR_FUNCTIONS(samenplan::DatabaseLock)

public:
    struct Result {
        std::unique_ptr<DatabaseLock> lock;
        QString error; // one readable sentence when lock is null
    };

    // path: the resolved path of the database file (symbolic links followed). A file that does not
    // exist yet (being created) gets only the lock file beside it.
    static Result acquire(const QString &path);
    // Whether this process already holds the lock of that file (under any name). Asked before the
    // file is even read: closing any descriptor of a file drops the process's SQLite locks on it.
    static bool heldHere(const FileIdentity &file);
    static QString alreadyOpenMessage(const QString &path); // held by another process
    static QString openHereMessage(const QString &path);    // held by this process
    // Opens reader on the locked file's bytes (read-only, from its start) without a descriptor of
    // its own: on Unix, closing any descriptor of a file drops every lock this process's SQLite
    // holds on it (POSIX locks), after which another program may take the file as unused and
    // checkpoint or delete its journal under an open connection. The lock's own descriptor stays
    // open until SQLite has closed the file. False when the file cannot be read.
    bool openReader(QFile &reader) const;
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

private:
    DatabaseLock() = default;

    std::unique_ptr<QLockFile> m_lockFile;
    QString m_path;
    FileIdentity m_file;
    bool m_registered = false;
#ifdef Q_OS_WIN
    void *m_handle = nullptr;
#else
    int m_descriptor = -1;
#endif
};

} // namespace samenplan
