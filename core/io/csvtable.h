#pragma once
// Reading a spreadsheet's CSV export: UTF-8 with or without byte-order mark, or Windows-1252 (see
// io/textdecoding.h); ';' or ',' as separator, detected from the header; lines ending in LF, CR LF or
// a lone CR (old Mac files); quoted fields with separators, quotes and line breaks inside. Every
// record keeps the line it starts on, so problems can name it.

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
    QList<CsvRecord> records; // at least one; rows without any value are left out
    QChar separator;
    QString encoding;       // "UTF-8" or "Windows-1252"

    // The index of the first header matching any of the names (case-insensitive), or -1.
    int column(const QStringList &names) const;
};

struct CsvError {
    int line = 0;   // 1-based line of the problem; 0 when it is about the file as a whole
    QString reason; // one sentence on one line
    QString text() const; // "line N: reason", or the reason alone
};

// An import table has a handful of columns and a few thousand rows: far more is not such a table.
inline constexpr int MaxCsvColumns = 1000;
inline constexpr qint64 MaxCsvFileBytes = 100 * 1024 * 1024;

// Parses bytes; a file that cannot be read as one table with data rows gives nullopt and error.
std::optional<CsvTable> parseCsv(const QByteArray &bytes, CsvError *error);

// Reads and parses the file at path: refuses what is not a regular file or is too large to be an
// import table before reading it.
std::optional<CsvTable> readCsvFile(const QString &path, CsvError *error);

} // namespace samenplan::io
