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

TEST_CASE("a kept read read again while its rows are open gets rows of its own", "[database]")
{
    TempDir tmp;
    auto db = withAuditRows(tmp, 3);
    const QString sql = QStringLiteral("SELECT action FROM audit_log WHERE id >= ? ORDER BY id");
    QStringList pairs;
    Database::Rows outer = db->read(sql, {1});
    while (outer.next()) {
        Database::Rows inner = db->read(sql, {3});
        while (inner.next())
            pairs << outer.value(0).toString() + QLatin1Char('/') + inner.value(0).toString();
    }
    CHECK(pairs == QStringList{QStringLiteral("a0/a2"), QStringLiteral("a1/a2"), QStringLiteral("a2/a2")});
    // Afterwards the kept statement reads with new values again.
    Database::Rows again = db->read(sql, {2});
    QStringList read;
    while (again.next())
        read << again.value(0).toString();
    CHECK(read == QStringList{QStringLiteral("a1"), QStringLiteral("a2")});
}

TEST_CASE("a kept change binds each run's values, NULL and empty text kept apart", "[database]")
{
    TempDir tmp;
    auto db = withAuditRows(tmp, 0);
    const QString sql = QStringLiteral("INSERT INTO placements (child_id, group_id, start_date, end_date, kind, "
                                       "seat_override_reason) VALUES (?, ?, ?, ?, ?, ?)");
    db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // The same statement run with a date, a missing date (NULL), the same date twice, a null text
    // (written as empty text, never NULL), and values of another type than the run before.
    const QList<QVariant> ends{dateValue(QDate(2027, 1, 31)), dateValue(QDate()), dateValue(QDate()),
                               dateValue(QDate(2027, 1, 31)), dateValue(QDate(2027, 1, 31))};
    const QList<QVariant> reasons{QVariant(QString()), QStringLiteral("reden"), QVariant(QString()), QVariant(QString()),
                                  QStringLiteral("reden")};
    for (int i = 0; i < ends.size(); ++i)
        db->insert(sql, {i % 2 ? QVariant(qlonglong(7)) : QVariant(7), 1, dateValue(QDate(2026, 9, 1)), ends.at(i),
                         QStringLiteral("regular"), reasons.at(i)});
    QSqlQuery rows = db->exec(QStringLiteral("SELECT child_id, typeof(end_date), end_date, typeof(seat_override_reason), "
                                             "seat_override_reason FROM placements ORDER BY id"));
    QStringList read;
    while (rows.next()) {
        QStringList values;
        for (int column = 0; column < 5; ++column)
            values << rows.value(column).toString();
        read << values.join(QLatin1Char(' '));
    }
    CHECK(read == QStringList{QStringLiteral("7 text 2027-01-31 text "), QStringLiteral("7 null  text reden"),
                              QStringLiteral("7 null  text "), QStringLiteral("7 text 2027-01-31 text "),
                              QStringLiteral("7 text 2027-01-31 text reden")});
}

TEST_CASE("a kept statement's first run with a value-less QVariant binds it as NULL", "[database]")
{
    TempDir tmp;
    auto db = withAuditRows(tmp, 0);
    // QVariant() (an empty std::optional's value, for example) looks like a parameter not bound
    // yet; it must be bound all the same, on the first run (here the last parameter, which the
    // statement would otherwise miss) and after a run with a value.
    db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const QString sql = QStringLiteral("INSERT INTO placements (child_id, group_id, start_date, kind, "
                                       "seat_override_reason, end_date) VALUES (?, ?, ?, ?, ?, ?)");
    for (const QVariant &end : {QVariant(), dateValue(QDate(2027, 1, 31)), QVariant()})
        db->insert(sql, {7, 1, dateValue(QDate(2026, 9, 1)), QStringLiteral("regular"), QString(), end});
    QSqlQuery rows = db->exec(QStringLiteral("SELECT typeof(end_date) FROM placements ORDER BY id"));
    QStringList read;
    while (rows.next())
        read << rows.value(0).toString();
    CHECK(read == QStringList{QStringLiteral("null"), QStringLiteral("text"), QStringLiteral("null")});
}

TEST_CASE("dates are written as ISO text", "[database]")
{
    CHECK(dateValue(QDate(2026, 11, 9)).toString() == QStringLiteral("2026-11-09"));
    CHECK(dateValue(QDate(1999, 12, 31)).toString() == QStringLiteral("1999-12-31"));
    CHECK(dateValue(QDate(12345, 1, 2)).toString() == QDate(12345, 1, 2).toString(Qt::ISODate));
    CHECK(dateValue(QDate()).isNull());
}
