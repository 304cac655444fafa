#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

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

TEST_CASE("a location with 5 groups and 25 staff prints on one page per view", "[report][roster]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("groot.samenplan"));
    {
        auto opened = samenplan::Database::open(path, samenplan::Database::Mode::CreateNew);
        REQUIRE(opened.database);
        const samenplan::Database &db = *opened.database;
        samenplan::Location location;
        location.name = QStringLiteral("Kindcentrum De Grote Beer");
        location.lrkNumber = QStringLiteral("123412341234");
        for (int day = 1; day <= 5; ++day)
            location.openingHours[day - 1] = samenplan::TimeRange{450, 1110};
        const samenplan::Id locationId = samenplan::LocationRepository(db).insert(location);
        QList<samenplan::Id> groups;
        for (int g = 0; g < 5; ++g) {
            samenplan::Group group;
            group.locationId = locationId;
            group.name = QStringLiteral("Groep %1").arg(g + 1);
            groups.append(samenplan::GroupRepository(db).insert(group));
        }
        for (int s = 0; s < 25; ++s) {
            samenplan::Staff staff;
            staff.name = QStringLiteral("Medewerker Met Een Lange Naam %1").arg(s + 1);
            const samenplan::Id staffId = samenplan::StaffRepository(db).insert(staff);
            for (int day = 0; day < 5; ++day) {
                samenplan::Shift shift;
                shift.staffId = staffId;
                shift.groupId = groups.at(s % 5);
                shift.date = DemoMonday.addDays(day);
                shift.hours = samenplan::TimeRange{450 + (s % 3) * 60, 990 + (s % 3) * 60};
                shift.breaks = {samenplan::TimeRange{720 + (s % 2) * 30, 750 + (s % 2) * 30}};
                samenplan::ShiftRepository(db).insert(shift);
            }
        }
    }
    const QString pdf = tmp.file(QStringLiteral("groot.pdf"));
    REQUIRE(runCliWith({QStringLiteral("roster"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                        QStringLiteral("--pdf"), pdf}).exitCode == 0);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    const QString text = pdfToText(pdf);
    CHECK(text.contains(QStringLiteral("Medewerker Met Een Lange Naam 25")));
}

TEST_CASE("samenplan-cli roster --location prints only that location's pages, in either layout", "[report][roster][cli]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("twee.samenplan"));
    {
        auto opened = samenplan::Database::open(path, samenplan::Database::Mode::CreateNew);
        REQUIRE(opened.database);
        const samenplan::Database &db = *opened.database;
        int number = 0;
        for (const QString &name : {QStringLiteral("De Eik"), QStringLiteral("De Linde")}) {
            ++number;
            samenplan::Location location;
            location.name = name;
            location.lrkNumber = QStringLiteral("12341234123%1").arg(number);
            for (int day = 1; day <= 5; ++day)
                location.openingHours[day - 1] = samenplan::TimeRange{450, 1110};
            samenplan::Group group;
            group.locationId = samenplan::LocationRepository(db).insert(location);
            group.name = QStringLiteral("Groep van ") + name;
            samenplan::Staff staff;
            staff.name = QStringLiteral("Leidster van ") + name;
            staff.locationId = group.locationId;
            samenplan::Shift shift;
            shift.groupId = samenplan::GroupRepository(db).insert(group);
            shift.staffId = samenplan::StaffRepository(db).insert(staff);
            shift.date = DemoMonday;
            shift.hours = samenplan::TimeRange{480, 960};
            samenplan::ShiftRepository(db).insert(shift);
        }
    }
    auto pages = [](const QString &pdf) {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        REQUIRE(info.waitForFinished(30000));
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    auto roster = [&](const QString &pdf, const QStringList &extra) {
        return runCliWith(QStringList{QStringLiteral("roster"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                      QStringLiteral("--pdf"), pdf} + extra).exitCode;
    };
    const QString all = tmp.file(QStringLiteral("all.pdf"));
    REQUIRE(roster(all, {}) == 0);
    CHECK(pages(all) == 4);
    CHECK(pdfToText(all).contains(QStringLiteral("Leidster van De Eik")));

    const QString linde = tmp.file(QStringLiteral("linde.pdf"));
    REQUIRE(roster(linde, {QStringLiteral("--location"), QStringLiteral("de linde")}) == 0);
    CHECK(pages(linde) == 2);
    QString text = pdfToText(linde);
    CHECK(text.count(QStringLiteral("De Linde")) >= 2);
    CHECK_FALSE(text.contains(QStringLiteral("De Eik")));

    const QString wall = tmp.file(QStringLiteral("wall.pdf"));
    REQUIRE(roster(wall, {QStringLiteral("--layout"), QStringLiteral("wall"), QStringLiteral("--location"), QStringLiteral("De Eik")}) == 0);
    CHECK(pages(wall) == 1);
    text = pdfToText(wall);
    CHECK(text.contains(QStringLiteral("Leidster van De Eik")));
    CHECK_FALSE(text.contains(QStringLiteral("De Linde")));

    const QString none = tmp.file(QStringLiteral("none.pdf"));
    CHECK(roster(none, {QStringLiteral("--location"), QStringLiteral("De Beuk")}) == 2);
    CHECK_FALSE(QFile::exists(none));
}
