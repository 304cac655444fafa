#include "util/filestatus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#endif

namespace samenplan {

#ifdef Q_OS_WIN

FileStatus fileStatus(const QString &path)
{
    FileStatus status;
    if (path.isEmpty())
        return status;
    const QFileInfo info(path);
    if (!info.exists())
        return status; // Windows reports a missing target and a loop alike
    status.kind = info.isDir() ? FileStatus::Kind::Directory
        : info.isFile()        ? FileStatus::Kind::Regular
                               : FileStatus::Kind::Device;
    status.size = info.isFile() ? info.size() : 0;
    // The identity: volume serial number and file index, read through a handle that asks for
    // attributes only (FILE_FLAG_BACKUP_SEMANTICS lets it open folders too).
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), FILE_READ_ATTRIBUTES,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        status.kind = FileStatus::Kind::Inaccessible;
        status.errorText = qt_error_string(int(GetLastError()));
        return status;
    }
    BY_HANDLE_FILE_INFORMATION file{};
    if (GetFileInformationByHandle(handle, &file)) {
        status.identity.device = file.dwVolumeSerialNumber;
        status.identity.file = (quint64(file.nFileIndexHigh) << 32) | file.nFileIndexLow;
        status.links = int(file.nNumberOfLinks);
    } else {
        status.kind = FileStatus::Kind::Inaccessible;
        status.errorText = qt_error_string(int(GetLastError()));
    }
    CloseHandle(handle);
    return status;
}

#else

FileStatus fileStatus(const QString &path)
{
    FileStatus status;
    if (path.isEmpty())
        return status;
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            status.kind = FileStatus::Kind::Missing;
        else if (error == ELOOP)
            status.kind = FileStatus::Kind::SymlinkLoop;
        else
            status.kind = FileStatus::Kind::Inaccessible;
        if (status.kind == FileStatus::Kind::Inaccessible)
            status.errorText = QString::fromLocal8Bit(std::strerror(error));
        return status;
    }
    if (S_ISREG(info.st_mode))
        status.kind = FileStatus::Kind::Regular;
    else if (S_ISDIR(info.st_mode))
        status.kind = FileStatus::Kind::Directory;
    else if (S_ISFIFO(info.st_mode))
        status.kind = FileStatus::Kind::Pipe;
    else if (S_ISSOCK(info.st_mode))
        status.kind = FileStatus::Kind::Socket;
    else
        status.kind = FileStatus::Kind::Device;
    status.identity = {quint64(info.st_dev), quint64(info.st_ino)};
    status.links = int(info.st_nlink);
    status.size = S_ISREG(info.st_mode) ? qint64(info.st_size) : 0;
    return status;
}

#endif

QString resolvedPath(const QString &path)
{
    QFileInfo info(path);
    // A symbolic link to a file that does not exist yet: writing through it creates its target.
    for (int hops = 0; hops < 40 && info.isSymLink() && !info.exists(); ++hops)
        info = QFileInfo(info.symLinkTarget());
    if (path.isEmpty() || (info.isSymLink() && !info.exists()))
        return {}; // links in a loop
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
}

} // namespace samenplan
