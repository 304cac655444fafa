// A read that fails part-way (a page damaged after the file was opened and checked, a disk or
// network error) must say so, never hand back a shortened list as if it were all there.

#include "catch.h"
#include "cliprocess.h"
#include "damagedpage.h"
#include "fingerprint.h"

#include "persistence/absencerepository.h"
#include "persistence/attendancerepository.h"
#include "persistence/checkedcontents.h"
#include "persistence/dberror.h"
#include "persistence/staffrepository.h"
#include "persistence/waitinglistrepository.h"

#include <functional>

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

TEST_CASE("absences, the waiting list and the attendance log fail a read that a damaged page cuts short", "[safety][open]")
{
    // The staff's absences decide who stands on the floor: a shortened list would pass a day's
    // staff-child ratio that does not hold. Each table filled over many pages, then damaged.
    const QString note(80, QLatin1Char('x'));
    const struct {
        const char *table;
        std::function<void(const Database &, int)> add;
        std::function<qsizetype(const Database &)> read;
    } tables[] = {
        {"absences",
         [&note](const Database &db, int i) {
             Absence a;
             a.staffId = StaffRepository(db).all().first().id;
             a.kind = AbsenceKind::Sick;
             a.start = QDate(2026, 1, 1).addDays(i);
             a.end = a.start;
             a.note = note;
             AbsenceRepository(db).insert(a);
         },
         [](const Database &db) { return AbsenceRepository(db).staffAbsencesBetween(QDate(2026, 1, 1), QDate(2031, 1, 1)).size(); }},
        {"child_absences",
         [&note](const Database &db, int i) {
             ChildAbsence a;
             a.childId = ChildRepository(db).all().first().id;
             a.date = QDate(2026, 1, 1).addDays(i);
             a.note = note;
             AbsenceRepository(db).insert(a);
         },
         [](const Database &db) { return AbsenceRepository(db).childAbsencesBetween(QDate(2026, 1, 1), QDate(2031, 1, 1)).size(); }},
        {"waiting_list",
         [&note](const Database &db, int i) {
             Child c;
             c.firstName = QStringLiteral("Wachtend %1").arg(i);
             c.lastName = QStringLiteral("Test");
             c.birthDate = QDate(2025, 1, 1);
             WaitingListEntry w;
             w.childId = ChildRepository(db).insert(c);
             w.wishedStart = QDate(2026, 9, 1);
             w.days = 1;
             w.note = note;
             WaitingListRepository(db).insert(w);
         },
         [](const Database &db) { return WaitingListRepository(db).all().size(); }},
        {"attendance_log",
         [&note](const Database &db, int i) {
             AttendanceLogEntry e;
             e.groupId = GroupRepository(db).all().first().id;
             e.date = QDate(2026, 1, 1).addDays(i % 300);
             e.at = QDateTime(e.date, QTime(9, 0));
             e.change = note;
             AttendanceRepository(db).appendLog(e);
         },
         [](const Database &db) { return AttendanceRepository(db).log(QDate(2026, 1, 1), QDate(2031, 1, 1)).size(); }},
    };
    for (const auto &table : tables) {
        INFO(table.table);
        TempDir tmp;
        const QString path = makeDemoDatabase(tmp);
        {
            auto opened = Database::open(path, Database::Mode::OpenExisting);
            REQUIRE(opened.database);
            Transaction transaction(*opened.database);
            for (int i = 0; i < 1500; ++i)
                table.add(*opened.database, i);
            transaction.commit();
        }
        auto opened = Database::open(path, Database::Mode::OpenExisting, Database::ContentCheck::AlongsideReading);
        REQUIRE(opened.database);
        REQUIRE(opened.database->contentProblem().isEmpty());
        damagePage(path, QString::fromLatin1(table.table));
        QString failure;
        qsizetype rows = -1;
        try {
            rows = table.read(*opened.database);
        } catch (const DbError &error) {
            failure = error.message();
        }
        INFO("rows read: " << rows);
        CHECK(failure.startsWith(QStringLiteral("The database could not be read: the file is damaged")));
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
