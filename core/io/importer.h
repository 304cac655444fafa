#pragma once
// Importing a location's spreadsheets: groups, placements (one row per child placement, with the
// child's details), staff, shifts and attendance, in that order and in one transaction: everything goes in, or
// nothing does. Every problem names its file, line and column.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace samenplan {

class Database;

namespace io {

struct ImportFiles {
    QString groups;
    QString placements;
    QString staff;
    QString shifts;
    QString attendance; // child;date;arrived;left[;group]
};

struct ImportProblem {
    QString file;
    int line = 0;
    QString column;
    QString reason;
    QString text() const; // "FILE:LINE: column: reason"
};

struct ImportReport {
    QList<ImportProblem> problems; // when not empty, nothing was written
    QStringList notes;             // e.g. extra columns that were ignored
    int groups = 0;
    int children = 0;
    int placements = 0;
    int staff = 0;
    int shifts = 0;
    int attendance = 0;
    bool written = false;
};

// Called now and then with the rows done and the rows in all files, for a progress bar.
using ImportProgress = std::function<void(int done, int total)>;

// With dryRun everything is checked and nothing written. Throws DbError only for database failures.
ImportReport importFiles(const Database &db, const ImportFiles &files, bool dryRun, const ImportProgress &progress = {});

// Where the import wizard keeps the file as it was before an import (an import is one transaction,
// not an undo step): FILE.before-import beside it.
QString importBackupPath(const QString &databasePath);

} // namespace io
} // namespace samenplan
