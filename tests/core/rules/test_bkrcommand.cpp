#include "catch.h"
#include "clirunner.h"
#include "dutchinterface.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject parse(const QString &line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("bkr --ages answers in JSON with the contract's fields", "[cli][bkr]")
{
    const CliRun run = runCliWith({QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"),
                                   QStringLiteral("--ages"), QStringLiteral("0,0,2,3,3"), QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    const QJsonObject answer = parse(run.out.trimmed());
    CHECK(answer.value(QStringLiteral("valid")).toBool());
    CHECK(answer.value(QStringLiteral("required")).toInt() == 2);
    CHECK(answer.value(QStringLiteral("ruleset")).toString() == QStringLiteral("dagopvang-tabel1-2019"));
    CHECK(answer.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("146/144")));

    const CliRun bso = runCliWith({QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("bso"),
                                   QStringLiteral("--ages"), QStringLiteral("5,5,5,5,5,5,5,5,5,5,8"),
                                   QStringLiteral("--date"), QStringLiteral("2024-01-15"), QStringLiteral("--json")});
    CHECK(parse(bso.out.trimmed()).value(QStringLiteral("required")).toInt() == 2);

    const CliRun human = runCliWith({QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"),
                                     QStringLiteral("--ages"), QStringLiteral("1,1,1,1,1,1")});
    CHECK(human.exitCode == 0);
    CHECK(human.out.contains(QStringLiteral("2")));
}

TEST_CASE("bkr --stdin answers every line in order, bad lines get an error and exit 1", "[cli][bkr]")
{
    const QString input = QStringLiteral("0,0,1,1\n0,0,0,0,0,0,0,0,0,0,0,0,0\nx,1\n4\n\n2, 3\n");
    const CliRun run = runCliWith({QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"),
                                   QStringLiteral("--stdin"), QStringLiteral("--date"), QStringLiteral("2026-11-23")},
                                  input);
    CHECK(run.exitCode == 1);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 6);
    CHECK(parse(lines.at(0)).value(QStringLiteral("required")).toInt() == 1);
    const QJsonObject notAllowed = parse(lines.at(1));
    CHECK_FALSE(notAllowed.value(QStringLiteral("valid")).toBool());
    CHECK(notAllowed.value(QStringLiteral("required")).isNull());
    CHECK(parse(lines.at(2)).value(QStringLiteral("error")).toString().startsWith(QStringLiteral("line 3: ")));
    CHECK(parse(lines.at(3)).value(QStringLiteral("error")).toString().startsWith(QStringLiteral("line 4: ")));
    CHECK(parse(lines.at(4)).value(QStringLiteral("error")).toString().startsWith(QStringLiteral("line 5: ")));
    CHECK(parse(lines.at(5)).value(QStringLiteral("required")).toInt() == 1);

    const CliRun clean = runCliWith({QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("bso"),
                                     QStringLiteral("--stdin")},
                                    QStringLiteral("5,8\n12\n"));
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.count(QLatin1Char('\n')) == 2);
}

TEST_CASE("bkr --stdin writes each answer in the very bytes of QJsonDocument's compact JSON", "[cli][bkr]")
{
    // --stdin writes its JSON itself; --ages --json still builds a QJsonDocument: line for line the same bytes.
    const QList<std::pair<QString, QString>> questions{
        {QStringLiteral("dagopvang"), QStringLiteral("0,0,2,3,3")},
        {QStringLiteral("dagopvang"), QStringLiteral("0,0,0,0,0,0,0,0,0,0,0,0,0")}, // not allowed: required null
        {QStringLiteral("dagopvang"), QStringLiteral("0,1,1,1,1,1,1,1,1,1,1,1,1,1")}, // fourteen children
        {QStringLiteral("bso"), QStringLiteral("4,5,5,5,5,5,5,5,5,5,5,8,12")},
    };
    for (const QString &date : {QStringLiteral("2026-11-23"), QStringLiteral("2026-07-20")}) {
        for (const auto &[setting, ages] : questions) {
            const CliRun one = runCliWith({QStringLiteral("bkr"), QStringLiteral("--setting"), setting, QStringLiteral("--ages"),
                                           ages, QStringLiteral("--date"), date, QStringLiteral("--json")});
            const CliRun many = runCliWith({QStringLiteral("bkr"), QStringLiteral("--setting"), setting,
                                            QStringLiteral("--stdin"), QStringLiteral("--date"), date},
                                           ages + QLatin1Char('\n') + ages + QStringLiteral("\n\"quoted\"\\,1\n"));
            REQUIRE(one.exitCode == 0);
            const QStringList lines = many.out.split(QLatin1Char('\n'));
            REQUIRE(lines.size() == 4);
            CHECK(lines.at(0) == one.out.trimmed());
            CHECK(lines.at(1) == one.out.trimmed());
            const QJsonObject error{{QStringLiteral("error"), parse(lines.at(2)).value(QStringLiteral("error"))}};
            CHECK(error.value(QStringLiteral("error")).toString().contains(QStringLiteral("\"quoted\"\\")));
            CHECK(lines.at(2) == QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)));
            CHECK(lines.at(3).isEmpty());
        }
    }
}

TEST_CASE("bkr refuses bad options with exit code 2", "[cli][bkr]")
{
    const QList<QStringList> bad{
        {QStringLiteral("bkr"), QStringLiteral("--ages"), QStringLiteral("1")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("creche"), QStringLiteral("--ages"), QStringLiteral("1")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"), QStringLiteral("--ages"), QStringLiteral("1"), QStringLiteral("--stdin")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"), QStringLiteral("--ages"), QStringLiteral("7")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("bso"), QStringLiteral("--ages"), QStringLiteral("2")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"), QStringLiteral("--ages"), QStringLiteral("1,,2")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"), QStringLiteral("--ages"), QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-13-01")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"), QStringLiteral("--ages"), QStringLiteral("1"), QStringLiteral("--colour")},
    };
    for (const QStringList &arguments : bad) {
        const CliRun run = runCliWith(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.out.isEmpty());
    }
}

namespace {

// bkr --stdin's answer to each line against bkr --ages LINE --json (the ordinary sentences and
// QJsonDocument), or the error of that line.
void compareWithAges(const QString &setting, const QString &input, const QStringList &errors = {})
{
    const QStringList base{QStringLiteral("bkr"), QStringLiteral("--setting"), setting, QStringLiteral("--date"),
                           QStringLiteral("2026-11-23")};
    const CliRun many = runCliWith(base + QStringList{QStringLiteral("--stdin")}, input);
    QStringList lines = input.split(QLatin1Char('\n'));
    if (input.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    if (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast(); // a final empty line is the end of the input
    const QStringList answers = many.out.split(QLatin1Char('\n'));
    REQUIRE(answers.size() == lines.size() + 1);
    CHECK(answers.last().isEmpty());
    CHECK(many.exitCode == (errors.isEmpty() ? 0 : 1));
    int differences = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).endsWith(QLatin1Char('\r')) ? lines.at(i).chopped(1) : lines.at(i);
        const CliRun one = runCliWith(base + QStringList{QStringLiteral("--ages"), line, QStringLiteral("--json")});
        const QString expected = one.exitCode == 0
            ? one.out.trimmed()
            : QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                           QStringLiteral("%1 %2: %3")
                                                               .arg(errors.value(0), QString::number(i + 1),
                                                                    one.err.section(QStringLiteral("bkr: "), 1).trimmed())}})
                                    .toJson(QJsonDocument::Compact));
        if (answers.at(i) != expected && ++differences <= 3) {
            INFO("line " << i + 1 << ": " << line.toStdString());
            CHECK(answers.at(i) == expected);
        }
    }
    CHECK(differences == 0);
}

} // namespace

TEST_CASE("bkr --stdin answers every day-care composition as bkr --ages --json does, in English and Dutch",
          "[cli][bkr]")
{
    // bench_scale.py's input: every composition of 1 to 17 children aged 0 to 3, 5,984 lines.
    QString input;
    for (int a = 0; a <= 17; ++a) {
        for (int b = 0; a + b <= 17; ++b) {
            for (int c = 0; a + b + c <= 17; ++c) {
                for (int d = 0; a + b + c + d <= 17; ++d) {
                    QStringList ages;
                    for (const auto &[count, age] : {std::pair{a, 0}, {b, 1}, {c, 2}, {d, 3}}) {
                        for (int i = 0; i < count; ++i)
                            ages.append(QString::number(age));
                    }
                    if (!ages.isEmpty())
                        input += ages.join(QLatin1Char(',')) + QLatin1Char('\n');
                }
            }
        }
    }
    REQUIRE(input.count(QLatin1Char('\n')) == 5984);
    compareWithAges(QStringLiteral("dagopvang"), input);
    const DutchInterface dutch;
    compareWithAges(QStringLiteral("dagopvang"), input);
}

TEST_CASE("bkr --stdin reads its lines as before: spaces, CRLF, signs, blank lines, no final newline",
          "[cli][bkr]")
{
    // Lines the quick reading of plain ages leaves to the ordinary one, and lines that are errors.
    compareWithAges(QStringLiteral("dagopvang"),
                    QStringLiteral("0,1\r\n 1 , 2 ,3\n2\t,3\r\n+2\n01,3\n\n1,,2\n4\n10\n0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,"
                                   "0,0,0,0,0,0,0,0,0,0\n٣\n3"),
                    {QStringLiteral("line")});
    compareWithAges(QStringLiteral("bso"), QStringLiteral("4,12,7\n 10 , 11\n04,5\n3\n13\n100\n5,8\n\n"),
                    {QStringLiteral("line")});
    compareWithAges(QStringLiteral("dagopvang"), QStringLiteral("1\n\n"));
    compareWithAges(QStringLiteral("dagopvang"), QStringLiteral("1\n  "));
    compareWithAges(QStringLiteral("dagopvang"), QString());
    const DutchInterface dutch;
    compareWithAges(QStringLiteral("dagopvang"), QStringLiteral("0,1\nx\n2,2\n"), {QStringLiteral("regel")});
}
