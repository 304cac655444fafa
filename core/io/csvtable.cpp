#include "io/csvtable.h"

#include "io/textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <utility>

namespace samenplan::io {
namespace {

class CsvText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::io::CsvText)
};

std::nullopt_t fail(CsvError *error, int line, const QString &reason)
{
    error->line = line;
    error->reason = reason;
    return std::nullopt;
}

bool blank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

QChar detectSeparator(const QString &text)
{
    qsizetype end = text.indexOf(QLatin1Char('\n'));
    const qsizetype cr = text.indexOf(QLatin1Char('\r'));
    if (end < 0 || (cr >= 0 && cr < end))
        end = cr;
    const QStringView firstLine = end < 0 ? QStringView(text) : QStringView(text).left(end);
    return firstLine.count(QLatin1Char(';')) >= firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
}

// How often c occurs in bytes, found by memchr (QByteArray::count(char) in Qt 6.4 looks at one
// byte at a time: 1.4 % of an import's instructions at 160 locations).
qsizetype occurrences(const QByteArray &bytes, char c)
{
    qsizetype count = 0;
    const char *at = bytes.constData();
    const char *const end = at + bytes.size();
    while ((at = static_cast<const char *>(std::memchr(at, c, size_t(end - at)))) != nullptr) {
        ++count;
        ++at;
    }
    return count;
}

} // namespace

QString CsvError::text() const
{
    return line > 0 ? CsvText::tr("line %1: %2").arg(line).arg(reason) : reason;
}

int CsvTable::column(const QStringList &names) const
{
    for (int i = 0; i < header.size(); ++i) {
        for (const QString &name : names) {
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

std::optional<CsvTable> parseCsv(const QByteArray &bytes, CsvError *error)
{
    DecodedText decoded;
    DecodeError decodeError;
    if (!decodeText(bytes, &decoded, &decodeError))
        return fail(error, decodeError.line, decodeError.reason);
    const QString &text = decoded.text;
    if (QStringView(text).trimmed().isEmpty())
        return fail(error, 1, CsvText::tr("the file is empty"));
    CsvTable table;
    table.encoding = decoded.encoding;
    table.separator = detectSeparator(text);

    QList<CsvRecord> records;
    // At most one record a line: the records' list is allocated once.
    records.reserve(occurrences(bytes, '\n') + occurrences(bytes, '\r') + 1);
    qsizetype columns = 0; // the header's fields: each record's list is allocated once
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        if (current.fields.isEmpty() && columns > 0)
            current.fields.reserve(columns);
        current.fields.append(std::exchange(field, QString()));
        fieldStarted = false;
        return current.fields.size() <= MaxCsvColumns;
    };
    auto endRecord = [&] {
        const bool fits = endField();
        if (!blank(current)) {
            if (records.isEmpty())
                columns = current.fields.size();
            records.append(std::move(current));
        }
        current = CsvRecord{line, {}};
        return fits;
    };
    auto tooManyColumns = [&](int recordLine) {
        return fail(error, recordLine, CsvText::tr("more than %1 columns: this is not an import table").arg(MaxCsvColumns));
    };
    const QChar *const data = text.constData();
    const char16_t separator = table.separator.unicode();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        // A line ends in LF, CR LF, or a lone CR.
        const bool lineBreak = c == u'\n' || (c == u'\r' && (i + 1 == size || data[i + 1] != u'\n'));
        if (c == u'\r' && !lineBreak)
            continue; // the CR of a CR LF
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && data[i + 1] == u'"') {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (lineBreak) {
                ++line;
                field += QLatin1Char('\n');
            } else {
                field += QChar(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            if (!endField())
                return tooManyColumns(current.line);
        } else if (lineBreak) {
            ++line;
            const int recordLine = current.line;
            if (!endRecord())
                return tooManyColumns(recordLine);
        } else {
            // The run of plain characters up to the next separator, quote or line end, at once.
            qsizetype end = i + 1;
            while (end < size) {
                const char16_t next = data[end].unicode();
                if (next == separator || next == u'"' || next == u'\n' || next == u'\r')
                    break;
                ++end;
            }
            if (field.isEmpty())
                field = QString(data + i, end - i); // the usual field: one run, one allocation
            else
                field += QStringView(data + i, end - i);
            i = end - 1;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(error, current.line, CsvText::tr("a quoted field is not closed before the end of the file"));
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        const int recordLine = current.line;
        if (!endRecord()) // a file that ends without a line break
            return tooManyColumns(recordLine);
    }
    if (records.isEmpty())
        return fail(error, 1, CsvText::tr("the file is empty"));
    if (records.size() == 1)
        return fail(error, 1, CsvText::tr("the file has a header but no data rows"));
    for (const QString &name : records.first().fields)
        table.header << name.trimmed();
    records.removeFirst();
    table.records = std::move(records);
    return table;
}

std::optional<CsvTable> readCsvFile(const QString &path, CsvError *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, 0, CsvText::tr("the file does not exist"));
    if (!info.isFile())
        return fail(error, 0, CsvText::tr("this is not a file but a folder, a pipe or a device"));
    if (info.size() > MaxCsvFileBytes)
        return fail(error, 0, CsvText::tr("the file is larger than %1 MB: this is not an import table").arg(MaxCsvFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, 0, file.errorString());
    return parseCsv(file.readAll(), error);
}

} // namespace samenplan::io
