#pragma once
// A file's kept changes run straight on the SQLite statement Qt's driver prepared for them: bound,
// stepped and reset here, with the values stored as Qt's driver would store them and a failure
// reported as it would report it. Qt's own binding formats and hashes a placeholder name per value,
// the larger part of a small INSERT's cost in an import (database.cpp's runKept uses this).

#include <QSqlError>
#include <QVariantList>

class QSqlQuery;
struct sqlite3_stmt;

namespace samenplan {

// The SQLite statement a prepared query of a file holds; null on a server.
sqlite3_stmt *sqliteStatement(const QSqlQuery &query);

// Binds the values, runs the statement once and resets it. Returns the error, or an invalid QSqlError.
QSqlError runSqlite(sqlite3_stmt *statement, const QVariantList &values);

// After a run on the statement: the rows the change touched, the id of the row it inserted.
int sqliteChangedRows(sqlite3_stmt *statement);
qint64 sqliteInsertedId(sqlite3_stmt *statement);

} // namespace samenplan
