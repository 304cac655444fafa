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

TEST_CASE("a kept change stores each kind of value as Qt's SQLite driver stores it, and reports its failures", "[database]")
{
    // Kept changes of a file are bound on their SQLite statement directly; the same values bound by
    // Qt's driver (a QSqlQuery of its own) must be stored with the same type and the same bytes.
    TempDir tmp;
    auto db = withAuditRows(tmp, 0);
    db->execDirect(QStringLiteral("CREATE TABLE kinds (id INTEGER PRIMARY KEY, side TEXT, k INTEGER, v)"));
    const QList<QVariant> values{
        QVariant(7), QVariant(true), QVariant(false), QVariant(qlonglong(1) << 40), QVariant(uint(4000000000u)),
        QVariant(2.5), QVariant(-0.125), QStringLiteral("tekst"), QStringLiteral("é ü ☃ 😀 'quoted' \"double\""),
        QStringLiteral(""), QVariant(), QVariant(QDate(2026, 11, 29)), QVariant(QDate()),
        QVariant(QByteArray("\x01\x00\x02", 3)), QVariant(QByteArray()), QVariant(QTime(8, 30)),
        QVariant(QDateTime(QDate(2026, 11, 29), QTime(1, 2, 3, 4))), QVariant(qulonglong(5)), QVariant(float(1.5))};
    for (int i = 0; i < values.size(); ++i) {
        db->insert(QStringLiteral("INSERT INTO kinds (side, k, v) VALUES (?, ?, ?)"), {QStringLiteral("kept"), i, values.at(i)});
        QSqlQuery viaQt(db->connection());
        REQUIRE(viaQt.prepare(QStringLiteral("INSERT INTO kinds (side, k, v) SELECT ?, ?, ?")));
        for (const QVariant &value : {QVariant(QStringLiteral("qt")), QVariant(i), values.at(i)})
            viaQt.addBindValue(value);
        REQUIRE(viaQt.exec()); // Qt's own binding (this query is not kept by Database)
    }
    QSqlQuery compare = db->exec(QStringLiteral(
        "SELECT a.k, typeof(a.v), quote(a.v), typeof(b.v), quote(b.v) FROM kinds a JOIN kinds b ON b.k = a.k "
        "AND b.side = 'qt' WHERE a.side = 'kept' ORDER BY a.k"));
    int compared = 0;
    while (compare.next()) {
        INFO("value " << compare.value(0).toInt() << ": " << compare.value(2).toString().toStdString());
        CHECK(compare.value(1).toString() == compare.value(3).toString());
        CHECK(compare.value(2).toString() == compare.value(4).toString());
        ++compared;
    }
    CHECK(compared == values.size());

    // A broken rule reports SQLite's reason; too few values are refused; the statement runs on after.
    const QString sql = QStringLiteral("INSERT INTO youth_care_providers (name, kind) VALUES (?, ?)");
    db->insert(sql, {QStringLiteral("Een"), QStringLiteral("cjg")});
    try {
        db->insert(sql, {QStringLiteral("Een"), QStringLiteral("cjg")});
        FAIL("a second provider of the same name was stored");
    } catch (const DbError &error) {
        CHECK(error.message().contains(QStringLiteral("UNIQUE constraint failed")));
    }
    CHECK_THROWS_AS(db->insert(sql, {QStringLiteral("Twee")}), DbError);
    CHECK(db->insert(sql, {QStringLiteral("Twee"), QStringLiteral("cjg")}) > 0);
    CHECK(db->change(QStringLiteral("UPDATE youth_care_providers SET kind = ? WHERE kind = ?"),
                     {QStringLiteral("youth-care-provider"), QStringLiteral("cjg")}) == 2);
}
