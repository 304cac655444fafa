#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include "persistence/database.h"

#include <QFile>
#include <QSqlQuery>

namespace {

struct Target {
    TempDir tmp;
    QString db = tmp.file(QStringLiteral("import.samenplan"));
    Target() { REQUIRE(runCliWith({QStringLiteral("init"), db}).exitCode == 0); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(tmp.file(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    int count(const char *table) const
    {
        auto opened = samenplan::Database::open(db, samenplan::Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        QSqlQuery q = opened.database->exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }
    CliRun import(const QStringList &options) const
    {
        return runCliWith(QStringList{QStringLiteral("import"), db} + options);
    }
};

const QByteArray Groups = "location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes\n"
                          "De Linde;123456789012;Egeltjes;dagopvang;0;4;16;4;07:30;18:30\n"
                          "De Linde;123456789012;Dolfijnen;peutergroep;2,5;4;8;4;08:00;12:30\n";

} // namespace

TEST_CASE("importing groups, placements, staff and shifts, Dutch or English, semicolon or comma", "[import]")
{
    Target t;
    const QString groups = t.write(QStringLiteral("groepen.csv"), Groups);
    // Windows-1252 (é), Dutch headers, DD-MM-YYYY, a quoted field with a separator and a line break.
    const QString placements = t.write(QStringLiteral("plaatsingen.csv"),
        "kind,geboortedatum,groep,begin,eind,dagen,tijden,jeugdhulpaanbieder,beschikking,einde_beschikking\n"
        "Ren\xe9 Visser,01-03-2025,Egeltjes,01-09-2026,,\"ma,di\",,,,\n"
        "Noor van Dijk,2023-10-01,Dolfijnen,2026-09-01,,\"wo,\ndo\",08:30-12:30,Jeugdzorg Oost,JO-1,2027-06-01\n");
    const QString staff = t.write(QStringLiteral("staff.csv"),
        "\xEF\xBB\xBFname;role;employer;contract_hours;counts_for_ratio;qualifications;shoe_size\n"
        "Anna Smit;pedagogisch-medewerker;own;32;;VE,coach;39\n"
        "Daan Kok;youth-care-pedagogue;Jeugdzorg Oost;20;no;;42\n");
    const QString shifts = t.write(QStringLiteral("diensten.csv"),
        "staff;date;start;end;group;break\nAnna Smit;2026-11-23;07:30;16:30;Egeltjes;12:00-12:30\nDaan Kok;2026-11-23;08:30;12:30;Dolfijnen;");
    const CliRun run = t.import({QStringLiteral("--groups"), groups, QStringLiteral("--placements"), placements,
                                 QStringLiteral("--staff"), staff, QStringLiteral("--shifts"), shifts});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("shoe_size"))); // an extra column is ignored with a note
    CHECK(t.count("care_groups") == 2);
    CHECK(t.count("children") == 2);
    CHECK(t.count("placements") == 2);
    CHECK(t.count("referrals") == 1);
    CHECK(t.count("staff") == 2);
    CHECK(t.count("shifts") == 2);
    auto opened = samenplan::Database::open(t.db, samenplan::Database::Mode::OpenExisting);
    QSqlQuery rene = opened.database->exec(QStringLiteral("SELECT first_name FROM children WHERE last_name = 'Visser'"));
    REQUIRE(rene.next());
    CHECK(rene.value(0).toString() == QStringLiteral("René"));
}

TEST_CASE("an import with problems names file, line and column, and changes nothing", "[import]")
{
    Target t;
    const QString groups = t.write(QStringLiteral("g.csv"), Groups);
    const QString placements = t.write(QStringLiteral("p.csv"),
        "child;birth_date;group;start;end;days;times;youth_care_provider;referral;referral_end\n"
        "Sem de Boer;2025-03-01;Egeltjes;2026-09-01;;ma;;;;\n"
        "Sem de Boer;2025-03-01;Egeltjes;2026-09-01;;ma;;;;\n"
        "Fout Kind;2025-02-30;Nergens;2026-09-01;;xx;;;;\n"
        "A Een;2023-10-01;Dolfijnen;2026-09-01;;di;08:30-12:30;Jeugdzorg Oost;J1;\n"
        "B Twee;2023-10-01;Dolfijnen;2026-09-01;;di;08:30-12:30;Jeugdzorg Oost;J2;\n"
        "C Drie;2023-10-01;Dolfijnen;2026-09-01;;di;08:30-12:30;Jeugdzorg Oost;J3;\n"
        "D Vier;2023-10-01;Dolfijnen;2026-09-01;;di;08:30-12:30;Jeugdzorg Oost;J4;\n"
        "E Vijf;2023-10-01;Dolfijnen;2026-09-01;;di;08:30-12:30;Jeugdzorg Oost;J5;\n");
    const QString shifts = t.write(QStringLiteral("h.csv"), "staff;date;start;end;group;break\nNiemand;2026-11-23;16:30;07:30;;\n");
    const CliRun run = t.import({QStringLiteral("--groups"), groups, QStringLiteral("--placements"), placements,
                                 QStringLiteral("--shifts"), shifts});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("p.csv:3: child: duplicate row (the same as line 2)")));
    CHECK(run.err.contains(QStringLiteral("p.csv:4: birth_date: ")));
    CHECK(run.err.contains(QStringLiteral("p.csv:4: group: unknown group Nergens")));
    CHECK(run.err.contains(QStringLiteral("p.csv:4: days: ")));
    CHECK(run.err.contains(QStringLiteral("p.csv:9: days: Tuesday: 5 children in youth-care seats at 08:30, the group keeps 4")));
    CHECK(run.err.contains(QStringLiteral("h.csv:2: staff: unknown staff member Niemand")));
    CHECK(run.err.contains(QStringLiteral("h.csv:2: end: ")));
    CHECK(t.count("care_groups") == 0);
    CHECK(t.count("children") == 0);
}

TEST_CASE("bad files never crash an import and never change the database", "[import]")
{
    Target t;
    const QString groups = t.write(QStringLiteral("g.csv"), Groups);
    REQUIRE(t.import({QStringLiteral("--groups"), groups}).exitCode == 0);
    QByteArray big = "child;birth_date;group;start;end;days\n";
    while (big.size() < 10 * 1024 * 1024)
        big += "Kind Nummer;2025-01-01;Onbekend;2026-09-01;;ma\n";
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131 + 7) % 256);
    const QList<std::pair<QString, QByteArray>> bad{
        {QStringLiteral("empty.csv"), QByteArray()},
        {QStringLiteral("tabs.csv"), "child\tbirth_date\tgroup\tstart\tend\tdays\nSem de Boer\t2025-03-01\tEgeltjes\t2026-09-01\t\tma\n"},
        {QStringLiteral("missing.csv"), "child;birth_date;group;start\nSem de Boer;2025-03-01;Egeltjes;2026-09-01\n"},
        {QStringLiteral("garbage.csv"), garbage},
        {QStringLiteral("open-quote.csv"), "child;birth_date;group;start;end;days\n\"Sem de Boer;2025-03-01;Egeltjes;2026-09-01;;ma\n"},
        {QStringLiteral("big.csv"), big},
    };
    for (const auto &[name, bytes] : bad) {
        const CliRun run = t.import({QStringLiteral("--placements"), t.write(name, bytes)});
        INFO(name.toStdString() << ": " << run.err.left(300).toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(name + QLatin1Char(':')));
        CHECK(t.count("placements") == 0);
    }
    // Header only is an error (see test_csvreading.cpp); a file that ends in the middle of its last line is fine.
    CHECK(t.import({QStringLiteral("--placements"), t.write(QStringLiteral("header.csv"), "child;birth_date;group;start;end;days\n")}).exitCode == 1);
    CHECK(t.import({QStringLiteral("--placements"),
                    t.write(QStringLiteral("midline.csv"), "child;birth_date;group;start;end;days\nSem de Boer;2025-03-01;Egeltjes;2026-09-01;;ma")})
              .exitCode == 0);
    CHECK(t.count("placements") == 1);
}

TEST_CASE("a dry run reports and writes nothing, bad options are refused", "[import]")
{
    Target t;
    const QString groups = t.write(QStringLiteral("g.csv"), Groups);
    const CliRun dry = t.import({QStringLiteral("--groups"), groups, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 group(s)")));
    CHECK(t.count("care_groups") == 0);
    CHECK(t.import({}).exitCode == 2);
    CHECK(t.import({QStringLiteral("--groups"), t.tmp.file(QStringLiteral("missing.csv"))}).exitCode == 1);
}
