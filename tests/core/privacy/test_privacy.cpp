#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include "persistence/auditlogrepository.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

TEST_CASE("everything held about a child exports as JSON and PDF", "[privacy]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const QString json = tmp.file(QStringLiteral("kiki.json"));
    const QString pdf = tmp.file(QStringLiteral("kiki.pdf"));
    REQUIRE(runCliWith({QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Kiki Boateng"),
                        QStringLiteral("--json"), json, QStringLiteral("--pdf"), pdf}).exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(record.value(QStringLiteral("child")).toObject().value(QStringLiteral("first_name")).toString() == QStringLiteral("Kiki"));
    CHECK(record.value(QStringLiteral("placements")).toArray().size() == 1);
    REQUIRE(record.value(QStringLiteral("referrals")).toArray().size() == 1);
    CHECK(record.value(QStringLiteral("referrals")).toArray().first().toObject().value(QStringLiteral("provider")).toString()
          == QStringLiteral("Jeugdhulp Horizon"));
    CHECK(record.value(QStringLiteral("coaching_focus")).toArray().size() == 1);
    CHECK(record.value(QStringLiteral("fixed_faces")).toArray().size() == 2);
    CHECK(record.value(QStringLiteral("scenarios")).toArray().isEmpty());
    CHECK(QFile(pdf).size() > 1000);

    // A scenario that extends her trajectory is data held about her too.
    REQUIRE(runCliWith({QStringLiteral("scenario"), database, QStringLiteral("--create"), QStringLiteral("Langer traject")}).exitCode == 0);
    REQUIRE(runCliWith({QStringLiteral("scenario"), database, QStringLiteral("--add-to"), QStringLiteral("Langer traject"),
                        QStringLiteral("--trajectory-end"), QStringLiteral("Kiki Boateng"), QStringLiteral("--on"), QStringLiteral("2027-12-31")})
                .exitCode == 0);
    REQUIRE(runCliWith({QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Kiki Boateng"),
                        QStringLiteral("--json"), json}).exitCode == 0);
    QFile again(json);
    REQUIRE(again.open(QIODevice::ReadOnly));
    const QJsonArray scenarios = QJsonDocument::fromJson(again.readAll()).object().value(QStringLiteral("scenarios")).toArray();
    REQUIRE(scenarios.size() == 1);
    CHECK(scenarios.first().toObject().value(QStringLiteral("scenario")).toString() == QStringLiteral("Langer traject"));
    CHECK(scenarios.first().toObject().value(QStringLiteral("planned_end")).toString() == QStringLiteral("2027-12-31"));
}

TEST_CASE("erasing a child keeps its placements anonymous, removes the rest and logs it", "[privacy]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const CliRun run = runCliWith({QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Kiki Boateng"),
                                   QStringLiteral("--erase")});
    REQUIRE(run.exitCode == 0);
    auto opened = Database::open(database, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    Id erased = NoId;
    for (const Child &c : ChildRepository(db).all()) {
        CHECK(c.lastName != QStringLiteral("Boateng"));
        if (c.firstName == QStringLiteral("Erased"))
            erased = c.id;
    }
    REQUIRE(erased != NoId);
    const Child child = *ChildRepository(db).find(erased);
    CHECK(child.parentPhone.isEmpty());
    CHECK(child.birthDate.day() == 1);
    CHECK(PlacementRepository(db).ofChild(erased).size() == 1);
    CHECK(ReferralRepository(db).ofChild(erased).isEmpty());
    for (const CoachingSession &s : CoachingRepository(db).sessionsBetween(QDate(2026, 1, 1), QDate(2027, 12, 31)))
        CHECK(s.focusChildId != erased);
    const auto log = AuditLogRepository(db).all();
    REQUIRE(log.size() == 1);
    CHECK(log.first().action == QStringLiteral("erase-child"));
    CHECK_FALSE(log.first().detail.contains(QStringLiteral("Kiki")));
}

TEST_CASE("a personal data request for an unknown child or with bad options is refused", "[privacy]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    CHECK(runCliWith({QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Niemand Bekend"),
                      QStringLiteral("--erase")}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Kiki Boateng")}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("privacy"), database, QStringLiteral("--child"), QStringLiteral("Kiki Boateng"),
                      QStringLiteral("--erase"), QStringLiteral("--json"), tmp.file(QStringLiteral("x.json"))}).exitCode == 2);
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("x.json"))));
}
