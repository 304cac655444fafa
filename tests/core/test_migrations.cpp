#include "catch.h"
#include "tempdir.h"

#include "persistence/database.h"
#include "persistence/migrations.h"
#include "persistence/placementrepository.h"
#include "persistence/shiftrepository.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace samenplan;

namespace {

// A copy of tests/data/schema-v1-demo.samenplan: `samenplan-cli init F --demo --date 2026-11-23`
// as it was at schema version 1.
QString v1Copy(const TempDir &tmp)
{
    const QString path = tmp.file(QStringLiteral("v1.samenplan"));
    REQUIRE(QFile::copy(QStringLiteral(SAMENPLAN_TEST_DATA "/schema-v1-demo.samenplan"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Rows per table, read without Samenplan (so without migrating).
QMap<QString, int> rowCounts(const QString &path, int *version)
{
    QMap<QString, int> counts;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        *version = query.value(0).toInt();
        QStringList tables;
        REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (query.next())
            tables << query.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
            REQUIRE(query.next());
            counts.insert(table, query.value(0).toInt());
        }
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-v1"));
    return counts;
}

} // namespace

TEST_CASE("a schema version 1 file upgrades to the current version and keeps its data", "[database][migration]")
{
    TempDir tmp;
    const QString path = v1Copy(tmp);
    int version = 0;
    const QMap<QString, int> before = rowCounts(path, &version);
    REQUIRE(version == 1);
    REQUIRE(before.value(QStringLiteral("children")) > 0);
    REQUIRE(before.value(QStringLiteral("shift_breaks")) > 0);

    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    CHECK(db.schemaVersion() == currentSchemaVersion());
    CHECK(currentSchemaVersion() >= 2);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QSqlQuery count = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(it.key()));
        REQUIRE(count.next());
        INFO(it.key().toStdString());
        CHECK(count.value(0).toInt() == it.value());
    }
    // The records still read back whole: placements with their days, shifts with their breaks.
    const QList<Placement> placements = PlacementRepository(db).all();
    CHECK(placements.size() == before.value(QStringLiteral("placements")));
    int days = 0;
    for (const Placement &p : placements)
        days += int(p.days.size());
    CHECK(days == before.value(QStringLiteral("placement_days")));
    int breaks = 0;
    for (const Shift &s : ShiftRepository(db).between(QDate(2000, 1, 1), QDate(2100, 1, 1)))
        breaks += int(s.breaks.size());
    CHECK(breaks == before.value(QStringLiteral("shift_breaks")));

    // A shift's breaks are found through the new index, not by reading every break.
    QSqlQuery plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN DELETE FROM shift_breaks WHERE shift_id = ?"), {1});
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char('\n');
    INFO(steps.toStdString());
    CHECK(steps.contains(QStringLiteral("INDEX shift_breaks_shift")));
}

TEST_CASE("every foreign key column leads an index", "[database][migration]")
{
    TempDir tmp;
    auto opened = Database::open(tmp.file(QStringLiteral("new.samenplan")), Database::Mode::CreateNew);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    QStringList tables;
    QSqlQuery list = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (list.next())
        tables << list.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        // The first column of each index of the table (primary keys and unique constraints included).
        QStringList leading;
        QStringList indexes;
        QSqlQuery indexList = db.exec(QStringLiteral("SELECT name FROM pragma_index_list(?)"), {table});
        while (indexList.next())
            indexes << indexList.value(0).toString();
        for (const QString &index : std::as_const(indexes)) {
            QSqlQuery info = db.exec(QStringLiteral("SELECT name FROM pragma_index_info(?) WHERE seqno = 0"), {index});
            if (info.next())
                leading << info.value(0).toString();
        }
        QSqlQuery keys = db.exec(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?)"), {table});
        while (keys.next()) {
            const QString column = keys.value(0).toString();
            INFO((table + QLatin1Char('.') + column).toStdString());
            CHECK(leading.contains(column));
        }
    }
}
