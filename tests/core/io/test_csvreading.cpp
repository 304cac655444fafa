// The CSV reader: line endings, one encoding per file, tables without rows, one-line messages.

#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include "io/csvtable.h"
#include "persistence/database.h"

#include <QFile>
#include <QSqlQuery>

using namespace samenplan;

namespace {

struct ImportTarget {
    TempDir tmp;
    QString db = tmp.file(QStringLiteral("target.samenplan"));
    ImportTarget() { REQUIRE(runCliWith({QStringLiteral("init"), db}).exitCode == 0); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(tmp.file(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    QStringList column(const char *sql) const
    {
        auto opened = Database::open(db, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        QSqlQuery q = opened.database->exec(QLatin1String(sql));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    CliRun import(const QStringList &options) const { return runCliWith(QStringList{QStringLiteral("import"), db} + options); }
};

const QByteArray GroupsHeader = "location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes";
const QByteArray PlacementsHeader = "child;birth_date;group;start;end;days";

QStringList errLines(const CliRun &run)
{
    return run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("CSV: LF, CR LF and old-Mac CR line endings all end a line, also mixed", "[csv]")
{
    io::CsvError error;
    const auto table = io::parseCsv("a;b\rone;1\r\ntwo;\"2\r\nlines\"\rthree;3\nfour;4\r", &error);
    INFO(error.text().toStdString());
    REQUIRE(table);
    CHECK(table->header == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(table->records.size() == 4);
    CHECK(table->records.at(0).line == 2);
    CHECK(table->records.at(1).fields == QStringList{QStringLiteral("two"), QStringLiteral("2\nlines")});
    CHECK(table->records.at(1).line == 3);
    CHECK(table->records.at(2).line == 5); // the quoted line break counts
    CHECK(table->records.at(3).line == 6);
}

TEST_CASE("CSV: an old-Mac file (CR only) imports its rows", "[csv][import]")
{
    ImportTarget t;
    QByteArray groups = GroupsHeader + '\r';
    for (int i = 0; i < 20; ++i)
        groups += "De Linde;123456789012;Groep " + QByteArray::number(i) + ";dagopvang;0;4;16;4;07:30;18:30\r";
    const CliRun run = t.import({QStringLiteral("--groups"), t.write(QStringLiteral("mac.csv"), groups)});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty()); // no note about unknown columns
    CHECK(t.column("SELECT name FROM care_groups").size() == 20);
}

TEST_CASE("CSV: one 8 MB line is refused at once with one message", "[csv][import]")
{
    ImportTarget t;
    QByteArray line = PlacementsHeader;
    while (line.size() < 8 * 1024 * 1024)
        line += ";Kind Nummer;2025-01-01;Onbekend;2026-09-01;;ma";
    const CliRun run = t.import({QStringLiteral("--placements"), t.write(QStringLiteral("long.csv"), line)});
    CHECK(run.exitCode == 1);
    const QStringList lines = errLines(run);
    REQUIRE(lines.size() == 2); // the problem and the summary
    CHECK(lines.first().startsWith(QStringLiteral("long.csv:1: file: more than 1000 columns")));
}

TEST_CASE("CSV: UTF-8 and Windows-1252 files are read, a file mixing them is refused", "[csv][import]")
{
    ImportTarget t;
    REQUIRE(t.import({QStringLiteral("--groups"), t.write(QStringLiteral("g.csv"), GroupsHeader + "\nDe Linde;123456789012;Egeltjes;dagopvang;0;4;16;4;07:30;18:30\n")})
                .exitCode == 0);
    const QByteArray header = PlacementsHeader + '\n';
    SECTION("a stray Windows-1252 byte in a UTF-8 file names its line; nothing is imported")
    {
        const QString mixed = t.write(QStringLiteral("mixed.csv"), header + "Zo\xC3\xAB Lammers;2025-01-01;Egeltjes;2026-09-01;;ma\n"
                                                                             "Ren\xE9 Visser;2025-02-01;Egeltjes;2026-09-01;;di\n");
        const CliRun run = t.import({QStringLiteral("--placements"), mixed});
        CHECK(run.exitCode == 1);
        CHECK(run.err.section(QLatin1Char('\n'), 0, 0).startsWith(QStringLiteral("mixed.csv:3: file: byte 0xE9 is not UTF-8")));
        CHECK(t.column("SELECT first_name FROM children").isEmpty());
    }
    SECTION("a file marked UTF-8 by its byte-order mark with a Windows-1252 byte")
    {
        const CliRun run = t.import({QStringLiteral("--placements"),
                                     t.write(QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + header + "Ren\xE9 Visser;2025-02-01;Egeltjes;2026-09-01;;di\n")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.section(QLatin1Char('\n'), 0, 0).startsWith(QStringLiteral("bom.csv:2: file: the file is marked as UTF-8, but byte 0xE9")));
        CHECK(t.column("SELECT first_name FROM children").isEmpty());
    }
    SECTION("a byte that is no Windows-1252 character either")
    {
        const CliRun run = t.import({QStringLiteral("--placements"),
                                     t.write(QStringLiteral("odd.csv"), header + "Ren\xE9 Visser;2025-02-01;Egeltjes;2026-09-01;;di\nA\x81 B;2025-02-01;Egeltjes;2026-09-01;;di\n")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.section(QLatin1Char('\n'), 0, 0).startsWith(QStringLiteral("odd.csv:3: file: byte 0x81 is neither UTF-8 nor Windows-1252")));
    }
    SECTION("UTF-8 with or without byte-order mark, and Windows-1252 with its euro and quotes")
    {
        const CliRun run = t.import({QStringLiteral("--placements"),
                                     t.write(QStringLiteral("utf8.csv"), header + "Zo\xC3\xAB Lammers;2025-01-01;Egeltjes;2026-09-01;;ma\n")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(t.import({QStringLiteral("--placements"),
                        t.write(QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + header + "Ti\xC3\xABs Bakker;2025-01-01;Egeltjes;2026-09-01;;ma\n")})
                  .exitCode == 0);
        CHECK(t.import({QStringLiteral("--placements"),
                        t.write(QStringLiteral("ansi.csv"), header + "Ren\xE9 \x93" "Bo\x94 \x80;2025-02-01;Egeltjes;2026-09-01;;di\n")})
                  .exitCode == 0);
        const QStringList names = t.column("SELECT first_name || ' ' || last_name FROM children ORDER BY id");
        CHECK(names == QStringList{QStringLiteral("Zoë Lammers"), QStringLiteral("Tiës Bakker"), QStringLiteral("René “Bo” €")});
    }
}

TEST_CASE("CSV: a table with a header and no data rows is an error, and nothing is written", "[csv][import]")
{
    ImportTarget t;
    const QString groups = t.write(QStringLiteral("g.csv"), GroupsHeader + "\nDe Linde;123456789012;Egeltjes;dagopvang;0;4;16;4;07:30;18:30\n");
    for (const QByteArray &bytes : {PlacementsHeader + "\n", PlacementsHeader, PlacementsHeader + "\n;;;;;\n\n ; ;\n"}) {
        const CliRun run = t.import({QStringLiteral("--groups"), groups, QStringLiteral("--placements"), t.write(QStringLiteral("p.csv"), bytes)});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("p.csv:1: file: the file has a header but no data rows")));
        CHECK(t.column("SELECT name FROM care_groups").isEmpty());
    }
}

TEST_CASE("CSV: every problem is one line, however odd the file and its values", "[csv][import]")
{
    ImportTarget t;
    const QString longValue(100000, QLatin1Char('7'));
    const QByteArray groups = GroupsHeader + ";\"note\nwith a break\"\n"
                              "\"De\nLinde\";\"12\n34\t[31m\";Egeltjes;\"dag\ropvang\";0;4;16;4;07:30;18:30;\n"
                              "De Linde;" + longValue.toUtf8() + ";Dolfijnen;dagopvang;0;4;16;4;07:30;\"18\u2028:30\";\n";
    const CliRun run = t.import({QStringLiteral("--groups"), t.write(QStringLiteral("g\nroups.csv"), groups)});
    CHECK(run.exitCode == 1);
    const QStringList lines = errLines(run);
    INFO(run.err.left(2000).toStdString());
    CHECK(lines.size() >= 5); // a note, problems on lines 3 and 7, the summary
    for (const QString &line : lines) {
        CHECK(line.size() <= 400);
        CHECK((line.startsWith(QStringLiteral("g roups.csv")) || line.contains(QStringLiteral("nothing was imported"))));
        for (const QChar c : line)
            CHECK((c.category() != QChar::Other_Control && c != QChar(0x2028)));
    }
    CHECK(run.err.contains(QStringLiteral("g roups.csv:7: lrk: '7777")));
    CHECK(run.err.contains(QStringLiteral("7777…7777")));
    CHECK(run.err.contains(QStringLiteral("7777' is not an LRK number")));
}

TEST_CASE("CSV: a folder or a device is refused before it is read", "[csv][import]")
{
    ImportTarget t;
    const CliRun folder = t.import({QStringLiteral("--groups"), t.tmp.dir.path()});
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains(QStringLiteral("not a file but a folder")));
    const CliRun device = t.import({QStringLiteral("--groups"), QStringLiteral("/dev/null")});
    CHECK(device.exitCode == 1);
    CHECK(device.err.startsWith(QStringLiteral("null:0: file: this is not a file")));
}
