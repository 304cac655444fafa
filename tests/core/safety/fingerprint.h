#pragma once
// The fingerprint CheckedContents keeps, of a file no connection of the test's process has open:
// read by its name here (the planner reads an open file through DatabaseLock::openReader, as
// closing a descriptor of its own would drop its SQLite locks). Empty when the file cannot be read.

#include "persistence/checkedcontents.h"

#include <QFile>

inline QByteArray fingerprintOf(const QString &path)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly); // unopened: the fingerprint is empty
    Q_UNUSED(opened);
    return samenplan::CheckedContents::fingerprint(file, path);
}
