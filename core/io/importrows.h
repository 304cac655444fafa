#pragma once
// The rows of each import file turned into changes through the change layer (internal to
// io/importer.cpp): every row is checked by the same rules as a change made in the GUI, against what
// is stored plus the rows before it, and a refusal names the row's line and the column it is about.

#include "changes/placementchanges.h"
#include "domain/entities.h"
#include "io/importer.h"

#include <QHash>


namespace samenplan::io {

struct CsvTable;
struct CsvRecord;

class ImportContext {
public:
    ImportContext(const Database &db, ImportReport &report);

    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }
    void setTotal(int total) { m_total = total; }

    void groups(const QString &file, const CsvTable &table);
    void placements(const QString &file, const CsvTable &table);
    void staff(const QString &file, const CsvTable &table);
    void shifts(const QString &file, const CsvTable &table);
    void attendance(const QString &file, const CsvTable &table); // importattendance.cpp

private:
    // Finds the columns (English or Dutch names); reports missing required ones and notes extra ones.
    // Returns false when a required column is missing.
    bool mapColumns(const QString &file, const CsvTable &table, const QList<QStringList> &names, int required,
                    QList<int> *columns);
    void problem(const QString &file, const CsvRecord &row, const QString &column, const QString &reason);
    // Runs one change through the door. A refusal becomes a problem of the row in the column its
    // field maps to (fields without a column of their own go to fallbackColumn); warnings become
    // notes. Returns whether the change was written.
    template <typename Change>
    bool through(const QString &file, const CsvRecord &row, const QHash<QString, QString> &columns,
                 const QString &fallbackColumn, Change &&change)
    {
        try {
            noteWarnings(file, row, columns, fallbackColumn, change());
            return true;
        } catch (const ChangeRefused &refused) {
            reportRefusals(file, row, columns, fallbackColumn, refused.outcome());
            return false;
        }
    }
    void noteWarnings(const QString &file, const CsvRecord &row, const QHash<QString, QString> &columns,
                      const QString &fallbackColumn, const Outcome &outcome);
    void reportRefusals(const QString &file, const CsvRecord &row, const QHash<QString, QString> &columns,
                        const QString &fallbackColumn, const Outcome &outcome);
    Id providerNamed(const QString &name, const QString &file, const CsvRecord &row, const QString &column);
    void rowDone();

    const Database &m_db;
    ImportReport &m_report;
    changes::PlacementChanges m_placements;
    QHash<QString, Id> m_locationsByLrk;
    QHash<Id, Location> m_locations;
    QHash<QString, Group> m_groupsByName;
    QHash<QString, Id> m_childrenByKey; // "name|birth date"
    QHash<QString, Id> m_providersByName;
    QHash<QString, Staff> m_staffByName;
    ImportProgress m_progress;
    int m_total = 0;
    int m_done = 0;
};

} // namespace samenplan::io
