#include "io/csvtable.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace samenplan::io {
namespace {

class CsvText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::io::CsvText)
};

QString decode(const QByteArray &bytes, QString *encoding)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.mid(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(data);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not UTF-8: what Dutch spreadsheet programs on Windows write.
    QStringDecoder windows("windows-1252");
    *encoding = QStringLiteral("Windows-1252");
    if (windows.isValid())
        return windows(data);
    return QString::fromLatin1(data);
}

} // namespace

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

std::optional<CsvTable> parseCsv(const QByteArray &bytes, QString *error)
{
    if (bytes.trimmed().isEmpty() || bytes == QByteArray("\xEF\xBB\xBF")) {
        *error = CsvText::tr("the file is empty");
        return std::nullopt;
    }
    if (bytes.contains('\0')) {
        *error = CsvText::tr("this is not a text file (it contains binary data)");
        return std::nullopt;
    }
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = firstBreak < 0 ? text : text.left(firstBreak);
    table.separator = firstLine.count(QLatin1Char(';')) >= firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');

    QList<CsvRecord> records;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = CsvRecord{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table.separator) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c == QLatin1Char('\r')) {
            // part of a Windows line ending
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = CsvText::tr("line %1: a quoted field is not closed before the end of the file").arg(current.line);
        return std::nullopt;
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord(); // a file that ends without a line break
    if (records.isEmpty()) {
        *error = CsvText::tr("the file is empty");
        return std::nullopt;
    }
    for (const QString &name : records.first().fields)
        table.header << name.trimmed();
    table.records = records.mid(1);
    return table;
}

} // namespace samenplan::io
