#pragma once
// Other names for one file, as a user makes them: a hard link and a symbolic link.

#include <QFile>
#include <QString>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

inline bool makeHardLink(const QString &existing, const QString &name)
{
#ifdef Q_OS_WIN
    Q_UNUSED(existing);
    Q_UNUSED(name);
    return false;
#else
    return ::link(QFile::encodeName(existing).constData(), QFile::encodeName(name).constData()) == 0;
#endif
}

inline bool makeSymbolicLink(const QString &target, const QString &name)
{
    return QFile::link(target, name);
}
