// Erasure for real: nothing of an erased child stays in the file's bytes, its journal, or the import
// wizard's backup beside it.

#include "catch.h"
#include "clirunner.h"
#include "demodb.h"
#include "erasurefixture.h"

#include "io/importer.h"
#include "persistence/childrepository.h"
#include "privacy/erasure.h"

#include <QSqlQuery>

using namespace samenplan;

namespace {

QString joined(const QList<QByteArray> &traces)
{
    return QString::fromUtf8(traces.join(", "));
}

// Every child in the file with its id, name and birth date.
QStringList childrenIn(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    QStringList children;
    for (const Child &child : ChildRepository(*opened.database).all())
        children << QStringLiteral("%1 %2 %3").arg(child.id).arg(child.displayName(), child.birthDate.toString(Qt::ISODate));
    return children;
}

} // namespace

TEST_CASE("an erased child's name, birth date, parent, phone and referral number are gone from the file's bytes", "[privacy][erasure]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    // As on an SQLite built without secure_delete on by default (Qt's own on Windows): what a
    // change frees keeps its old bytes.
    db.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    const ErasableChild added = addErasableChild(db);
    REQUIRE(tracesIn(path, added.traces) == added.traces);

    privacy::eraseChild(db, added.child.id);
    INFO("found while open: " << joined(tracesIn(path, added.traces)).toStdString());
    CHECK(tracesIn(path, added.traces).isEmpty());
    // The erased child is still there for its placements, anonymous; the rest of the file is intact.
    const auto erased = ChildRepository(db).find(added.child.id);
    REQUIRE(erased);
    CHECK(erased->birthDate == QDate(2024, 2, 1));
    {
        QSqlQuery check = db.exec(QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        QSqlQuery setting = db.exec(QStringLiteral("PRAGMA secure_delete"));
        REQUIRE(setting.next());
        CHECK(setting.value(0).toInt() == 0); // the connection's setting as it was
    }
    opened.database.reset();
    INFO("found after closing: " << joined(tracesIn(path, added.traces)).toStdString());
    CHECK(tracesIn(path, added.traces).isEmpty());
}

TEST_CASE("erasing a child erases it in the import wizard's backup too, and says so", "[privacy][erasure]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QString backup = io::importBackupPath(path);
    ErasableChild added;
    int childrenInBackup = 0;
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        added = addErasableChild(*opened.database);
        // What the import wizard does before it imports.
        REQUIRE(opened.database->saveCopy(backup).isEmpty());
        childrenInBackup = int(ChildRepository(*opened.database).all().size());
    }
    REQUIRE(tracesIn(backup, added.traces) == added.traces);

    const CliRun run = runCliWith({QStringLiteral("privacy"), path, QStringLiteral("--child"),
                                   QStringLiteral("Quirijntje Zwanenburg-Oosterhout"), QStringLiteral("--erase")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("held Quirijntje Zwanenburg-Oosterhout too; erased there as well")));
    CHECK(tracesIn(path, added.traces).isEmpty());
    INFO("found in the backup: " << joined(tracesIn(backup, added.traces)).toStdString());
    CHECK(tracesIn(backup, added.traces).isEmpty());
    // The backup still is the file as it was before the import, only without the child's data.
    auto reopened = Database::open(backup, Database::Mode::OpenExisting);
    REQUIRE(reopened.database);
    CHECK(ChildRepository(*reopened.database).all().size() == childrenInBackup);
    CHECK(ChildRepository(*reopened.database).find(added.child.id)->lastName == QStringLiteral("#%1").arg(added.child.id));
}

TEST_CASE("a backup made before the child was added is left as it is", "[privacy][erasure]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QString backup = io::importBackupPath(path);
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        REQUIRE(opened.database->saveCopy(backup).isEmpty());
        addErasableChild(*opened.database);
    }
    const QStringList before = childrenIn(backup);
    REQUIRE_FALSE(before.isEmpty());
    const CliRun run = runCliWith({QStringLiteral("privacy"), path, QStringLiteral("--child"),
                                   QStringLiteral("Quirijntje Zwanenburg-Oosterhout"), QStringLiteral("--erase")});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(QStringLiteral("before-import")));
    CHECK(childrenIn(backup) == before);
}

TEST_CASE("a backup the erasure cannot reach is named, with what to do", "[privacy][erasure]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QString backup = io::importBackupPath(path);
    ErasableChild added;
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        added = addErasableChild(*opened.database);
        REQUIRE(opened.database->saveCopy(backup).isEmpty());
    }
    REQUIRE(QFile::setPermissions(backup, QFile::ReadOwner | QFile::ReadUser));
    const CliRun run = runCliWith({QStringLiteral("privacy"), path, QStringLiteral("--child"),
                                   QStringLiteral("Quirijntje Zwanenburg-Oosterhout"), QStringLiteral("--erase")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("may still hold Quirijntje Zwanenburg-Oosterhout")));
    CHECK(run.err.contains(QStringLiteral("Delete that file.")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    // The file itself is erased all the same.
    CHECK(tracesIn(path, added.traces).isEmpty());
}
