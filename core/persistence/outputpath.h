#pragma once
// Where an output (an export, a printed PDF, a calendar, a copy) may not go: onto the open database
// by any of its names (compared by file identity, so a symbolic link, a hard link or ./x/../x does
// not slip past), onto the files kept beside it (-wal, -shm, -journal, .lock), or onto a folder.
// Every command-line output option and every save dialog asks this before writing anything.

#include <QString>
#include <QStringList>

namespace samenplan {

// One readable sentence why output may not be written while databasePath is open, or empty.
QString outputPathProblem(const QString &output, const QString &databasePath);

// The suffixes of the files SQLite and Samenplan keep beside a database file.
QStringList databaseCompanionSuffixes();

} // namespace samenplan
