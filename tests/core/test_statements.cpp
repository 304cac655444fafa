#include "catch.h"
#include "tempdir.h"

#include "persistence/database.h"
#include "persistence/dberror.h"

#include <QFile>
#include <QSqlQuery>

using namespace samenplan;

// Database::exec keeps changes prepared per connection; these check that reuse binds each run's
// own values, survives a failed run, and holds nothing that blocks a copy.

namespace {

std::unique_ptr<Database> withAuditRows(const TempDir &tmp, int rows)
{
    auto opened = Database::open(tmp.file(QStringLiteral("s.samenplan")), Database::Mode::CreateNew);
    REQUIRE(opened.database);
    for (int i = 0; i < rows; ++i)
        opened.database->insert(QStringLiteral("INSERT INTO audit_log (logged_at, action, detail) VALUES (?, ?, ?)"),
                                {QStringLiteral("2026-11-23T10:00:00"), QStringLiteral("a%1").arg(i), QString()});
    return std::move(opened.database);
}

} // namespace

TEST_CASE("a change repeated inside a loop over rows runs each time, and the rows stay readable", "[database]")
{
    TempDir tmp;
    auto db = withAuditRows(tmp, 3);
    QStringList read;
    QSqlQuery rows = db->exec(QStringLiteral("SELECT id, action FROM audit_log ORDER BY id"));
    while (rows.next()) {
        read << rows.value(1).toString();
        db->exec(QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = ?"),
                 {QStringLiteral("seen %1").arg(rows.value(1).toString()), rows.value(0)});
    }
    CHECK(read == QStringList{QStringLiteral("a0"), QStringLiteral("a1"), QStringLiteral("a2")});
    QSqlQuery details = db->exec(QStringLiteral("SELECT detail FROM audit_log ORDER BY id"));
    QStringList written;
    while (details.next())
        written << details.value(0).toString();
    CHECK(written == QStringList{QStringLiteral("seen a0"), QStringLiteral("seen a1"), QStringLiteral("seen a2")});
}

TEST_CASE("reused inserts return each new id, and a failed one leaves the statement usable", "[database]")
{
    TempDir tmp;
    auto db = withAuditRows(tmp, 0);
    const QString sql = QStringLiteral("INSERT INTO youth_care_providers (name, kind) VALUES (?, ?)");
    const Id first = db->insert(sql, {QStringLiteral("Een"), QStringLiteral("youth-care-provider")});
    const Id second = db->insert(sql, {QStringLiteral("Twee"), QStringLiteral("youth-care-provider")});
    CHECK(first > 0);
    CHECK(second == first + 1);
    CHECK_THROWS_AS(db->insert(sql, {QStringLiteral("Een"), QStringLiteral("youth-care-provider")}), DbError); // UNIQUE
    const Id third = db->insert(sql, {QStringLiteral("Drie"), QStringLiteral("cjg")});
    CHECK(third == second + 1);
    QSqlQuery count = db->exec(QStringLiteral("SELECT count(*) FROM youth_care_providers"));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 3);
}

TEST_CASE("kept statements hold nothing that blocks saving a copy", "[database]")
{
    TempDir tmp;
    auto db = withAuditRows(tmp, 5);
    db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {2});
    const QString copy = tmp.file(QStringLiteral("copy.samenplan"));
    CHECK(db->saveCopy(copy).isEmpty());
    CHECK(QFile::exists(copy));
}
