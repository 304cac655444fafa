#include "persistence/checkedcontents.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sqlite3.h>

namespace samenplan {
namespace {

// Raised whenever what the check asks changes (OpenCheck::contents), so no earlier answer is reused.
constexpr char CheckVersion[] = "samenplan contents check 1";

bool addBytes(QCryptographicHash &hash, QIODevice &device)
{
    hash.addData(QByteArray::number(device.size()));
    return hash.addData(&device);
}

// The fingerprints in the store, oldest first; none when it is missing or unreadable.
QList<QByteArray> storedLines(const QString &store)
{
    QFile file(store);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

// A journal that is missing and one that is empty say the same (opening makes an empty one).
bool addJournal(QCryptographicHash &hash, const QString &path)
{
    QFile file(path); // SQLite locks no journal: reading one takes no lock away
    if (!file.exists() || file.size() == 0) {
        hash.addData(QByteArrayView("nothing"));
        return true;
    }
    return file.open(QIODevice::ReadOnly) && addBytes(hash, file);
}

} // namespace

CheckedContents::CheckedContents(QString store)
    : m_store(std::move(store))
{
}

QString CheckedContents::defaultStore()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/checked-contents");
}

QByteArray CheckedContents::fingerprint(QIODevice &database, const QString &sqlitePath)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData(QByteArrayView(CheckVersion));
    hash.addData(QByteArrayView(sqlite3_libversion()));
    if (!database.isReadable() || !addBytes(hash, database) || !addJournal(hash, sqlitePath + QStringLiteral("-wal")))
        return {};
    return hash.result().toHex();
}

QByteArray CheckedContents::fileStamp(const QString &sqlitePath)
{
    QByteArray stamp;
    for (const QString &path : {sqlitePath, sqlitePath + QStringLiteral("-wal")}) {
        const QFileInfo info(path);
        if (info.exists() && info.size() > 0) // no journal and an empty one are the same, as above
            stamp += QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        stamp += ';';
    }
    return stamp;
}

bool CheckedContents::passed(const QByteArray &fingerprint) const
{
    return !fingerprint.isEmpty() && !m_store.isEmpty() && storedLines(m_store).contains(fingerprint);
}

void CheckedContents::remember(const QByteArray &fingerprint) const
{
    if (fingerprint.isEmpty() || m_store.isEmpty() || !QDir().mkpath(QFileInfo(m_store).absolutePath()))
        return;
    // One process at a time reads, adds and writes, or two remembering at once would each write
    // the store without the other's line. A store held too long is left alone.
    QLockFile lock(m_store + QStringLiteral(".lock"));
    if (!lock.tryLock(2000))
        return;
    QList<QByteArray> lines = storedLines(m_store);
    if (lines.contains(fingerprint))
        return;
    lines.append(fingerprint);
    if (lines.size() > StoreLimit)
        lines.remove(0, lines.size() - StoreLimit);
    // Replaced whole: a reader never sees half a line, and a failed write leaves the old store.
    QSaveFile file(m_store);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(lines.join('\n') + '\n');
    file.commit();
}

} // namespace samenplan
