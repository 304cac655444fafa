// Database::read() on a file steps the SQLite statement itself (issue 12): its rows must read as
// Qt's driver gives them, typed or as QVariants, and a kept statement must behave as before.

#include "catch.h"
#include "demodb.h"

#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/sqlitelibrary.h"
#include "persistence/sqlitestatement.h"

#include <QSqlQuery>

#include <cstdio>

#include <sqlite3.h>

using namespace samenplan;

namespace {

std::unique_ptr<Database> scratchDatabase(const TempDir &tmp)
{
    auto created = Database::create(tmp.file(QStringLiteral("rows.samenplan")), {});
    REQUIRE(created.database);
    created.database->execDirect(QStringLiteral("CREATE TABLE sample (n INTEGER, t TEXT, d TEXT, x REAL)"));
    created.database->exec(QStringLiteral("INSERT INTO sample VALUES (?, ?, ?, ?)"),
                           {qlonglong(1234567890123), QStringLiteral("Zoë"), QStringLiteral("2026-11-25"), 2.5});
    created.database->exec(QStringLiteral("INSERT INTO sample VALUES (NULL, NULL, NULL, NULL)"));
    created.database->exec(QStringLiteral("INSERT INTO sample VALUES (?, ?, ?, ?)"),
                           {-7, QStringLiteral(""), QStringLiteral("2026-02-30"), 0.0});
    return std::move(created.database);
}

} // namespace

TEST_CASE("rows read on the statement give what Qt's driver gives", "[database][rows]")
{
    TempDir tmp;
    auto db = scratchDatabase(tmp);
    const QString sql = QStringLiteral("SELECT n, t, d, x FROM sample ORDER BY rowid");
    QSqlQuery qt(db->connection());
    REQUIRE(qt.exec(sql));
    auto rows = db->read(sql);
    int count = 0;
    while (rows.next()) {
        REQUIRE(qt.next());
        ++count;
        for (int column = 0; column < 4; ++column) {
            INFO("row " << count << ", column " << column);
            const QVariant expected = qt.value(column);
            const QVariant got = rows.value(column);
            CHECK(got.metaType() == expected.metaType());
            CHECK(got.isNull() == expected.isNull());
            CHECK(got == expected);
            CHECK(rows.integer(column) == expected.toLongLong());
            CHECK(rows.text(column) == expected.toString());
            CHECK(rows.text(column).isNull() == expected.toString().isNull());
            CHECK(rows.id(column) == idFrom(expected));
            CHECK(rows.date(column) == dateFrom(expected));
        }
    }
    CHECK_FALSE(qt.next());
    CHECK(count == 3);
    CHECK_FALSE(rows.next()); // stays at the end: stepping on would run the statement again
}

TEST_CASE("SQLite keeps no memory statistics when told before its first connection", "[database][rows]")
{
    // The test main() sets it as the programs' main()s do: a file written and read leaves
    // SQLite's counter of memory in use at zero, which it would not be with statistics on.
    TempDir tmp;
    auto db = scratchDatabase(tmp);
    auto rows = db->read(QStringLiteral("SELECT n, t FROM sample ORDER BY rowid"));
    REQUIRE(rows.next());
    CHECK(sqlite3_memory_used() == 0);
    CHECK(sqlite3_memory_highwater(0) == 0);
    // Once SQLite has started it is too late, and nothing changes.
    CHECK_FALSE(configureSqliteLibrary());
    CHECK(sqlite3_memory_used() == 0);
}

TEST_CASE("a kept read runs again with new values, and a nested read of the same SQL gets its own", "[database][rows]")
{
    TempDir tmp;
    auto db = scratchDatabase(tmp);
    const QString sql = QStringLiteral("SELECT t FROM sample WHERE n = ?");
    {
        auto first = db->read(sql, {-7});
        REQUIRE(first.next());
        CHECK(first.text(0).isEmpty());
        auto nested = db->read(sql, {qlonglong(1234567890123)}); // while the first is still read
        REQUIRE(nested.next());
        CHECK(nested.text(0) == QStringLiteral("Zoë"));
        CHECK_FALSE(first.next());
    }
    auto again = db->read(sql, {qlonglong(1234567890123)});
    REQUIRE(again.next());
    CHECK(again.text(0) == QStringLiteral("Zoë"));
    // Rows given new rows in the middle of the old ones end the old ones first: the statement is
    // ready for the next read of the same SQL.
    again = db->read(QStringLiteral("SELECT n FROM sample ORDER BY rowid"));
    REQUIRE(again.next());
    auto third = db->read(sql, {-7});
    REQUIRE(third.next());
    CHECK(third.text(0).isEmpty());
    // A bad value count is an error, not a silent empty read.
    CHECK_THROWS_AS(db->read(sql, {1, 2}), DbError);
}

TEST_CASE("dates read as QDate::fromString reads them", "[database][rows]")
{
    for (const char *text : {"2026-11-25", "2024-02-29", "2026-02-29", "2026-13-01", "2026-00-10", "0000-01-01",
                             "9999-12-31", "2026-1-05", "2026/11/25", "20261125", "", "2026-11-25T10:00",
                             "abcd-ef-gh", " 2026-11-2"}) {
        INFO(text);
        const QByteArray bytes(text);
        CHECK(isoDateFromUtf8(bytes.constData(), bytes.size()) == QDate::fromString(QString::fromUtf8(bytes), Qt::ISODate));
    }
}

TEST_CASE("every day, and every impossible one, reads as QDate gives it", "[database][rows]")
{
    // The years around the leap rules' turns, and the last ones: every month with days 0 to 32.
    QList<int> years;
    for (int year = 1; year <= 2100; ++year)
        years.append(year);
    years << 2400 << 9996 << 9999;
    char text[11];
    int mismatches = 0;
    for (const int year : std::as_const(years)) {
        for (int month = 0; month <= 13; ++month) {
            for (int day = 0; day <= 32; ++day) {
                std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
                const QDate expected(year, month, day);
                if (isoDateFromUtf8(text, 10) != expected) {
                    if (++mismatches <= 5)
                        FAIL_CHECK(text << " read as " << isoDateFromUtf8(text, 10).toString(Qt::ISODate).toStdString());
                }
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(isoDateFromUtf8("2024-02-29", 10) == QDate(2024, 2, 29));
    CHECK(isoDateFromUtf8("1900-02-29", 10).isNull());
    CHECK(isoDateFromUtf8("2000-02-29", 10) == QDate(2000, 2, 29));
}

TEST_CASE("a code reads as UTF-8 bytes, NULL as none", "[database][rows]")
{
    TempDir tmp;
    auto db = scratchDatabase(tmp);
    auto rows = db->read(QStringLiteral("SELECT t, n FROM sample ORDER BY rowid"));
    REQUIRE(rows.next());
    CHECK(rows.utf8(0) == QByteArrayView("Zo\xc3\xab"));
    CHECK(rows.utf8(1) == QByteArrayView("1234567890123"));
    REQUIRE(rows.next());
    CHECK(rows.utf8(0).isEmpty());
    REQUIRE(rows.next());
    CHECK(rows.utf8(0).isEmpty());
    CHECK(rows.utf8(1) == QByteArrayView("-7"));
}

TEST_CASE("a placement's kind reads from its stored bytes as from its text", "[database][rows]")
{
    for (const PlacementKind kind : {PlacementKind::Regular, PlacementKind::YouthCare}) {
        const QByteArray code = placementKindCode(kind).toUtf8();
        CHECK(placementKindFromCode(QByteArrayView(code)) == kind);
        CHECK(placementKindFromCode(QString::fromUtf8(code)) == kind);
    }
    for (const char *other : {"", "Regular", "youth-care ", "youth"})
        CHECK_FALSE(placementKindFromCode(QByteArrayView(other)).has_value());
}

TEST_CASE("a read that fails is named in the user's words, SQLite's own behind them", "[database][rows]")
{
    const auto text = [](int code, const char *sqlite) {
        return Database::readFailureText(SqliteFailure{code, QString::fromLatin1(sqlite)});
    };
    CHECK(text(SQLITE_CORRUPT, "database disk image is malformed")
          == QStringLiteral("the file is damaged (database disk image is malformed)"));
    CHECK(text(SQLITE_NOTADB, "file is not a database") == QStringLiteral("the file is damaged (file is not a database)"));
    CHECK(text(SQLITE_IOERR_SHORT_READ & 0xff, "disk I/O error")
          == QStringLiteral("the disk or the network gave a read error (disk I/O error)"));
    CHECK(text(SQLITE_BUSY, "database is locked") == QStringLiteral("another program keeps the file locked (database is locked)"));
    CHECK(text(SQLITE_NOMEM, "out of memory") == QStringLiteral("there is not enough memory (out of memory)"));
    CHECK(text(SQLITE_ERROR, "SQL logic error") == QStringLiteral("SQL logic error"));
}
