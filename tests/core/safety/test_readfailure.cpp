// A read that fails part-way (a page damaged after the file was opened and checked, a disk or
// network error) must say so, never hand back a shortened list as if it were all there.

#include "catch.h"
#include "cliprocess.h"
#include "damagedpage.h"
#include "fingerprint.h"

#include "persistence/checkedcontents.h"
#include "persistence/dberror.h"

using namespace samenplan;

TEST_CASE("a page damaged after the file was checked fails the read instead of shortening it", "[safety][open]")
{
    TempDir tmp;
    const QString path = fileWithManyChildren(tmp);
    // Opened with the check on a connection of its own, so this one has read no page yet.
    auto opened = Database::open(path, Database::Mode::OpenExisting, Database::ContentCheck::AlongsideReading);
    REQUIRE(opened.database);
    REQUIRE(opened.database->contentProblem().isEmpty());
    damageChildrenPage(path);

    try {
        const QList<Child> children = ChildRepository(*opened.database).all();
        FAIL("read " << children.size() << " of " << ChildCount << " children without an error");
    } catch (const DbError &error) {
        CHECK(error.message() == QStringLiteral("The database could not be read: the file is damaged "
                                                "(database disk image is malformed)"));
    }
}

TEST_CASE("every reading command answers a read that fails part-way with one line and no output", "[safety][open][cli]")
{
    TempDir tmp;
    const QString path = fileWithManyChildren(tmp);
    damageChildrenPage(path);
    // The commands' own store of checked files says these bytes passed (by hand: no check would),
    // which stands for a file damaged after its check, while a command reads it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), tmp.file(QStringLiteral("cache")));
    CheckedContents(tmp.file(QStringLiteral("cache/Samenplan/samenplan/checked-contents")))
        .remember(fingerprintOf(path));
    const QString csv = tmp.file(QStringLiteral("children.csv"));
    const QString copy = tmp.file(QStringLiteral("copy.samenplan"));
    const QList<QStringList> commands = {
        {QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--json")},
        {QStringLiteral("occupancy"), path, QStringLiteral("--date"), QStringLiteral("2026-11-25")},
        {QStringLiteral("forecast"), path, QStringLiteral("--months"), QStringLiteral("2")},
        {QStringLiteral("fit"), path, QStringLiteral("--birth-date"), QStringLiteral("2025-08-01"), QStringLiteral("--days"),
         QStringLiteral("ma,di")},
        {QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("children"), QStringLiteral("--csv"), csv},
        {QStringLiteral("copy"), path, copy},
    };
    for (const QStringList &arguments : commands) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliProcessRun run = runCliProcess(arguments, 60000, environment);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(run.err.contains(QStringLiteral("could not be read: the file is damaged (database disk image is malformed)")));
        CHECK_FALSE(QFile::exists(csv));
        CHECK_FALSE(QFile::exists(copy));
    }
}
