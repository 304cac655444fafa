#pragma once
// What a path names on disk, following symbolic links, and which file it is: the device and file
// number (the inode on Linux and macOS, the volume serial number and file index on Windows). Two
// names of one file, a symbolic link, a hard link or ./x/../x, have the same identity.

#include <QString>
#include <QtGlobal>

namespace samenplan {

struct FileIdentity {
    quint64 device = 0;
    quint64 file = 0;
    bool operator==(const FileIdentity &) const = default;
};

struct FileStatus {
    enum class Kind {
        Missing,      // nothing there (or a symbolic link to nothing)
        Regular,      // a file
        Directory,
        Pipe,         // a named pipe (FIFO)
        Device,       // a character or block device
        Socket,
        SymlinkLoop,  // symbolic links that point at each other
        Inaccessible, // the system refused to look (errorText says why)
    };
    Kind kind = Kind::Missing;
    FileIdentity identity; // for Regular and Directory
    int links = 0;         // the number of names (hard links) of a regular file
    qint64 size = 0;       // of a regular file
    QString errorText;     // for Inaccessible: the system's reason

    bool exists() const { return kind != Kind::Missing; }
    bool isFile() const { return kind == Kind::Regular; }
    // Whether both name the same existing file or folder.
    bool sameAs(const FileStatus &other) const
    {
        return (kind == Kind::Regular || kind == Kind::Directory) && other.kind == kind && identity == other.identity;
    }
};

FileStatus fileStatus(const QString &path);

// The path with symbolic links, "." and ".." resolved as far as it exists: an existing file gives its
// canonical path, a new file its canonical folder plus its name. Empty when not even the folder exists.
QString resolvedPath(const QString &path);

} // namespace samenplan
