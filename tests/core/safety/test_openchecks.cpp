#include "catch.h"
#include "cliprocess.h"
#include "demodb.h"
#include "rawsql.h"

#include "io/exporttables.h"
#include "persistence/dberror.h"
#include "persistence/placementrepository.h"
#include "persistence/templaterepository.h"
#include "planning/planningdata.h"
#include "report/grouplist.h"

#include <QFile>
#include <QRandomGenerator>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace samenplan;

namespace {

// One placement day of the group Vlinders gets weekday 0, which the schema's CHECK rule forbids.
const QString WeekdayZero = QStringLiteral(
    "UPDATE placement_days SET weekday = 0 WHERE rowid = (SELECT d.rowid FROM placement_days d "
    "JOIN placements p ON p.id = d.placement_id JOIN care_groups g ON g.id = p.group_id "
    "WHERE g.name = 'Vlinders' ORDER BY d.rowid LIMIT 1)");

QString openError(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    return opened.database ? QString() : opened.error;
}

} // namespace

TEST_CASE("rows that break the schema's CHECK rules are refused when the file is opened", "[safety][open]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    runRawSql(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"), WeekdayZero});
    const QByteArray before = fileHash(path);
    const QStringList listing = folderListing(tmp.dir.path());

    const QString error = openError(path);
    CHECK(error.contains(QStringLiteral("breaks the rules")));
    CHECK(error.contains(QStringLiteral("placement_days")));
    CHECK(fileHash(path) == before);
    CHECK(folderListing(tmp.dir.path()) == listing);

    // The commands that crashed or wrote stray bytes on such a file refuse it with one line.
    // (Real processes: before, grouplist overflowed its stack and took the process down.)
    const CliProcessRun groupList = runCliProcess({QStringLiteral("grouplist"), path, QStringLiteral("--group"),
                                                   QStringLiteral("Vlinders"), QStringLiteral("--week"),
                                                   QStringLiteral("2026-W48"), QStringLiteral("--pdf"),
                                                   tmp.file(QStringLiteral("list.pdf"))});
    CHECK(groupList.exitCode == 2);
    CHECK(groupList.err.count(QLatin1Char('\n')) == 1);
    CHECK(groupList.err.contains(QStringLiteral("breaks the rules")));
    const CliProcessRun exported = runCliProcess({QStringLiteral("export"), path, QStringLiteral("--table"),
                                                  QStringLiteral("placements"), QStringLiteral("--csv"),
                                                  tmp.file(QStringLiteral("p.csv"))});
    CHECK(exported.exitCode == 2);
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("list.pdf"))));
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("p.csv"))));
    CHECK(fileHash(path) == before);
    CHECK(folderListing(tmp.dir.path()) == listing);
}

TEST_CASE("a file whose index no longer matches its table is refused", "[safety][open]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    damageIndex(path);
    const QByteArray before = fileHash(path);
    const QString error = openError(path);
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("of randomly damaged files, none is accepted that is not sound", "[safety][open]")
{
    TempDir tmp;
    const QString original = makeDemoDatabase(tmp);
    QFile source(original);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    source.close();
    QRandomGenerator random(20261123); // the same damage every run
    int accepted = 0;
    QStringList unsound;
    for (int round = 0; round < 80; ++round) {
        QByteArray damaged = bytes;
        for (int flip = 0; flip < 8; ++flip) {
            const int at = 100 + int(random.bounded(damaged.size() - 100)); // past the header, as a disk would
            damaged[at] = char(damaged.at(at) ^ (1 << random.bounded(8)));
        }
        const QString path = tmp.file(QStringLiteral("damaged-%1.samenplan").arg(round));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(damaged);
        file.close();
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        if (!opened.database)
            continue;
        ++accepted;
        try {
            QSqlQuery check = opened.database->exec(QStringLiteral("PRAGMA integrity_check"));
            if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
                unsound << QStringLiteral("%1: %2").arg(round).arg(check.value(0).toString());
        } catch (const DbError &error) {
            unsound << QStringLiteral("%1: %2").arg(round).arg(error.message());
        }
    }
    INFO(accepted << " of 80 damaged files were accepted; unsound among them: " << unsound.join(QStringLiteral("; ")).toStdString());
    CHECK(unsound.isEmpty());
}

TEST_CASE("impossible stored days are skipped when reading, never used as an index", "[safety][open]")
{
    // A file changed while open (another program, a damaged disk) can hold such rows even though
    // the open check refuses them: reading must never trust them.
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    db.exec(WeekdayZero);
    db.exec(QStringLiteral("UPDATE placement_days SET weekday = 9 WHERE rowid = (SELECT max(rowid) FROM placement_days)"));
    db.exec(QStringLiteral("UPDATE opening_hours SET weekday = -3 WHERE rowid = (SELECT min(rowid) FROM opening_hours)"));
    db.exec(QStringLiteral("UPDATE placement_days SET starts = 2000, ends = 100 WHERE rowid = (SELECT min(rowid) + 1 FROM placement_days)"));
    const Id templateId = db.insert(QStringLiteral("INSERT INTO week_templates (name) VALUES (?)"), {QStringLiteral("Oud")});
    db.exec(QStringLiteral("INSERT INTO template_shifts (template_id, staff_id, weekday, starts, ends) "
                           "SELECT ?, id, 0, 480, 960 FROM staff LIMIT 1"), {templateId});

    for (const Placement &placement : PlacementRepository(db).all()) {
        for (const PlacementDay &day : placement.days) {
            CHECK(day.weekday >= 1);
            CHECK(day.weekday <= 7);
            CHECK(day.hours.isValid());
        }
    }
    for (const roster::WeekTemplate &t : TemplateRepository(db).all()) {
        for (const roster::TemplateShift &shift : t.shifts)
            CHECK((shift.weekday >= 1 && shift.weekday <= 7));
    }
    const IsoWeek week = IsoWeek::containing(DemoMonday);
    const planning::PlanningData data = planning::PlanningData::load(db, week.monday(), week.day(7));
    Id vlinders = NoId;
    for (const Group &group : data.groups) {
        if (group.name == QLatin1String("Vlinders"))
            vlinders = group.id;
    }
    REQUIRE(vlinders != NoId);
    CHECK(report::writeGroupListPdf(tmp.file(QStringLiteral("list.pdf")), data, vlinders, week, DemoMonday).isEmpty());
    const io::ExportTable placements = io::exportTable(db, QStringLiteral("placements"), DemoMonday, false);
    for (const QStringList &row : placements.rows) {
        for (const QString &value : row) {
            for (const QChar c : value)
                CHECK((c.isPrint() || c == QLatin1Char(' ')));
        }
    }
}

#ifndef Q_OS_WIN
TEST_CASE("a named pipe is refused at once and a symbolic link loop is named as such", "[safety][open]")
{
    TempDir tmp;
    const QString pipe = tmp.file(QStringLiteral("pipe.samenplan"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    REQUIRE(QFile::link(tmp.file(QStringLiteral("loop-b")), tmp.file(QStringLiteral("loop-a"))));
    REQUIRE(QFile::link(tmp.file(QStringLiteral("loop-a")), tmp.file(QStringLiteral("loop-b"))));
    const QStringList listing = folderListing(tmp.dir.path());

    // A real process: before, it waited forever for a writer on the pipe (the limit is only a
    // safety net so the test cannot hang).
    const CliProcessRun onPipe = runCliProcess({QStringLiteral("check"), pipe, QStringLiteral("--week"), QStringLiteral("2026-W48")}, 20000);
    CHECK(onPipe.finished);
    CHECK(onPipe.exitCode == 2);
    CHECK(onPipe.err.contains(QStringLiteral("named pipe")));
    const CliProcessRun onLoop = runCliProcess({QStringLiteral("check"), tmp.file(QStringLiteral("loop-a")),
                                                QStringLiteral("--week"), QStringLiteral("2026-W48")});
    CHECK(onLoop.exitCode == 2);
    CHECK(onLoop.err.contains(QStringLiteral("loop")));
    CHECK_FALSE(onLoop.err.contains(QStringLiteral("permission")));
    CHECK(folderListing(tmp.dir.path()) == listing);
}
#endif

TEST_CASE("a refused file gets nothing new beside it", "[safety][open]")
{
    TempDir tmp;
    const QString folder = tmp.dir.path();
    auto refusedLeavesNoTrace = [&](const QString &path, const QString &reason) {
        INFO(reason.toStdString());
        const QStringList listing = folderListing(folder);
        const QByteArray before = fileHash(path);
        const QString error = openError(path);
        CHECK_FALSE(error.isEmpty());
        CHECK(folderListing(folder) == listing);
        CHECK(fileHash(path) == before);
    };
    SECTION("another program's database in WAL mode")
    {
        const QString path = tmp.file(QStringLiteral("other.sqlite"));
        runRawSql(path, {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("CREATE TABLE t (x INTEGER)"),
                         QStringLiteral("INSERT INTO t VALUES (1)")});
        refusedLeavesNoTrace(path, QStringLiteral("not a Samenplan database"));
    }
    SECTION("a file of a newer Samenplan")
    {
        const QString path = makeDemoDatabase(tmp);
        runRawSql(path, {QStringLiteral("PRAGMA user_version = 99")});
        refusedLeavesNoTrace(path, QStringLiteral("newer"));
    }
    SECTION("a file that breaks the rules")
    {
        const QString path = makeDemoDatabase(tmp);
        runRawSql(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"), WeekdayZero});
        refusedLeavesNoTrace(path, QStringLiteral("rules"));
    }
    SECTION("a damaged file")
    {
        const QString path = makeDemoDatabase(tmp);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096 * 3);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        refusedLeavesNoTrace(path, QStringLiteral("damaged"));
    }
}
