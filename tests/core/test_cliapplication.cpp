// samenplan-cli starts a QGuiApplication only for the commands that paint PDFs (issue 12: the GUI
// platform and the font database cost every other run a few milliseconds). Real processes: the
// choice is made in main().

#include "catch.h"
#include "cliprocess.h"
#include "demodb.h"

#include <QFile>

namespace {

CliProcessRun runWithPlatform(const QStringList &arguments, const QString &platform)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    return runCliProcess(arguments, 60000, environment);
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

TEST_CASE("the commands that paint write their PDFs as processes of their own", "[cli][pdf]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QString week = QStringLiteral("2026-W48");
    const QList<QStringList> commands = {
        {QStringLiteral("roster"), path, QStringLiteral("--week"), week, QStringLiteral("--pdf")},
        {QStringLiteral("roster"), path, QStringLiteral("--week"), week, QStringLiteral("--layout"), QStringLiteral("list"),
         QStringLiteral("--pdf")},
        {QStringLiteral("grouplist"), path, QStringLiteral("--group"), QStringLiteral("Vlinders"), QStringLiteral("--week"),
         week, QStringLiteral("--pdf")},
        {QStringLiteral("dayrecord"), path, QStringLiteral("--date"), QStringLiteral("2026-11-23"), QStringLiteral("--pdf")},
        {QStringLiteral("privacy"), path, QStringLiteral("--child"), QStringLiteral("Ties van den Berg"), QStringLiteral("--pdf")},
    };
    int index = 0;
    for (QStringList command : commands) {
        const QString pdf = tmp.file(QStringLiteral("out-%1.pdf").arg(++index));
        command << pdf;
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliProcessRun run = runWithPlatform(command, QStringLiteral("offscreen"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(isPdf(pdf));
    }
}

TEST_CASE("the commands that do not paint need no GUI platform at all", "[cli][pdf]")
{
    // With a platform that does not exist a QGuiApplication stops the process; these never make one.
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QList<QStringList> commands = {
        {QStringLiteral("--version")},
        {QStringLiteral("occupancy"), path, QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("--json")},
        {QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--json")},
        {QStringLiteral("bkr"), QStringLiteral("--setting"), QStringLiteral("dagopvang"), QStringLiteral("--ages"),
         QStringLiteral("0,1,2")},
        {QStringLiteral("export"), path, QStringLiteral("--xlsx"), tmp.file(QStringLiteral("all.xlsx"))},
        {QStringLiteral("coaching"), path, QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")},
        {QStringLiteral("forecast"), path, QStringLiteral("--months"), QStringLiteral("3"), QStringLiteral("--json")},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliProcessRun run = runWithPlatform(command, QStringLiteral("no-such-platform"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
    // A command that paints does need one, so the test above means something.
    const CliProcessRun roster = runWithPlatform({QStringLiteral("roster"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                        QStringLiteral("--pdf"), tmp.file(QStringLiteral("r.pdf"))},
                                       QStringLiteral("no-such-platform"));
    CHECK(roster.exitCode != 0);
}

#ifndef Q_OS_WIN
TEST_CASE("samenplan-cli hands the document commands to samenplan-cli-documents", "[cli][pdf]")
{
    // samenplan-cli links none of their libraries (tests/check_cli_libraries.cmake); the program
    // beside it runs them with the same input, output, error and exit code.
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QString csv = tmp.file(QStringLiteral("roster.csv"));
    const CliProcessRun written = runCliProcess({QStringLiteral("roster"), path, QStringLiteral("--week"),
                                                 QStringLiteral("2026-W48"), QStringLiteral("--csv"), csv});
    CHECK(written.exitCode == 0);
    CHECK(written.out == QStringLiteral("Wrote %1\n").arg(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readLine().contains("staff;date;start;end;group"));
    const CliProcessRun refused = runCliProcess({QStringLiteral("roster"), path, QStringLiteral("--week"),
                                                 QStringLiteral("2026-W99"), QStringLiteral("--csv"), csv});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err == QStringLiteral("samenplan-cli: roster: 2026-W99 is not a week such as 2026-W48\n"));

    // Alone in a folder (a copy without it), samenplan-cli says what is missing and writes nothing;
    // its own commands still run.
    const QString alone = tmp.file(QStringLiteral("samenplan-cli"));
    REQUIRE(QFile::copy(QStringLiteral(SAMENPLAN_CLI_PATH), alone));
    const QString pdf = tmp.file(QStringLiteral("r.pdf"));
    QProcess process;
    process.start(alone, {QStringLiteral("roster"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                          QStringLiteral("--pdf"), pdf});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 2);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("samenplan-cli-documents")));
    CHECK_FALSE(QFile::exists(pdf));
    process.start(alone, {QStringLiteral("occupancy"), path, QStringLiteral("--date"), QStringLiteral("2026-11-25")});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
}
#endif
