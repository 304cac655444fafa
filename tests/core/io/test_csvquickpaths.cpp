// The CSV reader's and the import's quick paths give what the general ones give: an ASCII file is
// decoded at once (UTF-8 and Windows-1252 files with the same rows go the long way), a plain field is
// taken in one piece, a field without spaces at its ends is used as it is, an ASCII name is lowered
// without Unicode's tables.

#include "catch.h"

#include "io/csvtable.h"
#include "io/importfields.h"

using namespace samenplan;

namespace {

// One table with every feature of the format, the name in the last row written as `name`.
QByteArray table(const QByteArray &name, const QByteArray &start = {})
{
    return start + "child;note;group\r\n"                       // 1
           "Anna Bos;\"a;b\";Egels\r\n"                         // 2: a separator in quotes
           "\r\n"                                               // 3: blank
           "\"Bram \"\"B\"\" Dekker\";\"two\r\nlines\";Egels\n" // 4-5: quotes and a line break in quotes
           ";;\n"                                               // 6: no values
           "  Cas  ;x\"y; Egels \r"                             // 7: spaces, a quote inside, old-Mac line end
           "Dirk;\"\";\r\n"                                     // 8: empty fields
           + name + ";\"\";last";                               // 9: no line end
}

struct Row {
    int line;
    QStringList fields;
};

QList<Row> rows(const QByteArray &bytes, QString *encoding = nullptr)
{
    io::CsvError error;
    const auto parsed = io::parseCsv(bytes, &error);
    INFO(error.text().toStdString());
    REQUIRE(parsed);
    CHECK(parsed->header == QStringList{QStringLiteral("child"), QStringLiteral("note"), QStringLiteral("group")});
    if (encoding)
        *encoding = parsed->encoding;
    QList<Row> result;
    for (const io::CsvRecord &record : parsed->records)
        result.append({record.line, record.fields});
    return result;
}

QList<Row> expected(const QString &name)
{
    return {{2, {QStringLiteral("Anna Bos"), QStringLiteral("a;b"), QStringLiteral("Egels")}},
            {4, {QStringLiteral("Bram \"B\" Dekker"), QStringLiteral("two\nlines"), QStringLiteral("Egels")}},
            {7, {QStringLiteral("  Cas  "), QStringLiteral("x\"y"), QStringLiteral(" Egels ")}},
            {8, {QStringLiteral("Dirk"), QString(), QString()}},
            {9, {name, QString(), QStringLiteral("last")}}};
}

void compare(const QList<Row> &read, const QList<Row> &wanted)
{
    REQUIRE(read.size() == wanted.size());
    for (int i = 0; i < read.size(); ++i) {
        INFO("record " << i);
        CHECK(read.at(i).line == wanted.at(i).line);
        CHECK(read.at(i).fields == wanted.at(i).fields);
    }
}

QString errorOf(const QByteArray &bytes)
{
    io::CsvError error;
    return io::parseCsv(bytes, &error) ? QString() : error.text();
}

} // namespace

TEST_CASE("CSV: an ASCII file reads as the same file in UTF-8 or Windows-1252 does", "[csv][import]")
{
    QString encoding;
    compare(rows(table("Zoe Lammers"), &encoding), expected(QStringLiteral("Zoe Lammers")));
    CHECK(encoding == QStringLiteral("UTF-8"));
    compare(rows(table("Zoe Lammers", "\xEF\xBB\xBF"), &encoding), expected(QStringLiteral("Zoe Lammers")));
    CHECK(encoding == QStringLiteral("UTF-8"));
    compare(rows(table("Zo\xC3\xAB Lammers"), &encoding), expected(QStringLiteral("Zoë Lammers")));
    CHECK(encoding == QStringLiteral("UTF-8"));
    compare(rows(table("Zo\xC3\xAB Lammers", "\xEF\xBB\xBF"), &encoding), expected(QStringLiteral("Zoë Lammers")));
    compare(rows(table("Zo\xEB Lammers"), &encoding), expected(QStringLiteral("Zoë Lammers")));
    CHECK(encoding == QStringLiteral("Windows-1252"));
}

TEST_CASE("CSV: problems name the line they are on, in ASCII and in other files", "[csv][import]")
{
    for (const QByteArray &name : {QByteArray("Zoe"), QByteArray("Zo\xC3\xAB"), QByteArray("Zo\xEB")}) {
        INFO(name.toStdString());
        const QByteArray header = "a;b\r\n" + name + ";\"two\nlines\"\r\n";
        QByteArray wide = header;
        for (int i = 0; i <= io::MaxCsvColumns; ++i)
            wide += "x;";
        CHECK(errorOf(wide + "\n") == QStringLiteral("line 4: more than 1000 columns: this is not an import table"));
        CHECK(errorOf(header + "\r\nopen;\"never closed\nlast;1\n")
              == QStringLiteral("line 5: a quoted field is not closed before the end of the file"));
        CHECK(errorOf(header + "bin\x01" ";1\n") == QStringLiteral("line 4: this is not a text file (it contains binary data: byte 0x01)"));
        CHECK(errorOf("a;b\r\n\r\n;\n") == QStringLiteral("line 1: the file has a header but no data rows"));
        CHECK(errorOf(" \r\n\t\n") == QStringLiteral("line 1: the file is empty"));
    }
}

TEST_CASE("import fields: trimmed as QString::trimmed() trims, whatever is at their ends", "[import]")
{
    io::CsvRecord row;
    row.fields = QStringList{QStringLiteral("plain"), QStringLiteral("  both  "), QStringLiteral("\tleft"),
                             QStringLiteral("right\n"), QStringLiteral("   "), QString(), QStringLiteral(""),
                             QStringLiteral("\u00A0non-breaking\u00A0"), QStringLiteral("in side"), QStringLiteral("\u2003em")};
    for (int column = 0; column < row.fields.size(); ++column) {
        INFO("column " << column);
        CHECK(io::field(row, column) == row.fields.at(column).trimmed());
        CHECK(io::field(row, column).isNull() == row.fields.at(column).trimmed().isNull());
    }
    CHECK(io::field(row, -1).isEmpty());
    CHECK(io::field(row, int(row.fields.size())).isEmpty());
}

TEST_CASE("import keys: lowered as QString::toLower() lowers, ASCII or not", "[import]")
{
    for (const QString &text : {QStringLiteral("Medewerker21 L001"), QStringLiteral("already lower 1;2|3"), QString(),
                                QStringLiteral(""), QStringLiteral("@[`{ AZaz"), QStringLiteral("ÉMILE Zoë"),
                                QStringLiteral("İSTANBUL"), QStringLiteral("ΟΔΥΣΣΕΥΣ"), QStringLiteral("STRASSE Straße")}) {
        INFO(text.toStdString());
        CHECK(io::lowerCase(text) == text.toLower());
        CHECK(io::lowerCase(text).isNull() == text.toLower().isNull());
    }
}
