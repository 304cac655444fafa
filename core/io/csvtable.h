#pragma once
// Reading a spreadsheet's CSV export: UTF-8 with or without byte-order mark, or Windows-1252;
// ';' or ',' as separator, detected from the header; quoted fields with separators, quotes and line
// breaks inside. Every record keeps the line it starts on, so problems can name it.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samenplan::io {

struct CsvRecord {
    int line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

struct CsvTable {
    QStringList header;     // as written, trimmed
    QList<CsvRecord> records;
    QChar separator;
    QString encoding;       // "UTF-8" or "Windows-1252"

    // The index of the first header matching any of the names (case-insensitive), or -1.
    int column(const QStringList &names) const;
};

// Parses bytes; on a file that cannot be read as CSV returns nullopt and one sentence in error
// (with the line where that applies).
std::optional<CsvTable> parseCsv(const QByteArray &bytes, QString *error);

} // namespace samenplan::io
