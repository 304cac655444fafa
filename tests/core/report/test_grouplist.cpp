#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include "persistence/grouprepository.h"
#include "planning/planningdata.h"
#include "report/grouplist.h"

#include <QFile>
#include <QProcess>
#include <QTextDocument>

using namespace samenplan;

namespace {

// Words that would give away youth-care status on paper.
const QStringList privateWords{QStringLiteral("youth"), QStringLiteral("jeugd"), QStringLiteral("Horizon"),
                               QStringLiteral("JH-2026"), QStringLiteral("referral"), QStringLiteral("beschikking"),
                               QStringLiteral("seat")};

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

TEST_CASE("the group list shows names and days, and nothing about youth care", "[report][grouplist]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const IsoWeek week = IsoWeek::containing(DemoMonday);
    const auto data = planning::PlanningData::load(*opened.database, week.monday(), week.day(7));
    Id zonnestraal = NoId;
    for (const Group &g : data.groups) {
        if (g.name == QStringLiteral("Zonnestraal"))
            zonnestraal = g.id;
    }
    QTextDocument document;
    report::buildGroupList(document, data, zonnestraal, week, QDate(2026, 11, 22));
    const QString text = document.toPlainText();
    CHECK(text.contains(QStringLiteral("Zonnestraal")));
    CHECK(text.contains(QStringLiteral("Kiki Boateng"))); // a youth-care child is listed like any other
    CHECK(text.contains(QStringLiteral("Tijn Bosman")));
    CHECK(text.contains(QStringLiteral("8:30–12:30")));
    for (const QString &word : privateWords)
        CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));
}

TEST_CASE("samenplan-cli grouplist writes a PDF, and refuses bad input without writing", "[report][grouplist][cli]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QString pdf = tmp.file(QStringLiteral("zonnestraal.pdf"));
    const CliRun run = runCliWith({QStringLiteral("grouplist"), path, QStringLiteral("--group"), QStringLiteral("Zonnestraal"),
                                   QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--pdf"), pdf});
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Zonnestraal")));
    CHECK(text.contains(QStringLiteral("Ties van den Berg")));
    for (const QString &word : privateWords)
        CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));

    const QString other = tmp.file(QStringLiteral("other.pdf"));
    const QList<QStringList> bad{
        {QStringLiteral("grouplist"), path, QStringLiteral("--group"), QStringLiteral("Nergens"), QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--pdf"), other},
        {QStringLiteral("grouplist"), path, QStringLiteral("--group"), QStringLiteral("Kompas"), QStringLiteral("--week"), QStringLiteral("2026-W60"), QStringLiteral("--pdf"), other},
        {QStringLiteral("grouplist"), path, QStringLiteral("--group"), QStringLiteral("Kompas"), QStringLiteral("--week"), QStringLiteral("2026-W48")},
        {QStringLiteral("grouplist"), path, QStringLiteral("--group"), QStringLiteral("Kompas"), QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--pdf"), tmp.file(QStringLiteral("no/such/dir/x.pdf"))},
        {QStringLiteral("grouplist"), path, QStringLiteral("--group"), QStringLiteral("Kompas"), QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--pdf"), tmp.dir.path()},
    };
    for (const QStringList &arguments : bad) {
        const CliRun refused = runCliWith(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << refused.err.toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK_FALSE(QFile::exists(other));
}
