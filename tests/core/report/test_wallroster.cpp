// The wall print of the roster (issue 14 item 4): one A4 landscape page per location and week,
// readable from two metres, through samenplan-cli roster --layout wall.

#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include "persistence/absencerepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "report/wallrosterlayout.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace samenplan;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The height in points of each word pdftotext finds, by word.
QMultiHash<QString, double> wordHeights(const QString &pdf)
{
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    QMultiHash<QString, double> heights;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("word")) {
            const double height = xml.attributes().value(QLatin1String("yMax")).toDouble()
                - xml.attributes().value(QLatin1String("yMin")).toDouble();
            heights.insert(xml.readElementText(), height);
        }
    }
    return heights;
}

// A location with six groups and thirty staff, each on one group all week, one of them sick on Wednesday.
QString bigLocation(const TempDir &tmp)
{
    const QString path = tmp.file(QStringLiteral("zes-groepen.samenplan"));
    auto opened = Database::open(path, Database::Mode::CreateNew);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    Location location;
    location.name = QStringLiteral("Kindcentrum De Grote Beer");
    location.lrkNumber = QStringLiteral("123412341234");
    for (int day = 1; day <= 5; ++day)
        location.openingHours[day - 1] = TimeRange{7 * 60, 19 * 60};
    const Id locationId = LocationRepository(db).insert(location);
    const QStringList groupNames{QStringLiteral("Egeltjes"), QStringLiteral("Kikkers"), QStringLiteral("Uilen"),
                                 QStringLiteral("Vossen"), QStringLiteral("Dassen"), QStringLiteral("Reigers")};
    QList<Id> groups;
    for (const QString &name : groupNames) {
        Group group;
        group.locationId = locationId;
        group.name = name;
        groups.append(GroupRepository(db).insert(group));
    }
    for (int s = 0; s < 30; ++s) {
        Staff staff;
        staff.name = QStringLiteral("Medewerker Langenaam %1").arg(s + 1);
        staff.locationId = locationId;
        const Id staffId = StaffRepository(db).insert(staff);
        for (int day = 0; day < 5; ++day) {
            Shift shift;
            shift.staffId = staffId;
            shift.groupId = groups.at(s % 6);
            shift.date = DemoMonday.addDays(day);
            shift.hours = TimeRange{7 * 60 + (s % 4) * 45, 15 * 60 + (s % 4) * 60};
            shift.breaks = {TimeRange{12 * 60 + (s % 2) * 30, 12 * 60 + 30 + (s % 2) * 30}};
            ShiftRepository(db).insert(shift);
        }
    }
    Absence sick;
    sick.staffId = StaffRepository(db).all().first().id;
    sick.kind = AbsenceKind::Sick;
    sick.start = sick.end = DemoMonday.addDays(2);
    sick.note = QStringLiteral("Griep");
    AbsenceRepository(db).insert(sick);
    return path;
}

} // namespace

TEST_CASE("a location with 6 groups and 30 staff fits one A4 landscape wall page, names at 11 pt or more", "[report][wall]")
{
    TempDir tmp;
    const QString database = bigLocation(tmp);
    const QString pdf = tmp.file(QStringLiteral("muur.pdf"));
    const CliRun cli = runCliWith({QStringLiteral("roster"), database, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                   QStringLiteral("--pdf"), pdf, QStringLiteral("--layout"), QStringLiteral("wall")});
    REQUIRE(cli.exitCode == 0);

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 595 pts \\(A4\\)"))));

    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Roster week 48 · Kindcentrum De Grote Beer")));
    CHECK(text.contains(QStringLiteral("Printed ")));
    CHECK(text.contains(QStringLiteral("Week 48 · page 1 of 1")));
    for (const char *group : {"Egeltjes", "Kikkers", "Uilen", "Vossen", "Dassen", "Reigers"})
        CHECK(text.contains(QLatin1String(group))); // the legend
    CHECK(text.contains(QStringLiteral("absent")));
    CHECK_FALSE(text.contains(QStringLiteral("Griep")));
    CHECK_FALSE(text.contains(QStringLiteral("Sick")));

    const QMultiHash<QString, double> heights = wordHeights(pdf);
    for (int s = 1; s <= 30; ++s) {
        const QList<double> numbers = heights.values(QString::number(s));
        REQUIRE_FALSE(numbers.isEmpty()); // every name is on the page
        // pdftotext's word box is the font's ascent to descent: about 1.16 times its size for DejaVu Sans.
        CHECK(*std::max_element(numbers.begin(), numbers.end()) >= 11.0 * 1.16);
    }
    CHECK(heights.values(QStringLiteral("Langenaam")).size() == 30);
}

TEST_CASE("the wall layout groups people by the group they work on most, with breaks and absences", "[report][wall]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    auto opened = Database::open(database, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const IsoWeek week = IsoWeek::containing(DemoMonday.addDays(7));
    const auto data = planning::PlanningData::load(*opened.database, week.monday(), week.day(7));
    const QList<report::WallPage> pages = report::wallRosterPages(data, week);
    REQUIRE(pages.size() == 1);
    const report::WallPage &page = pages.first();
    CHECK(page.days == QList<int>{1, 2, 3, 4, 5});
    CHECK(page.axis == TimeRange{7 * 60, 19 * 60});
    QStringList groups;
    for (const report::GroupLook &look : page.groups)
        groups << look.name;
    CHECK(groups == QStringList{QStringLiteral("Rupsjes"), QStringLiteral("Vlinders"), QStringLiteral("Zonnestraal"), QStringLiteral("Kompas")});
    QSet<QString> colours;
    for (const report::GroupLook &look : page.groups)
        colours.insert(look.colour.name() + QString::number(int(look.hatch)));
    CHECK(colours.size() == 4);

    // Rows by main group in the groups' order; off the floor (Ingrid) last.
    QList<Id> order;
    for (const report::WallRow &row : page.rows) {
        if (order.isEmpty() || order.last() != row.mainGroupId) {
            CHECK_FALSE(order.contains(row.mainGroupId));
            order.append(row.mainGroupId);
        }
    }
    CHECK(page.rows.last().name == QStringLiteral("Ingrid Mulder"));
    CHECK(page.rows.last().mainGroupId == NoId);
    CHECK(page.anyOffFloor);

    const auto row = [&page](const QString &name) {
        for (const report::WallRow &r : page.rows) {
            if (r.name == name)
                return r;
        }
        FAIL(name.toStdString());
        return report::WallRow{};
    };
    const report::WallRow jeroen = row(QStringLiteral("Jeroen Visser"));
    CHECK(jeroen.days.at(1).absentAllDay); // sick on Tuesday of the second week
    CHECK(jeroen.days.at(1).bars.isEmpty());
    CHECK(page.anyAbsence);
    const report::WallRow samira = row(QStringLiteral("Samira El Idrissi"));
    REQUIRE(samira.days.at(0).bars.size() == 1);
    CHECK(samira.days.at(0).bars.first().hours == TimeRange{7 * 60 + 30, 16 * 60 + 30});
    CHECK(samira.days.at(0).bars.first().breaks == QList<TimeRange>{TimeRange{12 * 60, 12 * 60 + 30}});
    CHECK(samira.days.at(4).bars.isEmpty());
    const report::WallRow daan = row(QStringLiteral("Daan Hoekstra"));
    CHECK(daan.days.at(0).bars.size() == 2); // the pre-school group in the morning, after-school care later
    CHECK(daan.days.at(0).bars.at(0).hours.from < daan.days.at(0).bars.at(1).hours.from);
}

TEST_CASE("samenplan-cli roster --layout takes wall or list, and only with --pdf", "[report][wall][cli]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const QString pdf = tmp.file(QStringLiteral("x.pdf"));
    const QStringList base{QStringLiteral("roster"), database, QStringLiteral("--week"), QStringLiteral("2026-W48")};
    const CliRun bad = runCliWith(base + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--layout"), QStringLiteral("poster")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("poster")));
    CHECK(runCliWith(base + QStringList{QStringLiteral("--csv"), tmp.file(QStringLiteral("x.csv")), QStringLiteral("--layout"),
                                        QStringLiteral("wall")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("x.csv"))));

    REQUIRE(runCliWith(base + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--layout"), QStringLiteral("list")}).exitCode == 0);
    const QString list = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(list.count(QStringLiteral("Roster week 48")) == 2); // today's layout: by staff and by group
    REQUIRE(runCliWith(base + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--layout"), QStringLiteral("wall")}).exitCode == 0);
    const QString wall = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(wall.count(QStringLiteral("Roster week 48")) == 1);
    CHECK(wall.contains(QStringLiteral("Samira El Idrissi")));
    for (const char *word : {"youth", "Youth", "jeugd", "JH-2026"})
        CHECK_FALSE(wall.contains(QLatin1String(word)));
}
