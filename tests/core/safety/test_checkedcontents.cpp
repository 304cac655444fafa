// Issue 12: a file whose exact bytes passed the contents check is not checked again when opened
// alongside reading (CheckedContents); any change of its bytes makes it checked in full again.

#include "catch.h"
#include "demodb.h"
#include "fingerprint.h"
#include "rawsql.h"

#include "persistence/checkedcontents.h"
#include "persistence/locationrepository.h"

#include <QFile>
#include <QProcess>
#include <QUuid>

#include <thread>
#include <vector>

using namespace samenplan;

namespace {

// A demo file of bytes no other test makes (the store is shared by every test of this user).
QString uniqueDemoFile(const TempDir &tmp)
{
    const QString path = makeDemoDatabase(tmp);
    runRawSql(path, {QStringLiteral("UPDATE locations SET address = '%1'").arg(QUuid::createUuid().toString())});
    return path;
}

QString contentProblemOf(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting, Database::ContentCheck::AlongsideReading);
    INFO(opened.error.toStdString());
    REQUIRE(opened.database);
    CHECK_FALSE(LocationRepository(*opened.database).all().isEmpty());
    return opened.database->contentProblem();
}

void flipByte(const QString &path, qint64 at)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(at));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(at));
    REQUIRE(file.putChar(char(byte ^ 0x01)));
}

} // namespace

TEST_CASE("a fingerprint is the same for the same bytes and another for any change", "[safety][open]")
{
    TempDir tmp;
    const QString path = uniqueDemoFile(tmp);
    const QByteArray first = fingerprintOf(path);
    CHECK(first.size() == 32); // XXH3's 128 bits in hexadecimal
    CHECK(fingerprintOf(path) == first);
    // One bit of one page, deep in the file.
    flipByte(path, QFile(path).size() - 100);
    const QByteArray flipped = fingerprintOf(path);
    CHECK(flipped != first);
    // The journal beside the file counts too.
    QFile wal(path + QStringLiteral("-wal"));
    REQUIRE(wal.open(QIODevice::WriteOnly));
    wal.write("a journal");
    wal.close();
    CHECK(fingerprintOf(path) != flipped);
    CHECK(fingerprintOf(tmp.file(QStringLiteral("missing.samenplan"))).isEmpty());
    // A journal that is empty is the same as none: opening a file makes one.
    REQUIRE(wal.open(QIODevice::WriteOnly | QIODevice::Truncate));
    wal.close();
    CHECK(fingerprintOf(path) == flipped);
    // A file read in several pieces (1 MiB each): a change in the last piece counts, as does one
    // byte more or less.
    const QString large = tmp.file(QStringLiteral("large.bin"));
    QFile bytes(large);
    REQUIRE(bytes.open(QIODevice::WriteOnly));
    bytes.write(QByteArray(3 * 1024 * 1024 + 5, 'x'));
    bytes.close();
    const QByteArray whole = fingerprintOf(large);
    CHECK(whole.size() == 32);
    flipByte(large, 3 * 1024 * 1024 + 2);
    CHECK(fingerprintOf(large) != whole);
    flipByte(large, 3 * 1024 * 1024 + 2);
    CHECK(fingerprintOf(large) == whole);
    REQUIRE(bytes.resize(3 * 1024 * 1024 + 4));
    CHECK(fingerprintOf(large) != whole);
}

TEST_CASE("the store answers for what it remembered, keeps the newest and loses nothing when it cannot write", "[safety][open]")
{
    TempDir tmp;
    const CheckedContents store(tmp.file(QStringLiteral("cache/checked-contents")));
    CHECK_FALSE(store.passed(QByteArray("aa")));
    store.remember(QByteArray("aa"));
    CHECK(store.passed(QByteArray("aa")));
    CHECK_FALSE(store.passed(QByteArray("a")));
    CHECK_FALSE(store.passed(QByteArray()));
    for (int i = 0; i < CheckedContents::StoreLimit; ++i)
        store.remember(QByteArray::number(i));
    CHECK_FALSE(store.passed(QByteArray("aa"))); // the oldest went
    CHECK(store.passed(QByteArray::number(0)));
    CHECK(store.passed(QByteArray::number(CheckedContents::StoreLimit - 1)));

    // A store that cannot be made (a file where its folder should be): nothing is remembered, and
    // nothing fails.
    QFile blocker(tmp.file(QStringLiteral("blocked")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CheckedContents unwritable(tmp.file(QStringLiteral("blocked/checked-contents")));
    unwritable.remember(QByteArray("bb"));
    CHECK_FALSE(unwritable.passed(QByteArray("bb")));
    CHECK_FALSE(CheckedContents(QString()).passed(QByteArray("bb")));
}

TEST_CASE("fingerprints remembered at the same time are all kept", "[safety][open]")
{
    // Commands checking files at once (a script printing every location's roster in parallel) each
    // add to the one store; none may write it without another's line.
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("checked-contents"));
    constexpr int Writers = 6, Each = 20;
    static_assert(Writers * Each <= CheckedContents::StoreLimit);
    std::vector<std::thread> writers;
    for (int w = 0; w < Writers; ++w) {
        writers.emplace_back([&path, w] {
            const CheckedContents store(path);
            for (int i = 0; i < Each; ++i)
                store.remember(QByteArray::number(w * 1000 + i));
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    const CheckedContents store(path);
    int kept = 0;
    for (int w = 0; w < Writers; ++w) {
        for (int i = 0; i < Each; ++i)
            kept += store.passed(QByteArray::number(w * 1000 + i)) ? 1 : 0;
    }
    CHECK(kept == Writers * Each);
}

TEST_CASE("a file that passed the check alongside is remembered, its bytes trusted and any change checked again", "[safety][open]")
{
    TempDir tmp;
    const QString path = uniqueDemoFile(tmp);
    const CheckedContents store(CheckedContents::defaultStore());
    REQUIRE_FALSE(CheckedContents::defaultStore().isEmpty());
    const QByteArray sound = fingerprintOf(path);
    REQUIRE_FALSE(store.passed(sound));
    CHECK(contentProblemOf(path).isEmpty());
    CHECK(store.passed(sound));           // remembered after passing
    CHECK(fingerprintOf(path) == sound); // reading changed no byte

    // The same file damaged afterwards has other bytes: checked in full, and refused.
    damageIndex(path);
    const QByteArray damaged = fingerprintOf(path);
    CHECK(contentProblemOf(path).contains(QStringLiteral("damaged")));
    CHECK_FALSE(store.passed(damaged));

    // What the store says is what decides: bytes it names are not checked again (shown here with
    // a damaged file's bytes put in the store by hand, which no check ever does).
    store.remember(damaged);
    CHECK(contentProblemOf(path).isEmpty());
}

TEST_CASE("opening a file checked before opening asks the same store", "[safety][open]")
{
    TempDir tmp;
    const QString path = uniqueDemoFile(tmp);
    const CheckedContents store(CheckedContents::defaultStore());
    const QByteArray sound = fingerprintOf(path);
    REQUIRE(Database::open(path, Database::Mode::OpenExisting).database);
    CHECK(store.passed(sound));

    damageIndex(path);
    const auto refused = Database::open(path, Database::Mode::OpenExisting);
    CHECK_FALSE(refused.database);
    CHECK(refused.error.contains(QStringLiteral("damaged")));
    store.remember(fingerprintOf(path)); // by hand, as above
    CHECK(Database::open(path, Database::Mode::OpenExisting).database);
}

TEST_CASE("fingerprinting an open file keeps this process's locks on it", "[safety][open]")
{
    // On Unix, closing any descriptor of a file drops every lock the process holds on it; another
    // program closing the file would then take itself for its last user and checkpoint and delete
    // the journal and shared index under the open connection. The fingerprint reads through the
    // lock's own descriptor instead.
    TempDir tmp;
    const QString path = uniqueDemoFile(tmp);
    for (const auto check : {Database::ContentCheck::AlongsideReading, Database::ContentCheck::BeforeOpening}) {
        auto opened = Database::open(path, Database::Mode::OpenExisting, check);
        REQUIRE(opened.database);
        REQUIRE(opened.database->contentProblem().isEmpty());
        CHECK_FALSE(LocationRepository(*opened.database).all().isEmpty());
        REQUIRE(QFile::exists(path + QStringLiteral("-shm")));
        QProcess other; // another program reading the file and closing it again
        other.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM locations")});
        REQUIRE(other.waitForFinished(60000));
        REQUIRE(other.exitCode() == 0);
        CHECK(QFile::exists(path + QStringLiteral("-shm")));
        CHECK(QFile::exists(path + QStringLiteral("-wal")));
    }
}
