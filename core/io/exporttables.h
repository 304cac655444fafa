#pragma once
// The tables Samenplan exports for others: children per group, placements, staff, the roster and
// occupancy. Youth-care fields (placement kind, provider, referral) only when asked for.

#include "util/clock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace samenplan {

class Database;

namespace io {

struct ExportTable {
    QString name; // also the sheet name
    QStringList header;
    QList<QStringList> rows;
};

// Stable names of the tables (used on the command line): children, placements, staff, roster, occupancy.
QStringList exportTableNames();

// One table; date chooses the day (children, occupancy) and week (roster). Throws DbError.
ExportTable exportTable(const Database &db, const QString &name, const QDate &date, bool withYouthCare);

// CSV: ';', UTF-8 with byte-order mark, fields quoted where needed. XLSX: one sheet per table, through
// libxlsxwriter. Both are written whole or not at all; each returns an error sentence or empty.
QString writeCsv(const QString &path, const ExportTable &table);
QString writeXlsx(const QString &path, const QList<ExportTable> &tables);

} // namespace io
} // namespace samenplan
