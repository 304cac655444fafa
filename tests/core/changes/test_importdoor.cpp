// The rules at the door through the import, in-process and through the samenplan-cli binary: a row
// that breaks a rule against what is already stored is refused with FILE:LINE: column: reason, the
// exit status is 1 and the database file is unchanged.

#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include <QFile>
#include <QProcess>

namespace {

const QByteArray Groups = "location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes\n"
                          "De Linde;123456789012;Dolfijnen;peutergroep;2,5;4;16;4;08:00;12:30\n"
                          "De Linde;123456789012;Egeltjes;dagopvang;0;4;8;0;07:30;18:30\n";
const QByteArray Header = "child;birth_date;group;start;end;days;times;youth_care_provider;referral;referral_end\n";

struct Location {
    TempDir tmp;
    QString db = tmp.file(QStringLiteral("linde.samenplan"));

    Location()
    {
        REQUIRE(runCliWith({QStringLiteral("init"), db}).exitCode == 0);
        REQUIRE(import({QStringLiteral("--groups"), write(QStringLiteral("groups.csv"), Groups)}).exitCode == 0);
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(tmp.file(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    CliRun import(const QStringList &options) const { return runCliWith(QStringList{QStringLiteral("import"), db} + options); }
    CliRun importPlacements(const QString &name, const QByteArray &rows) const
    {
        return import({QStringLiteral("--placements"), write(name, Header + rows)});
    }
};

const QByteArray FourOnMonday = "Anna Een;2023-10-01;Dolfijnen;2026-09-01;;ma;08:00-12:30;Jeugdzorg Oost;J1;2027-06-01\n"
                                "Bram Twee;2023-10-01;Dolfijnen;2026-09-01;;ma;08:00-12:30;Jeugdzorg Oost;J2;2027-06-01\n"
                                "Cas Drie;2023-10-01;Dolfijnen;2026-09-01;;ma;08:00-12:30;Jeugdzorg Oost;J3;2027-06-01\n"
                                "Dewi Vier;2023-10-01;Dolfijnen;2026-09-01;;ma;08:00-12:30;Jeugdzorg Oost;J4;2027-06-01\n";
const QByteArray FifthOnMonday = "Eva Vijf;2023-10-01;Dolfijnen;2026-09-01;;ma;08:00-12:30;Jeugdzorg Oost;J5;2027-06-01\n";

} // namespace

TEST_CASE("an import cannot take a fifth youth-care seat that the stored children already fill", "[door][import]")
{
    Location site;
    REQUIRE(site.importPlacements(QStringLiteral("first.csv"), FourOnMonday).exitCode == 0);
    const QByteArray before = fileHash(site.db);
    const CliRun run = site.importPlacements(QStringLiteral("bad.csv"), FifthOnMonday);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("bad.csv:2: days: Monday: 5 children in youth-care seats at 08:00, the group keeps 4")));
    CHECK(fileHash(site.db) == before);
    // On Tuesday a seat is free.
    QByteArray tuesday = FifthOnMonday;
    tuesday.replace(";ma;", ";di;");
    CHECK(site.importPlacements(QStringLiteral("tuesday.csv"), tuesday).exitCode == 0);
}

TEST_CASE("the samenplan-cli binary refuses the same row and leaves the file as it was", "[door][import]")
{
    Location site;
    REQUIRE(site.importPlacements(QStringLiteral("first.csv"), FourOnMonday).exitCode == 0);
    const QByteArray before = fileHash(site.db);
    QProcess cli;
    cli.start(QStringLiteral(SAMENPLAN_CLI_PATH),
              {QStringLiteral("import"), site.db, QStringLiteral("--placements"), site.write(QStringLiteral("bad.csv"), Header + FifthOnMonday)});
    REQUIRE(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    INFO(err.toStdString());
    CHECK(cli.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("bad.csv:2: days: Monday: 5 children in youth-care seats at 08:00, the group keeps 4")));
    CHECK(fileHash(site.db) == before);
}

TEST_CASE("every placement rule at the door names its row and column in an import", "[door][import]")
{
    Location site;
    REQUIRE(site.importPlacements(QStringLiteral("first.csv"), "Anna Een;2023-10-01;Dolfijnen;2026-09-01;;ma;08:00-10:00;;;\n").exitCode == 0);
    struct Case {
        const char *row;
        const char *expected;
    };
    const Case cases[] = {
        // regular places per moment: 12 regular places, the 13th at 09:00 on Tuesday
        {nullptr, nullptr},
        {"Baby Klein;2026-06-01;Dolfijnen;2026-09-01;;di;;;;\n", "bad.csv:2: group: Baby Klein is 3 months old"},
        {"Sem Later;2023-10-01;Dolfijnen;2026-09-01;2026-08-01;di;;;;\n", "bad.csv:2: end: The end date lies before the start date."},
        {"Anna Een;2023-10-01;Egeltjes;2026-09-01;;ma;09:00-11:00;;;\n", "bad.csv:2: days: Monday: Anna Een is in Dolfijnen then (08:00-10:00)"},
        {"Jip Jeugd;2023-10-01;Egeltjes;2026-09-01;;ma;;Jeugdzorg Oost;J9;2027-06-01\n", "bad.csv:2: youth_care_provider: Egeltjes keeps no youth-care seats."},
        {"Jop Jeugd;2023-10-01;Dolfijnen;2026-09-01;;ma;;Jeugdzorg Oost;J9;2026-08-01\n", "bad.csv:2: referral_end: The planned end lies before the start."},
        {"Lang Kind;2023-10-01;Dolfijnen;2026-09-01;;ma;08:00-18:00;;;\n", "bad.csv:2: times: Monday 08:00-18:00 falls outside the opening hours (08:00-12:30)."},
    };
    QByteArray thirteen;
    for (int i = 0; i < 13; ++i)
        thirteen += QStringLiteral("Kind %1;2023-10-01;Dolfijnen;2026-09-01;;di;09:00-12:00;;;\n").arg(QChar(u'A' + i)).toUtf8();
    for (const Case &c : cases) {
        const QByteArray rows = c.row ? QByteArray(c.row) : thirteen;
        const QString expected = c.expected ? QString::fromUtf8(c.expected)
                                            : QStringLiteral("bad.csv:14: days: Tuesday: 13 regular children at 09:00, the group has 12 regular places");
        const QByteArray before = fileHash(site.db);
        const CliRun run = site.importPlacements(QStringLiteral("bad.csv"), rows);
        INFO(expected.toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(expected));
        CHECK(fileHash(site.db) == before);
    }
}

TEST_CASE("a text field longer than the door allows is refused with its column", "[door][import]")
{
    Location site;
    const QByteArray longName = "Anna " + QByteArray(300, 'x');
    const CliRun run = site.importPlacements(QStringLiteral("long.csv"), longName + ";2023-10-01;Dolfijnen;2026-09-01;;ma;;;;\n");
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("long.csv:2: child: The text is 300 characters long; at most 200 fit here.")));
}
