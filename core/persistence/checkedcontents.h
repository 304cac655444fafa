#pragma once
// Database files whose exact bytes passed the full contents check before, so that opening the same
// bytes again needs no second check: the check reads and compares every page, table and index
// (about 70 ms for an organisation of 160 locations), a fingerprint of the bytes about 2 ms, and a
// roster printed for each of 160 locations pays the check once instead of 160 times.
//
// Sound because the check's answer depends on nothing but the bytes and the SQLite that reads
// them: the fingerprint is a 128-bit XXH3 hash of the SQLite version, the file and its -wal
// journal, so a file changed in any way (a damaged sector, another program's writes, our own next
// change) has another fingerprint and is checked in full again. XXH3 rather than a cryptographic
// hash: BLAKE2b took 12 ms for those 9 MB and, on the second core beside the first reads
// (OpenCheck's check alongside), slowed them by as much; and whoever could forge a collision
// could as well write a fingerprint into the store, which is the user's own file. The store is a
// cache (losing it costs only time): one hexadecimal fingerprint per line, no file names, the
// newest StoreLimit kept, replaced whole under a lock file beside it.

#include <QByteArray>
#include <QString>

class QIODevice;

namespace samenplan {

class CheckedContents {
public:
    static constexpr int StoreLimit = 200;

    // store: the file that keeps the fingerprints (created when first needed).
    explicit CheckedContents(QString store);
    // The store in this user's cache folder (QStandardPaths::CacheLocation).
    static QString defaultStore();

    // The fingerprint of a database file and its -wal journal as they are now, the file read
    // from database (open, at its start; DatabaseLock::openReader() for a file SQLite has open in
    // this process); empty when it cannot be read.
    static QByteArray fingerprint(QIODevice &database, const QString &sqlitePath);
    // A cheap sign of change: the sizes and modification times of the file and its journal.
    static QByteArray fileStamp(const QString &sqlitePath);

    bool passed(const QByteArray &fingerprint) const;
    // Records a fingerprint whose bytes passed the check. Failing to write the store is ignored:
    // the next opening checks in full, as it would without a store.
    void remember(const QByteArray &fingerprint) const;

private:
    QString m_store;
};

} // namespace samenplan
