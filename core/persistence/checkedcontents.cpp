#include "persistence/checkedcontents.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sqlite3.h>
#include <xxhash.h>

#include <memory>

namespace samenplan {
namespace {

// Raised whenever what the check asks changes (OpenCheck::contents), so no earlier answer is reused.
constexpr char CheckVersion[] = "samenplan contents check 1";

// XXH3's 128-bit hash of everything added, streamed.
class Fingerprint {
public:
    Fingerprint()
        : m_state(XXH3_createState(), &XXH3_freeState)
    {
        if (m_state)
            XXH3_128bits_reset(m_state.get());
    }

    bool valid() const { return m_state != nullptr; }
    void add(QByteArrayView bytes) { XXH3_128bits_update(m_state.get(), bytes.data(), size_t(bytes.size())); }

    // The device's size, then its bytes from where it stands; false when a read fails.
    bool add(QIODevice &device)
    {
        add(QByteArray::number(device.size()));
        // 64 KiB reads into the same bytes: each page of a buffer is a page fault the first time it
        // is written, and a 1 MiB buffer took 108 of them for a file of one location (256 at 160
        // locations) where this one takes 16; the reads' calls cost far less.
        QByteArray buffer(64 << 10, Qt::Uninitialized);
        for (;;) {
            const qint64 read = device.read(buffer.data(), buffer.size());
            if (read < 0)
                return false;
            if (read == 0)
                return true;
            add(QByteArrayView(buffer.constData(), read));
        }
    }

    QByteArray hex() const
    {
        XXH128_canonical_t canonical;
        XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_state.get()));
        return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof(canonical.digest)).toHex();
    }

private:
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> m_state;
};

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
bool addJournal(Fingerprint &fingerprint, const QString &path)
{
    QFile file(path); // SQLite locks no journal: reading one takes no lock away
    if (!file.exists() || file.size() == 0) {
        fingerprint.add(QByteArrayView("nothing"));
        return true;
    }
    return file.open(QIODevice::ReadOnly) && fingerprint.add(file);
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
    Fingerprint fingerprint;
    if (!fingerprint.valid() || !database.isReadable())
        return {};
    fingerprint.add(QByteArrayView(CheckVersion));
    fingerprint.add(QByteArrayView(sqlite3_libversion()));
    if (!fingerprint.add(database) || !addJournal(fingerprint, sqlitePath + QStringLiteral("-wal")))
        return {};
    return fingerprint.hex();
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
