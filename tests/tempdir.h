#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

// A fresh folder per test, removed afterwards.
struct TempDir {
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
