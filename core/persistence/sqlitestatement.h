#pragma once
// A file's kept changes run straight on the SQLite statement Qt's driver prepared for them: bound,
// stepped and reset here, with the values stored as Qt's driver would store them and a failure
// reported as it would report it. Qt's own binding formats and hashes a placeholder name per value,
// the larger part of a small INSERT's cost in an import (database.cpp's runKept uses this).
// Kept reads are stepped here too, their columns read one at a time as the caller asks for them:
// Qt's driver turns every column of every row into a QVariant first (Database::Rows uses this).

#include <QDate>
#include <QSqlError>
#include <QString>
#include <QVariantList>

class QSqlQuery;
struct sqlite3_stmt;

namespace samenplan {

// The SQLite statement a prepared query of a file holds; null on a server.
sqlite3_stmt *sqliteStatement(const QSqlQuery &query);

// Binds the values, runs the statement once and resets it. Returns the error, or an invalid QSqlError.
QSqlError runSqlite(sqlite3_stmt *statement, const QVariantList &values);

// Binds the values for a read the caller steps (sqlite3_step) and resets. Returns the error, or an
// invalid QSqlError.
QSqlError bindSqlite(sqlite3_stmt *statement, const QVariantList &values);
// Why stepping failed: SQLite's primary result code and its own words.
struct SqliteFailure {
    enum class Kind { Damaged, ReadError, Locked, NoMemory, Other };
    int code = 0; // 0: no failure
    QString text;
    Kind kind() const;
};

// Whether stepping gave a row; false at the end, and on an error, which then fills failure
// (QSqlQuery::next() says nothing of it but in lastError()).
bool stepSqlite(sqlite3_stmt *statement, SqliteFailure *failure);
void resetSqlite(sqlite3_stmt *statement);

// A column of the current row: as Qt's driver gives it (an integer as qlonglong, SQL NULL as a
// null QString variant, text as QString), or typed: 0, an empty QString or a null QDate for NULL.
QVariant sqliteValue(sqlite3_stmt *statement, int column);
qint64 sqliteInteger(sqlite3_stmt *statement, int column);
bool sqliteIsNull(sqlite3_stmt *statement, int column);
QString sqliteText(sqlite3_stmt *statement, int column);
// The column as SQLite's own UTF-8 text (empty for NULL; a number as SQLite writes it), valid until
// the statement steps or the column is read otherwise.
QByteArrayView sqliteUtf8(sqlite3_stmt *statement, int column);
// A YYYY-MM-DD column as QDate::fromString(text, Qt::ISODate) reads it.
QDate sqliteDate(sqlite3_stmt *statement, int column);
// Text as a date, as QDate::fromString(text, Qt::ISODate) reads it, without its general parser when
// the text is plainly YYYY-MM-DD.
QDate isoDateFromUtf8(const char *text, qsizetype size);

// After a run on the statement: the rows the change touched, the id of the row it inserted.
int sqliteChangedRows(sqlite3_stmt *statement);
qint64 sqliteInsertedId(sqlite3_stmt *statement);

} // namespace samenplan
