#pragma once
// Numbered schema migrations, the same on SQLite and PostgreSQL. The schema version lives in PRAGMA
// user_version on SQLite and in the one-row table samenplan_schema on PostgreSQL; migration N takes
// a database from version N-1 to N inside one transaction that rolls back on failure.

#include <QStringList>

#include <functional>
#include <vector>

namespace samenplan {

class Database;

struct Migration {
    int version;
    QString description;
    std::function<void(const Database &)> apply; // throws DbError
};

const std::vector<Migration> &schemaMigrations();
int currentSchemaVersion();

// Brings db up to the last migration of the list. Throws DbError naming the migration that failed;
// that migration's changes are rolled back and the version stays at the one before it.
void migrate(const Database &db, const std::vector<Migration> &migrations);

// Reads the schema version (PRAGMA user_version on SQLite, samenplan_schema on PostgreSQL).
int readSchemaVersion(const Database &db);

// Runs DDL written with the portable placeholders below, one statement at a time:
//   %ID%   -> the dialect's auto-numbered primary key column type
void execDdl(const Database &db, const QStringList &statements);

// The tables the database has now (on a server: in the current schema). A migration that installs
// something per table works on these, not on samenplanTables(), which lists the newest schema's
// tables: an older database upgraded step by step does not have a later migration's tables yet.
QStringList existingTables(const Database &db);

} // namespace samenplan
