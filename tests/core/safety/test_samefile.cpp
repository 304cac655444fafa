#include "catch.h"
#include "cliprocess.h"
#include "demodb.h"
#include "filenames.h"
#include "rawsql.h"

#include "persistence/childrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>

using namespace samenplan;

namespace {

int countOf(const QString &path, const QString &table)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    QSqlQuery query = opened.database->exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// A location with `children` placements in groups of eight children of one age, as the import's
// CSV files.
void writeImportFiles(const QString &prefix, const QString &lrk, int children)
{
    const QString location = lrk.right(4);
    QFile groups(prefix + QStringLiteral("-groups.csv"));
    REQUIRE(groups.open(QIODevice::WriteOnly));
    groups.write("location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes\n");
    for (int g = 0; g * 8 < children; ++g)
        groups.write(QStringLiteral("Locatie %1;%2;Groep %1-%3;dagopvang;0;4;16;0;07:00;19:00\n").arg(location, lrk).arg(g).toUtf8());
    QFile placements(prefix + QStringLiteral("-placements.csv"));
    REQUIRE(placements.open(QIODevice::WriteOnly));
    placements.write("child;birth_date;group;start;end;days;times\n");
    for (int c = 0; c < children; ++c)
        placements.write(QStringLiteral("Kind%1 %2;%3;Groep %2-%4;2026-09-01;2026-12-31;ma,di,do;08:00-17:00\n")
                             .arg(c).arg(location, QDate(2023, 6, 1).addDays(c / 8 % 300).toString(Qt::ISODate))
                             .arg(c / 8)
                             .toUtf8());
}

QStringList importArguments(const QString &database, const QString &prefix)
{
    return {QStringLiteral("import"), database, QStringLiteral("--groups"), prefix + QStringLiteral("-groups.csv"),
            QStringLiteral("--placements"), prefix + QStringLiteral("-placements.csv")};
}

} // namespace

#ifndef Q_OS_WIN
TEST_CASE("a second writer through a hard link or a symbolic link is refused as already open", "[safety][lock]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp, QStringLiteral("x.samenplan"));
    REQUIRE(makeHardLink(path, tmp.file(QStringLiteral("hard.samenplan"))));
    REQUIRE(makeSymbolicLink(path, tmp.file(QStringLiteral("soft.samenplan"))));
    auto holder = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(holder.database);
    for (const QString &name : {tmp.file(QStringLiteral("hard.samenplan")), tmp.file(QStringLiteral("soft.samenplan")), path}) {
        INFO(name.toStdString());
        const CliProcessRun run = runCliProcess({QStringLiteral("occupancy"), name, QStringLiteral("--date"),
                                                 QStringLiteral("2026-11-23"), QStringLiteral("--json")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("already open in another Samenplan")));
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        // In this process too: the file is known by its identity, not its name.
        auto again = Database::open(name, Database::Mode::OpenExisting);
        CHECK_FALSE(again.database);
        CHECK(again.error.contains(QStringLiteral("already open")));
    }
}

TEST_CASE("two imports at once through two names of one file never lose rows", "[safety][lock]")
{
    // Before: both printed "Imported..." and the first one's rows were gone (each name had its own
    // -wal journal, and the last write-back overwrote the other's pages).
    TempDir tmp;
    writeImportFiles(tmp.file(QStringLiteral("a")), QStringLiteral("111122223333"), 800);
    writeImportFiles(tmp.file(QStringLiteral("b")), QStringLiteral("444455556666"), 800);
    for (int round = 0; round < 3; ++round) {
        const QString path = tmp.file(QStringLiteral("r%1.samenplan").arg(round));
        const QString other = tmp.file(QStringLiteral("r%1-link.samenplan").arg(round));
        REQUIRE(runCliProcess({QStringLiteral("init"), path}).exitCode == 0);
        REQUIRE(makeHardLink(path, other));
        QProcess *first = startCliProcess(importArguments(path, tmp.file(QStringLiteral("a"))));
        QProcess *second = startCliProcess(importArguments(other, tmp.file(QStringLiteral("b"))));
        int imported = 0;
        for (const CliProcessRun &run : {finishCliProcess(first), finishCliProcess(second)}) {
            INFO(run.out.toStdString() << run.err.toStdString());
            if (run.exitCode == 0) {
                ++imported;
                CHECK(run.out.startsWith(QStringLiteral("Imported")));
            } else {
                CHECK(run.exitCode == 2);
                CHECK(run.err.contains(QStringLiteral("already open")));
            }
        }
        CHECK(imported >= 1);
        // Every import that said so is in the file, whole.
        CHECK(countOf(path, QStringLiteral("placements")) == 800 * imported);
    }
}
#endif

TEST_CASE("a lock left by a Samenplan that was killed never blocks", "[safety][lock]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp, QStringLiteral("x.samenplan"));
    writeImportFiles(tmp.file(QStringLiteral("big")), QStringLiteral("777788889999"), 30000);
    QProcess *import = startCliProcess(importArguments(path, tmp.file(QStringLiteral("big"))));
    // Wait until it holds the file (its lock file appears), then kill it hard. The limit only
    // keeps a broken build from hanging the test.
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(path + QStringLiteral(".lock")) && import->state() != QProcess::NotRunning && waited.elapsed() < 60000)
        QThread::msleep(2);
    REQUIRE(import->state() == QProcess::Running);
    import->kill();
    const CliProcessRun killed = finishCliProcess(import);
    CHECK(killed.exitCode == -1);
    REQUIRE(QFile::exists(path + QStringLiteral(".lock"))); // left behind, naming a process that is gone

    const CliProcessRun next = runCliProcess({QStringLiteral("occupancy"), path, QStringLiteral("--date"),
                                              QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    CHECK(next.exitCode == 0);
    CHECK(next.err.isEmpty());
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    CHECK(opened.database);
}

TEST_CASE("a lock file cut short by a kill never blocks", "[safety][lock]")
{
    // Killed between creating its lock file and writing its process id into it, a Samenplan leaves
    // an empty lock file: nobody can tell whose it is, and it blocked the file for good.
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp, QStringLiteral("x.samenplan"));
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.close();
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    CHECK(opened.database);
    CHECK(opened.error.isEmpty());
}

TEST_CASE("a lock held on another computer says who holds it and what to do", "[safety][lock]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp, QStringLiteral("x.samenplan"));
    // What QLockFile writes: process id, program, computer name.
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nsamenplan\nkantoor-pc-7\n");
    lock.close();
    REQUIRE(QSysInfo::machineHostName() != QLatin1String("kantoor-pc-7"));
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(opened.database);
    CHECK(opened.error.contains(QStringLiteral("kantoor-pc-7")));
    CHECK(opened.error.contains(QStringLiteral("Close it there first")));
    CHECK(opened.error.contains(QStringLiteral("delete the file")));
    CHECK(opened.error.contains(QDir::toNativeSeparators(path + QStringLiteral(".lock"))));
}

#ifndef Q_OS_WIN
TEST_CASE("changes waiting in the journal of a file's other name are read, not passed over", "[safety][lock]")
{
    // A Samenplan that stopped while it had the file open as c.samenplan left committed changes in
    // c.samenplan-wal. Opened as d.samenplan (a hard link), SQLite would look for d.samenplan-wal,
    // miss them, and a later write-back of the old journal would damage the file.
    TempDir tmp;
    const QString original = makeDemoDatabase(tmp, QStringLiteral("o.samenplan"));
    const int children = countOf(original, QStringLiteral("children"));
    const QString crashed = tmp.file(QStringLiteral("c.samenplan"));
    {
        auto open = Database::open(original, Database::Mode::OpenExisting);
        REQUIRE(open.database);
        open.database->exec(QStringLiteral("INSERT INTO children (first_name, last_name, birth_date) VALUES (?, ?, ?)"),
                            {QStringLiteral("Late"), QStringLiteral("Change"), QStringLiteral("2025-02-01")});
        // The state a crash leaves: the file and its journal, the change only in the journal.
        REQUIRE(QFileInfo(original + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(original, crashed));
        REQUIRE(QFile::copy(original + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    REQUIRE(makeHardLink(crashed, tmp.file(QStringLiteral("d.samenplan"))));
    CHECK(countOf(tmp.file(QStringLiteral("d.samenplan")), QStringLiteral("children")) == children + 1);
    CHECK_FALSE(QFile::exists(crashed + QStringLiteral("-wal"))); // written back and cleared
    CHECK(countOf(crashed, QStringLiteral("children")) == children + 1);
}
#endif
