#include "persistence/databaselock.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QMutex>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace samenplan {
namespace {

// The files whose lock this process holds (a second Database on one of them is refused without
// opening the file again).
QMutex registryMutex;
QList<FileIdentity> &registry()
{
    static QList<FileIdentity> files;
    return files;
}

enum class SystemLock { Taken, Held, Unavailable };

// The operating-system lock on the database file itself, by whatever name it is reached.
// Unavailable: the file system offers no such lock (some network shares); the lock file still
// guards it.
#ifdef Q_OS_WIN
SystemLock lockSystemWide(const QString &path, void **handle)
{
    const QString native = QDir::toNativeSeparators(path);
    HANDLE file = CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), GENERIC_READ,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return SystemLock::Unavailable;
    // One byte far beyond any real file and beyond the bytes SQLite itself locks: only another
    // Samenplan asks for it.
    OVERLAPPED where{};
    where.Offset = 0;
    where.OffsetHigh = 0x7FFFFFFF;
    if (LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &where)) {
        *handle = file;
        return SystemLock::Taken;
    }
    const DWORD error = GetLastError();
    CloseHandle(file);
    return error == ERROR_LOCK_VIOLATION || error == ERROR_IO_PENDING ? SystemLock::Held : SystemLock::Unavailable;
}
#else
SystemLock lockSystemWide(const QString &path, int *descriptor)
{
    // O_NONBLOCK: a file swapped for a named pipe meanwhile must not hang the open.
    const int file = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (file < 0)
        return SystemLock::Unavailable;
    struct stat info {};
    if (::fstat(file, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(file);
        return SystemLock::Unavailable;
    }
    if (::flock(file, LOCK_EX | LOCK_NB) == 0) {
        *descriptor = file;
        return SystemLock::Taken;
    }
    const int error = errno;
    ::close(file); // this process holds no SQLite lock on the file (heldHere() said so)
    return error == EWOULDBLOCK ? SystemLock::Held : SystemLock::Unavailable;
}
#endif

} // namespace

QString DatabaseLock::alreadyOpenMessage(const QString &path)
{
    return tr("The file %1 is already open in another Samenplan (perhaps under another name). Close it there first.")
        .arg(QDir::toNativeSeparators(path));
}

QString DatabaseLock::openHereMessage(const QString &path)
{
    return tr("The file %1 is already open here (perhaps under another name).").arg(QDir::toNativeSeparators(path));
}

bool DatabaseLock::heldHere(const FileIdentity &file)
{
    const QMutexLocker locker(&registryMutex);
    return registry().contains(file);
}

DatabaseLock::Result DatabaseLock::acquire(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock);
    lock->m_path = path;
    const FileStatus status = fileStatus(path);
    SystemLock system = SystemLock::Unavailable;
    if (status.isFile()) {
        {
            const QMutexLocker locker(&registryMutex);
            if (registry().contains(status.identity))
                return {nullptr, openHereMessage(path)};
            registry().append(status.identity);
        }
        lock->m_file = status.identity;
        lock->m_registered = true;
#ifdef Q_OS_WIN
        system = lockSystemWide(path, &lock->m_handle);
#else
        system = lockSystemWide(path, &lock->m_descriptor);
#endif
        if (system == SystemLock::Held)
            return {nullptr, alreadyOpenMessage(path)};
    }

    lock->m_lockFile = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // No stale time: on this computer a lock is stale when its process is gone; a lock of another
    // computer cannot be checked from here and is never taken over silently.
    lock->m_lockFile->setStaleLockTime(0);
    if (lock->m_lockFile->tryLock(0))
        return {std::move(lock), {}};
    if (lock->m_lockFile->error() != QLockFile::LockFailedError)
        return {nullptr, tr("The file %1 cannot be locked for writing; is its folder writable?").arg(shown)};
    qint64 pid = 0;
    QString host, application;
    const bool known = lock->m_lockFile->getLockInfo(&pid, &host, &application);
    const bool thisComputer = !known || host.isEmpty() || host == QSysInfo::machineHostName();
    // Holding the system lock, no Samenplan on this computer has the file open: a lock file of this
    // computer, or one cut short (a Samenplan killed while writing it), is a leftover.
    if (system == SystemLock::Taken && thisComputer && lock->m_lockFile->removeStaleLockFile()
        && lock->m_lockFile->tryLock(0))
        return {std::move(lock), {}};
    if (!known)
        return {nullptr, alreadyOpenMessage(path)};
    if (thisComputer)
        return {nullptr, tr("The file %1 is already open in another Samenplan (process %2). Close it there first.")
                             .arg(shown).arg(pid)};
    return {nullptr, tr("The file %1 is open in Samenplan on the computer %2 (process %3). Close it there first. If "
                        "Samenplan no longer runs there (that computer was switched off or Samenplan stopped "
                        "unexpectedly), delete the file %4 and try again.")
                         .arg(shown, host).arg(pid).arg(QDir::toNativeSeparators(path + QStringLiteral(".lock")))};
}

bool DatabaseLock::openReader(QFile &reader) const
{
#ifdef Q_OS_WIN
    // Windows locks belong to the handle that took them: another handle takes none away.
    reader.setFileName(m_path);
    return reader.open(QIODevice::ReadOnly);
#else
    if (m_descriptor < 0)
        return false;
    if (!reader.open(m_descriptor, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return false;
    return reader.seek(0);
#endif
}

DatabaseLock::~DatabaseLock()
{
    m_lockFile.reset();
#ifdef Q_OS_WIN
    if (m_handle)
        CloseHandle(static_cast<HANDLE>(m_handle));
#else
    if (m_descriptor >= 0)
        ::close(m_descriptor);
#endif
    if (m_registered) {
        const QMutexLocker locker(&registryMutex);
        registry().removeOne(m_file);
    }
}

} // namespace samenplan
