#pragma once
// What the fuzz targets do with one input, shared with the regression test that runs every seed
// and every finding in the normal test suite (tests/core/safety/test_fuzzfindings.cpp). Each returns
// empty, or a finding that is not a crash (a crash is found by the sanitizers or the signal).

#include "io/importer.h"
#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/staffrepository.h"
#include "placement/occupancy.h"
#include "planning/planningdata.h"
#include "roster/rostercheck.h"
#include "util/clock.h"

#include <QFile>

namespace samenplan::fuzz {

// path as the groups, the placements, the staff, the shifts and the attendance file of one import, a dry run into
// db (the transaction rolls back, so db stays the same for every input): the reader (encodings,
// line endings, quotes), the column mapping and every row's checks. Bad input must get one-line
// problems and never reach the database's constraints.
inline QString importCsv(const Database &db, const QString &path)
{
    const io::ImportFiles files{path, path, path, path, path};
    try {
        const io::ImportReport report = io::importFiles(db, files, true);
        for (const io::ImportProblem &problem : report.problems) {
            if (problem.text().contains(QLatin1Char('\n')) || problem.text().contains(QLatin1Char('\r')))
                return QStringLiteral("a problem of more than one line: ") + problem.text();
        }
    } catch (const DbError &error) {
        return QStringLiteral("the import reached a database error: ") + error.message();
    }
    return {};
}

inline void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

// path opened as a Samenplan database; when it opens (the open check found nothing wrong), the
// reads every page starts with run on it: the planning data of week 2026-W48, the occupancy of each
// day and the roster checks. A file the opener accepts must never crash those.
inline QString openDatabase(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.database)
        return {};
    try {
        const IsoWeek week{2026, 48};
        const auto plan = planning::PlanningData::load(*opened.database, week.monday(), week.day(7));
        for (int day = 1; day <= 7; ++day)
            planning::occupancyOn(plan, week.day(day));
        roster::checkWeek(plan, StaffRepository(*opened.database).allFixedFaces(), week);
    } catch (const DbError &) {
        // a read that fails reaches the user as a message: not a crash
    }
    return {};
}

} // namespace samenplan::fuzz
