#include "catch.h"
#include "clirunner.h"
#include "demodb.h"
#include "filenames.h"

#include "persistence/childrepository.h"
#include "persistence/outputpath.h"

#include <QDir>

using namespace samenplan;

namespace {

int childCount(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    return int(ChildRepository(*opened.database).all().size());
}

} // namespace

TEST_CASE("an output onto the database by any name, onto its working files or a folder is refused", "[safety][output]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp, QStringLiteral("x.samenplan"));
    QDir(tmp.dir.path()).mkdir(QStringLiteral("sub"));
    REQUIRE(makeSymbolicLink(database, tmp.file(QStringLiteral("link.samenplan"))));
    REQUIRE(makeSymbolicLink(database + QStringLiteral("-wal"), tmp.file(QStringLiteral("wal-link.csv"))));
    REQUIRE(makeSymbolicLink(database + QStringLiteral("-journal"), tmp.file(QStringLiteral("journal-link.csv"))));
#ifndef Q_OS_WIN
    REQUIRE(makeHardLink(database, tmp.file(QStringLiteral("hard.samenplan"))));
#endif
    auto open = Database::open(database, Database::Mode::OpenExisting); // -wal, -shm and .lock exist now
    REQUIRE(open.database);
    REQUIRE(QFile::exists(database + QStringLiteral("-wal")));

    const QStringList itself{database, tmp.file(QStringLiteral("link.samenplan")),
                             tmp.file(QStringLiteral("sub/../x.samenplan")), tmp.file(QStringLiteral("./x.samenplan"))
#ifndef Q_OS_WIN
                             , tmp.file(QStringLiteral("hard.samenplan"))
#endif
    };
    for (const QString &output : itself) {
        INFO(output.toStdString());
        CHECK(outputPathProblem(output, database).contains(QStringLiteral("is the database")));
    }
    const QStringList workingFiles{database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
                                   database + QStringLiteral(".lock"), database + QStringLiteral("-journal"),
                                   tmp.file(QStringLiteral("sub/../x.samenplan-journal")),
                                   tmp.file(QStringLiteral("wal-link.csv")),
                                   tmp.file(QStringLiteral("journal-link.csv"))};
    for (const QString &output : workingFiles) {
        INFO(output.toStdString());
        CHECK(outputPathProblem(output, database).contains(QStringLiteral("working file")));
    }
    CHECK(outputPathProblem(tmp.file(QStringLiteral("sub")), database).contains(QStringLiteral("folder")));
    CHECK(outputPathProblem(tmp.dir.path(), database).contains(QStringLiteral("folder")));
    // Ordinary outputs pass, also ones whose names merely start like the database's.
    CHECK(outputPathProblem(tmp.file(QStringLiteral("x.csv")), database).isEmpty());
    CHECK(outputPathProblem(tmp.file(QStringLiteral("x.samenplan.pdf")), database).isEmpty());
    CHECK(outputPathProblem(tmp.file(QStringLiteral("sub/x.samenplan")), database).isEmpty());
}

TEST_CASE("every command-line output option refuses the database and writes nothing", "[safety][output][cli]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp, QStringLiteral("x.samenplan"));
    const int children = childCount(database);
    REQUIRE(children > 0);
    QStringList names{database, tmp.file(QStringLiteral("./sub/../x.samenplan")), tmp.file(QStringLiteral("link.samenplan")),
                      database + QStringLiteral("-wal"), database + QStringLiteral(".lock")};
    QDir(tmp.dir.path()).mkdir(QStringLiteral("sub"));
    REQUIRE(makeSymbolicLink(database, tmp.file(QStringLiteral("link.samenplan"))));
#ifndef Q_OS_WIN
    REQUIRE(makeHardLink(database, tmp.file(QStringLiteral("hard.samenplan"))));
    names << tmp.file(QStringLiteral("hard.samenplan"));
#endif
    const QByteArray before = fileHash(database);
    const QString week = QStringLiteral("2026-W48");
    for (const QString &output : std::as_const(names)) {
        const QList<QStringList> commands{
            {QStringLiteral("export"), database, QStringLiteral("--xlsx"), output},
            {QStringLiteral("export"), database, QStringLiteral("--table"), QStringLiteral("children"), QStringLiteral("--csv"), output},
            {QStringLiteral("roster"), database, QStringLiteral("--week"), week, QStringLiteral("--pdf"), output},
            {QStringLiteral("roster"), database, QStringLiteral("--week"), week, QStringLiteral("--pdf"),
             tmp.file(QStringLiteral("fine.pdf")), QStringLiteral("--csv"), output},
            {QStringLiteral("grouplist"), database, QStringLiteral("--group"), QStringLiteral("Vlinders"), QStringLiteral("--week"),
             week, QStringLiteral("--pdf"), output},
            {QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Kiki Boateng"), QStringLiteral("--json"), output},
            {QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Kiki Boateng"), QStringLiteral("--pdf"), output},
            {QStringLiteral("coaching"), database, QStringLiteral("--ics"), output},
        };
        for (const QStringList &arguments : commands) {
            INFO(arguments.join(QLatin1Char(' ')).toStdString());
            const CliRun run = runCliWith(arguments);
            CHECK(run.exitCode == 2);
            CHECK(run.err.count(QLatin1Char('\n')) == 1);
            CHECK(run.err.startsWith(QStringLiteral("samenplan-cli: ") + arguments.first() + QStringLiteral(": ")));
            CHECK(run.out.isEmpty());
            CHECK(fileHash(database) == before);
        }
    }
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("fine.pdf")))); // nothing written, not even the good output
    CHECK_FALSE(QFile::exists(database + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(database + QStringLiteral(".lock")));
    CHECK(childCount(database) == children);

    // A folder as output.
    const CliRun folder = runCliWith({QStringLiteral("export"), database, QStringLiteral("--xlsx"), tmp.file(QStringLiteral("sub"))});
    CHECK(folder.exitCode == 2);
    CHECK(folder.err.contains(QStringLiteral("folder")));
}
