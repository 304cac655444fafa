#include "catch.h"
#include "cliprocess.h"
#include "rawsql.h"
#include "tempdir.h"

#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/dberror.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace samenplan;

TEST_CASE("init killed half-way leaves no file, and the next init works", "[safety][init]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("new.samenplan"));
    QProcess *init = startCliProcess({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--date"),
                                      QStringLiteral("2026-11-23")});
    // As soon as anything of the new file is on disk, kill the process hard. The limit only keeps
    // a broken build from hanging the test.
    QElapsedTimer waited;
    waited.start();
    auto started = [&] { return QFile::exists(path) || QFile::exists(path + QStringLiteral("-creating")); };
    while (!started() && init->state() != QProcess::NotRunning && waited.elapsed() < 60000)
        QThread::msleep(1);
    REQUIRE(init->state() == QProcess::Running);
    init->kill();
    CHECK(finishCliProcess(init).exitCode == -1);

    CHECK_FALSE(QFile::exists(path)); // before: a valid but empty file, or "not a Samenplan database"
    const CliProcessRun again = runCliProcess({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--date"),
                                               QStringLiteral("2026-11-23")});
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty());
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    CHECK(ChildRepository(*opened.database).all().size() > 40);
    opened.database.reset();
    CHECK(folderListing(tmp.dir.path()) == QStringList{QStringLiteral("new.samenplan")}); // nothing left of the killed one
}

TEST_CASE("a new database appears complete or not at all", "[safety][init]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("new.samenplan"));
    auto failed = Database::create(path, [](const Database &db) {
        db.exec(QStringLiteral("INSERT INTO children (first_name, last_name, birth_date) VALUES ('A', 'B', '2025-01-01')"));
        throw DbError(QStringLiteral("the disk is full"));
    });
    CHECK_FALSE(failed.database);
    CHECK(failed.error == QStringLiteral("the disk is full"));
    CHECK(folderListing(tmp.dir.path()).isEmpty());

    auto created = Database::create(path, [](const Database &db) {
        db.exec(QStringLiteral("INSERT INTO children (first_name, last_name, birth_date) VALUES ('A', 'B', '2025-01-01')"));
    });
    REQUIRE(created.database);
    CHECK(ChildRepository(*created.database).all().size() == 1);
    auto twice = Database::create(path, {});
    CHECK_FALSE(twice.database);
    CHECK(twice.error.contains(QStringLiteral("already exists")));
}

TEST_CASE("init next to a journal left by a deleted database refuses and leaves the journal", "[safety][init]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("new.samenplan"));
    {
        QFile wal(path + QStringLiteral("-wal"));
        REQUIRE(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(4096, 'x'));
    }
    const CliProcessRun run = runCliProcess({QStringLiteral("init"), path});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("new.samenplan-wal is left from an earlier database")));
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(folderListing(tmp.dir.path()) == QStringList{QStringLiteral("new.samenplan-wal")});
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 4096);

    QFile::remove(path + QStringLiteral("-wal"));
    CHECK(runCliProcess({QStringLiteral("init"), path}).exitCode == 0);
}
