// Schema version 7 (schema_v7.cpp, issue #16): a file of version 6 opens with every row it had and
// no scenarios; a scenario saved in it survives closing and opening the file again.

#include "catch.h"
#include "tempdir.h"

#include "changes/scenariochanges.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/migrations.h"
#include "persistence/placementrepository.h"
#include "persistence/scenariorepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace samenplan;

namespace {

// One number read without Samenplan (so without migrating).
int rawNumber(const QString &path, const QString &sql)
{
    int number = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v7"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        number = query.value(0).toInt();
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-v7"));
    return number;
}

} // namespace

// tests/data/schema-v6-demo.samenplan: `samenplan-cli init F --demo --date 2026-11-23` at schema
// version 6 (row versions, server roles).
TEST_CASE("a version-6 file opens at version 7 with its rows and no scenarios, and a saved scenario stays", "[database][migration][scenario]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("v6.samenplan"));
    REQUIRE(QFile::copy(QStringLiteral(SAMENPLAN_TEST_DATA "/schema-v6-demo.samenplan"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(rawNumber(path, QStringLiteral("PRAGMA user_version")) == 6);
    const int children = rawNumber(path, QStringLiteral("SELECT count(*) FROM children"));
    const int placements = rawNumber(path, QStringLiteral("SELECT count(*) FROM placements"));
    REQUIRE(children > 0);
    Id groupId = NoId;
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        const Database &db = *opened.database;
        CHECK(db.schemaVersion() == 7);
        CHECK(ChildRepository(db).all().size() == children);
        CHECK(PlacementRepository(db).all().size() == placements);
        CHECK(ScenarioRepository(db).all().isEmpty());
        groupId = GroupRepository(db).all().first().id;
        capacity::Scenario s;
        s.name = QStringLiteral("Zomer 2027");
        capacity::ScenarioChange maximum;
        maximum.kind = capacity::ScenarioChangeKind::GroupMaximum;
        maximum.groupId = groupId;
        maximum.number = 14;
        maximum.seats = 4;
        s.changes = {maximum};
        Transaction t(db);
        changes::add(db, s);
        t.commit();
    }
    CHECK(rawNumber(path, QStringLiteral("PRAGMA user_version")) == 7);
    CHECK(rawNumber(path, QStringLiteral("SELECT count(*) FROM scenario_changes")) == 1);
    auto again = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(again.database);
    const auto back = ScenarioRepository(*again.database).byName(QStringLiteral("Zomer 2027"));
    REQUIRE(back);
    REQUIRE(back->changes.size() == 1);
    CHECK(back->changes.first().groupId == groupId);
    CHECK(back->changes.first().number == 14);
}
