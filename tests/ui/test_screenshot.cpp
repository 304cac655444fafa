#include "catch.h"
#include "demodb.h"

#include <QFile>
#include <QImage>
#include <QProcess>

namespace {

struct Run {
    int exitCode;
    QString err;
};

Run runGui(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAMENPLAN_GUI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

TEST_CASE("samenplan --screenshot renders each view to a 1400x900 PNG", "[gui][screenshot]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    for (const char *view : {"overview", "forecast", "groups", "roster", "timeline", "coaching", "children", "staff"}) {
        const QString out = tmp.file(QStringLiteral("%1.png").arg(QLatin1String(view)));
        const Run run = runGui({QStringLiteral("--screenshot"), out, QStringLiteral("--view"), QLatin1String(view),
                                QStringLiteral("--database"), database, QStringLiteral("--date"),
                                QStringLiteral("2026-11-23")});
        INFO(view << " " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        const QImage image(out);
        CHECK(image.size() == QSize(1400, 900));
    }
}

TEST_CASE("samenplan --screenshot without a database uses a fresh demo", "[gui][screenshot]")
{
    TempDir tmp;
    const QString out = tmp.file(QStringLiteral("groups.png"));
    const Run run = runGui({QStringLiteral("--screenshot"), out, QStringLiteral("--view"), QStringLiteral("groups")});
    CHECK(run.exitCode == 0);
    CHECK_FALSE(QImage(out).isNull());
}

TEST_CASE("samenplan refuses bad command lines with one line and exit code 2", "[gui][screenshot]")
{
    TempDir tmp;
    const QString out = tmp.file(QStringLiteral("x.png"));
    const QString database = makeDemoDatabase(tmp);
    const QList<QStringList> bad{
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("--screenshot"), out, QStringLiteral("--view"), QStringLiteral("nonsense"), QStringLiteral("--database"), database},
        {QStringLiteral("--screenshot"), out, QStringLiteral("--database"), tmp.file(QStringLiteral("missing.samenplan"))},
        {QStringLiteral("--screenshot"), out, QStringLiteral("--database"), tmp.dir.path()},
        {QStringLiteral("--screenshot"), out, QStringLiteral("--database"), database, QStringLiteral("--date"), QStringLiteral("2026-02-30")},
        {QStringLiteral("--screenshot"), tmp.file(QStringLiteral("no/such/folder/x.png")), QStringLiteral("--database"), database},
        {QStringLiteral("--screenshot"), tmp.dir.path(), QStringLiteral("--database"), database},
        {tmp.file(QStringLiteral("missing.samenplan"))},
        {tmp.dir.path()},
    };
    for (const QStringList &arguments : bad) {
        const Run run = runGui(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        CHECK_FALSE(QFile::exists(out));
    }
}
