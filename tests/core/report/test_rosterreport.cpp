#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include <QFile>
#include <QProcess>

namespace {

QString pdfToText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QStringList week49(const QString &database, const QStringList &extra)
{
    return QStringList{QStringLiteral("roster"), database, QStringLiteral("--week"), QStringLiteral("2026-W49")} + extra;
}

} // namespace

TEST_CASE("samenplan-cli roster writes the week by staff and by group, without reasons for absence", "[report][roster][cli]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const QString pdf = tmp.file(QStringLiteral("rooster.pdf"));
    const QString csv = tmp.file(QStringLiteral("rooster.csv"));
    const CliRun run = runCliWith(week49(database, {QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv}));
    REQUIRE(run.exitCode == 0);

    const QString text = pdfToText(pdf);
    CHECK(text.count(QStringLiteral("Roster week 49")) == 2); // by staff, by group
    CHECK(text.contains(QStringLiteral("Kindcentrum De Zonnewijzer")));
    CHECK(text.contains(QStringLiteral("Samira El Idrissi")));
    CHECK(text.contains(QStringLiteral("absent")));   // Jeroen's sick day
    for (const char *word : {"Sick", "sick", "Ziek", "youth", "Youth", "jeugd", "referral", "JH-2026"})
        CHECK_FALSE(text.contains(QLatin1String(word)));

    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).trimmed().split(QLatin1Char('\n'));
    CHECK(lines.first() == QStringLiteral("staff;date;start;end;group;break;role;hours"));
    CHECK(lines.size() > 40);
    for (const QString &line : lines)
        CHECK(line.count(QLatin1Char(';')) == 7);
    CHECK(lines.contains(QStringLiteral("Sanne Bos;2026-12-01;07:30;16:30;Vlinders;12:30-13:00;pedagogue;8.50")));
}

TEST_CASE("samenplan-cli roster refuses bad input and writes nothing", "[report][roster][cli]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const QString pdf = tmp.file(QStringLiteral("x.pdf"));
    CHECK(runCliWith(week49(database, {})).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("roster"), database, QStringLiteral("--week"), QStringLiteral("W49"), QStringLiteral("--pdf"), pdf}).exitCode == 2);
    CHECK(runCliWith(week49(database, {QStringLiteral("--pdf"), tmp.file(QStringLiteral("missing/x.pdf"))})).exitCode == 2);
    CHECK(runCliWith(week49(database, {QStringLiteral("--csv"), tmp.dir.path()})).exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));
}
