#include "../calendar/calendarsite.h"
#include "clirunner.h"

#include "changes/attendancechanges.h"
#include "persistence/attendancerepository.h"

#include <QFile>

using namespace samenplan;
using namespace calendartest;

namespace {

const QDate Day(2026, 11, 16);

QString writeFile(const TempDir &tmp, const QString &name, const QByteArray &text)
{
    const QString path = tmp.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("The attendance import names every bad line and writes nothing", "[attendance][import]")
{
    Site site;
    for (int i = 0; i < 5; ++i)
        site.child(QStringLiteral("Kind%1").arg(i), site.daycare, 2, TimeRange{at(8), at(17)}, Day);
    site.db.reset();
    const QString csv = writeFile(site.tmp, QStringLiteral("presentie.csv"),
                                  "child;date;arrived;left\n"
                                  "Kind0 Linde;2026-11-16;07:30;18:00\n"
                                  "Niemand Hier;2026-11-16;08:00;17:00\n"
                                  "Kind1 Linde;16-13-2026;08:00;17:00\n"
                                  "Kind2 Linde;2026-11-16;8u;17:00\n"
                                  "Kind3 Linde;2026-11-16;09:00;08:00\n"
                                  "Kind4 Linde;2020-01-06;08:00;17:00\n"
                                  "Kind0 Linde;16-11-2026;12:00;13:00\n");
    const CliRun run = runCliWith({QStringLiteral("import"), site.path, QStringLiteral("--attendance"), csv});
    CHECK(run.exitCode == 1);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(0) == QLatin1String("presentie.csv:3: child: unknown child Niemand Hier"));
    CHECK(lines.at(1) == QLatin1String("presentie.csv:4: date: '16-13-2026' is not a date"));
    CHECK(lines.at(2) == QLatin1String("presentie.csv:5: arrived: '8u' is not a time (HH:MM)"));
    CHECK(lines.at(3) == QLatin1String("presentie.csv:6: left: '08:00' is not a time after the arrival"));
    CHECK(lines.at(4) == QLatin1String("presentie.csv:7: group: Kind4 Linde has no placement on 2020-01-06; give the group"));
    CHECK(lines.at(5) == QLatin1String("presentie.csv:8: arrived: Kind0 Linde is already registered as present from 07:30 that day."));
    CHECK(lines.at(6).startsWith(QStringLiteral("6 problem")));
    {
        auto opened = Database::open(site.path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        CHECK(AttendanceRepository(*opened.database).children(Day, Day).isEmpty());
    }

    // Dutch headers, the group named, and a missing column.
    const QString good = writeFile(site.tmp, QStringLiteral("goed.csv"),
                                   "kind;datum;gebracht;gehaald;groep\n"
                                   "Kind0 Linde;16-11-2026;07:30;18:00;Mussen\n"
                                   "Kind1 Linde;2026-11-16;08:15;;\n");
    const CliRun ok = runCliWith({QStringLiteral("import"), site.path, QStringLiteral("--attendance"), good});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("Attendance: 2 child days.")));
    // Children registered elsewhere, staff not: the record takes the staff from the roster and says so.
    const CliRun record = runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--date"), QStringLiteral("2026-11-16"),
                                      QStringLiteral("--group"), QStringLiteral("Mussen"), QStringLiteral("--json")});
    CHECK(record.out.contains(QStringLiteral("\"source\": \"record\"")));
    CHECK(record.out.contains(QStringLiteral("\"staff_source\": \"plan\"")));
    const QString missing = writeFile(site.tmp, QStringLiteral("kort.csv"), "child;date;arrived\nKind2 Linde;2026-11-16;08:00\n");
    const CliRun short_ = runCliWith({QStringLiteral("import"), site.path, QStringLiteral("--attendance"), missing});
    CHECK(short_.exitCode == 1);
    CHECK(short_.err.startsWith(QStringLiteral("kort.csv:1: left: missing column")));

    // A closed day refuses the import's rows like any other change.
    {
        auto opened = Database::open(site.path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        Transaction transaction(*opened.database);
        changes::closeDay(*opened.database, site.daycare, Day, QStringLiteral("Mirjam"));
        transaction.commit();
    }
    const QString late = writeFile(site.tmp, QStringLiteral("laat.csv"), "child;date;arrived;left\nKind3 Linde;2026-11-16;09:00;15:00\n");
    const CliRun closed = runCliWith({QStringLiteral("import"), site.path, QStringLiteral("--attendance"), late});
    CHECK(closed.exitCode == 1);
    CHECK(closed.err.startsWith(QStringLiteral("laat.csv:2: date: The record of")));
}
