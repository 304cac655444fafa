// Schema version 6 (schema_v6.cpp): placements and shifts carry a row version and the audit log says
// who changed what. A file of the previous version opens, keeps every row and gains the new columns
// with their defaults; in a file too, a change made on a placement read before another change is
// refused rather than written over it.

#include "catch.h"
#include "demodb.h"
#include "tempdir.h"

#include "changes/placementchanges.h"
#include "persistence/database.h"
#include "persistence/migrations.h"
#include "persistence/placementrepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace samenplan;

namespace {

// Runs statements on the file without Samenplan (so without migrating); returns the first value of
// the last one.
int raw(const QString &path, const QStringList &statements)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v6"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        if (query.next())
            value = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-v6"));
    return value;
}

int columnCount(const QString &path, const QString &table, const QString &column)
{
    return raw(path, {QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'").arg(table, column)});
}

// The demo file as version 5 wrote it: version 6 only added columns and version 7 two tables, so
// without them (and with the version number put back) it is the version 5 schema exactly.
QString versionFiveDemo(const TempDir &tmp)
{
    const QString path = makeDemoDatabase(tmp);
    raw(path, {
                  QStringLiteral("DROP TABLE scenario_changes"), // version 7
                  QStringLiteral("DROP TABLE scenarios"),
                  QStringLiteral("ALTER TABLE placements DROP COLUMN row_version"),
                  QStringLiteral("ALTER TABLE shifts DROP COLUMN row_version"),
                  QStringLiteral("ALTER TABLE audit_log DROP COLUMN changed_by"),
                  QStringLiteral("ALTER TABLE audit_log DROP COLUMN transaction_id"),
                  QStringLiteral("ALTER TABLE audit_log DROP COLUMN row_count"),
                  QStringLiteral("INSERT INTO audit_log (logged_at, action, detail) "
                                 "VALUES ('2026-11-20T09:00:00Z', 'erase', 'child #99')"),
                  QStringLiteral("PRAGMA user_version = 5"),
              });
    return path;
}

} // namespace

TEST_CASE("a version 5 file opens with its placements and shifts at row version 1 and its audit log kept",
          "[database][migration]")
{
    TempDir tmp;
    const QString path = versionFiveDemo(tmp);
    REQUIRE(raw(path, {QStringLiteral("PRAGMA user_version")}) == 5);
    REQUIRE(columnCount(path, QStringLiteral("placements"), QStringLiteral("row_version")) == 0);
    const int placements = raw(path, {QStringLiteral("SELECT count(*) FROM placements")});
    const int shifts = raw(path, {QStringLiteral("SELECT count(*) FROM shifts")});
    REQUIRE(placements > 0);
    REQUIRE(shifts > 0);

    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        CHECK(opened.database->schemaVersion() == currentSchemaVersion());
        const QList<Placement> all = PlacementRepository(*opened.database).all();
        CHECK(all.size() == placements);
        for (const Placement &placement : all)
            CHECK(placement.rowVersion == 1);
    }
    CHECK(raw(path, {QStringLiteral("SELECT count(*) FROM shifts WHERE row_version = 1")}) == shifts);
    CHECK(raw(path, {QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase' AND changed_by = '' "
                                    "AND transaction_id = '' AND row_count = 1")}) == 1);
}

TEST_CASE("in a file, a change to a placement made on what was read before another change is refused",
          "[database][migration]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    const Placement read = PlacementRepository(db).all().first();
    REQUIRE(read.rowVersion == 1);

    Placement first = read;
    first.endReason = QStringLiteral("verhuisd");
    {
        Transaction t(db);
        changes::PlacementChanges(db).update(first);
        t.commit();
    }
    CHECK(PlacementRepository(db).find(read.id)->rowVersion == 2);

    Placement stale = read; // still row version 1
    stale.seatOverrideReason = QStringLiteral("afgesproken met de gemeente");
    try {
        Transaction t(db);
        changes::PlacementChanges(db).update(stale);
        t.commit();
        FAIL("a change on stale data was written");
    } catch (const ChangeRefused &refused) {
        REQUIRE_FALSE(refused.outcome().refusals.isEmpty());
        CHECK(refused.outcome().refusals.first().rule == doorrule::Stale);
    }
    const Placement now = *PlacementRepository(db).find(read.id);
    CHECK(now.endReason == QStringLiteral("verhuisd"));
    CHECK(now.seatOverrideReason == read.seatOverrideReason);
}
