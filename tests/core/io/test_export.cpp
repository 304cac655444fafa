#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include <QDir>
#include <QFile>

namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("export writes CSV for spreadsheets, youth-care fields only when asked", "[export]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const QString plain = tmp.file(QStringLiteral("placements.csv"));
    REQUIRE(runCliWith({QStringLiteral("export"), database, QStringLiteral("--table"), QStringLiteral("placements"),
                        QStringLiteral("--date"), QStringLiteral("2026-11-23"), QStringLiteral("--csv"), plain}).exitCode == 0);
    const QByteArray bytes = read(plain);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "child;birth_date;group;start;end;days;times\n"));
    CHECK(bytes.contains("Kiki Boateng;"));
    CHECK_FALSE(bytes.contains("Horizon"));
    CHECK_FALSE(bytes.contains("JH-2026"));

    const QString full = tmp.file(QStringLiteral("placements-youth.csv"));
    REQUIRE(runCliWith({QStringLiteral("export"), database, QStringLiteral("--table"), QStringLiteral("placements"),
                        QStringLiteral("--date"), QStringLiteral("2026-11-23"), QStringLiteral("--csv"), full,
                        QStringLiteral("--with-youth-care")}).exitCode == 0);
    const QByteArray withYouthCare = read(full);
    CHECK(withYouthCare.contains(";youth_care_provider;referral;referral_end\n"));
    CHECK(withYouthCare.contains("Jeugdhulp Horizon;JH-2026-"));
}

TEST_CASE("export writes every table as a sheet of one XLSX workbook, whole or not at all", "[export]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const QString xlsx = tmp.file(QStringLiteral("samenplan.xlsx"));
    REQUIRE(runCliWith({QStringLiteral("export"), database, QStringLiteral("--date"), QStringLiteral("2026-11-23"),
                        QStringLiteral("--xlsx"), xlsx}).exitCode == 0);
    const QByteArray bytes = read(xlsx);
    CHECK(bytes.startsWith("PK\x03\x04"));
    CHECK(bytes.contains("xl/worksheets/sheet5.xml"));
    CHECK_FALSE(QFile::exists(xlsx + QStringLiteral(".part")));

    const QList<QStringList> bad{
        {QStringLiteral("export"), database, QStringLiteral("--table"), QStringLiteral("salaries"), QStringLiteral("--csv"), tmp.file(QStringLiteral("x.csv"))},
        {QStringLiteral("export"), database, QStringLiteral("--csv"), tmp.file(QStringLiteral("x.csv"))},
        {QStringLiteral("export"), database, QStringLiteral("--table"), QStringLiteral("staff")},
        {QStringLiteral("export"), database, QStringLiteral("--xlsx"), tmp.file(QStringLiteral("no/such/x.xlsx"))},
        {QStringLiteral("export"), database, QStringLiteral("--table"), QStringLiteral("staff"), QStringLiteral("--csv"), tmp.dir.path()},
    };
    for (const QStringList &arguments : bad) {
        const CliRun run = runCliWith(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("x.csv"))));
}
