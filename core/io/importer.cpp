#include "io/importer.h"

#include "changes/keptreads.h"
#include "io/csvtable.h"
#include "io/importrows.h"
#include "io/oneline.h"
#include "persistence/database.h"

#include <QFileInfo>

namespace samenplan::io {

QString ImportProblem::text() const
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(column, reason);
}

QString importBackupPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".before-import");
}

ImportReport importFiles(const Database &db, const ImportFiles &files, bool dryRun, const ImportProgress &progress)
{
    ImportReport report;
    Transaction transaction(db);
    const changes::KeptReads kept(db); // each stored record the rows link to is read once
    ImportContext context(db, report);
    context.setProgress(progress);
    const std::pair<QString, void (ImportContext::*)(const QString &, const CsvTable &)> steps[] = {
        {files.groups, &ImportContext::groups},
        {files.placements, &ImportContext::placements},
        {files.staff, &ImportContext::staff},
        {files.shifts, &ImportContext::shifts},
        {files.attendance, &ImportContext::attendance},
    };
    // Read every file first, so the progress knows the rows in all of them.
    QList<std::pair<QString, CsvTable>> tables;
    QList<void (ImportContext::*)(const QString &, const CsvTable &)> handlers;
    int total = 0;
    for (const auto &[path, step] : steps) {
        if (path.isEmpty())
            continue;
        const QString name = QFileInfo(path).fileName();
        CsvError error;
        auto table = readCsvFile(path, &error);
        if (!table) {
            report.problems.append({name, error.line, QStringLiteral("file"), error.reason});
            continue;
        }
        total += int(table->records.size());
        tables.append({name, std::move(*table)});
        handlers.append(step);
    }
    context.setTotal(total);
    for (int i = 0; i < tables.size(); ++i)
        (context.*handlers.at(i))(tables.at(i).first, tables.at(i).second);
    if (report.problems.isEmpty() && !dryRun) {
        transaction.commit();
        report.written = true;
    }
    // Every problem and note is one line, however odd the file's names and values are.
    for (ImportProblem &problem : report.problems) {
        problem.file = oneLine(problem.file);
        problem.column = oneLine(problem.column);
        problem.reason = oneLine(problem.reason);
    }
    for (QString &note : report.notes)
        note = oneLine(note);
    return report; // otherwise the transaction rolls back: the database is as it was
}

} // namespace samenplan::io
