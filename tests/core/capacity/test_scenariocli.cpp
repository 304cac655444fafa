// `samenplan-cli scenario` and `forecast --scenario` (issue #16 item 3): a scenario built change by
// change from the command line, shown without youth-care data unless asked, counted in the forecast
// beside the plan, applied once, discarded; bad options get one line and change nothing.

#include "capacitysite.h"
#include "clirunner.h"
#include "demodb.h"

#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/scenariorepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

namespace {

CliRun scenario(const QString &path, const QStringList &arguments)
{
    return runCliWith(QStringList{QStringLiteral("scenario"), path} + arguments);
}

// Dolfijnen (6 places, 2 seats) with Anna on Mondays and Dewi in a seat; Bo is not placed yet.
struct CliSite : CapacitySite {
    CliSite()
    {
        REQUIRE(place(child(QStringLiteral("Anna"), monday.addMonths(-14)), dayCare, monday, {1}).isEmpty());
        const Id dewi = child(QStringLiteral("Dewi"), monday.addMonths(-20));
        referral(dewi, monday.addDays(-7), monday.addMonths(9));
        REQUIRE(place(dewi, dayCare, monday, {1}, PlacementKind::YouthCare).isEmpty());
        child(QStringLiteral("Bo"), monday.addMonths(-6));
        close();
    }
};

QJsonObject json(const CliRun &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("scenario: built from the command line, shown, counted in the forecast, applied once, discarded", "[capacity][scenario][cli]")
{
    CliSite site;
    const QString name = QStringLiteral("Walvissen erbij");
    const QString start = site.monday.addDays(7).toString(Qt::ISODate);
    REQUIRE(scenario(site.path, {QStringLiteral("--create"), name, QStringLiteral("--location"), QStringLiteral("De Haven")}).exitCode == 0);
    const QList<QStringList> additions{
        {QStringLiteral("--new-group"), QStringLiteral("Walvissen"), QStringLiteral("--location"), QStringLiteral("De Haven"),
         QStringLiteral("--ages"), QStringLiteral("0-48"), QStringLiteral("--max"), QStringLiteral("8"), QStringLiteral("--seats"), QStringLiteral("0")},
        {QStringLiteral("--place"), QStringLiteral("Bo Test"), QStringLiteral("--group"), QStringLiteral("Walvissen"),
         QStringLiteral("--start"), start, QStringLiteral("--days"), QStringLiteral("ma,di")},
        {QStringLiteral("--group-maximum"), QStringLiteral("Dolfijnen"), QStringLiteral("--max"), QStringLiteral("7")},
        {QStringLiteral("--trajectory-end"), QStringLiteral("Dewi Test"), QStringLiteral("--on"), site.monday.addMonths(12).toString(Qt::ISODate)},
        {QStringLiteral("--end-placement"), QStringLiteral("Anna Test"), QStringLiteral("--on"), site.monday.addMonths(2).toString(Qt::ISODate)},
    };
    for (const QStringList &addition : additions) {
        const CliRun run = scenario(site.path, QStringList{QStringLiteral("--add-to"), name} + addition);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }

    // Shown without youth-care data, unless asked.
    const QJsonObject shown = json(scenario(site.path, {QStringLiteral("--show"), name, QStringLiteral("--json")}));
    const QJsonArray changes = shown.value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 4); // the trajectory's end is left out
    CHECK(changes.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("add-group"));
    CHECK(changes.at(1).toObject().value(QStringLiteral("child")).toString() == QStringLiteral("Bo Test"));
    CHECK(changes.at(1).toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Walvissen"));
    CHECK(changes.at(1).toObject().value(QStringLiteral("days")).toArray().size() == 2);
    CHECK_FALSE(changes.at(1).toObject().contains(QStringLiteral("youth_care")));
    CHECK(changes.at(3).toObject().value(QStringLiteral("child")).toString() == QStringLiteral("Anna Test"));
    CHECK_FALSE(scenario(site.path, {QStringLiteral("--show"), name}).out.contains(QStringLiteral("Dewi")));
    const QJsonArray all = json(scenario(site.path, {QStringLiteral("--show"), name, QStringLiteral("--json"),
                                                     QStringLiteral("--with-youth-care")})).value(QStringLiteral("changes")).toArray();
    CHECK(all.size() == 5);
    CHECK(all.at(3).toObject().value(QStringLiteral("child")).toString() == QStringLiteral("Dewi Test"));

    // The forecast beside the plan: Dolfijnen has 7 places in the scenario, Walvissen is new with Bo.
    const QDate month = site.monday.addMonths(1);
    const QJsonObject forecast = json(runCliWith({QStringLiteral("forecast"), site.path, QStringLiteral("--from"),
                                                  month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--months"), QStringLiteral("1"),
                                                  QStringLiteral("--scenario"), name, QStringLiteral("--json")}));
    CHECK(forecast.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("name")).toString() == name);
    bool sawNew = false;
    for (const QJsonValue &g : forecast.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject monday = g.toObject().value(QStringLiteral("months")).toArray().first().toObject()
                                       .value(QStringLiteral("weekdays")).toArray().first().toObject();
        if (g.toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Dolfijnen")) {
            CHECK(monday.value(QStringLiteral("regular_places")).toInt() == 5);
            CHECK(monday.value(QStringLiteral("plan_regular_places")).toInt() == 4);
        }
        if (g.toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Walvissen")) {
            sawNew = true;
            CHECK(g.toObject().value(QStringLiteral("new_in_scenario")).toBool());
            CHECK(monday.value(QStringLiteral("regular_peak")).toInt() == 1);
            CHECK_FALSE(monday.contains(QStringLiteral("plan_regular_peak")));
        }
    }
    CHECK(sawNew);

    // Applied once: the plan has the group, Bo's placement and the new maximum.
    REQUIRE(scenario(site.path, {QStringLiteral("--apply"), name}).exitCode == 0);
    const CliRun again = scenario(site.path, {QStringLiteral("--apply"), name});
    CHECK(again.exitCode == 1);
    CHECK(again.err.count(QLatin1Char('\n')) == 1);
    {
        auto opened = Database::open(site.path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        const QList<Group> groups = GroupRepository(*opened.database).all();
        CHECK(groups.size() == 4);
        CHECK(GroupRepository(*opened.database).find(site.dayCare)->maxChildren == 7);
        CHECK(PlacementRepository(*opened.database).all().size() == 3);
    }
    const QJsonArray listed = json(scenario(site.path, {QStringLiteral("--json")})).value(QStringLiteral("scenarios")).toArray();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value(QStringLiteral("applied_on")).isString());
    REQUIRE(scenario(site.path, {QStringLiteral("--discard"), name}).exitCode == 0);
    CHECK(json(scenario(site.path, {QStringLiteral("--json")})).value(QStringLiteral("scenarios")).toArray().isEmpty());
}

TEST_CASE("scenario: bad options get one line and change nothing", "[capacity][scenario][cli]")
{
    CliSite site;
    REQUIRE(scenario(site.path, {QStringLiteral("--create"), QStringLiteral("Proef")}).exitCode == 0);
    const QList<QStringList> bad{
        {QStringLiteral("--add-to"), QStringLiteral("Proef"), QStringLiteral("--group-maximum"), QStringLiteral("Dolfijnen"), QStringLiteral("--max"), QStringLiteral("0")},
        {QStringLiteral("--add-to"), QStringLiteral("Proef"), QStringLiteral("--place"), QStringLiteral("Niemand"), QStringLiteral("--group"),
         QStringLiteral("Dolfijnen"), QStringLiteral("--start"), QStringLiteral("2027-01-04"), QStringLiteral("--days"), QStringLiteral("ma")},
        {QStringLiteral("--add-to"), QStringLiteral("Proef"), QStringLiteral("--place"), QStringLiteral("Bo Test"), QStringLiteral("--group"),
         QStringLiteral("Dolfijnen"), QStringLiteral("--start"), QStringLiteral("2027-02-30"), QStringLiteral("--days"), QStringLiteral("ma")},
        {QStringLiteral("--add-to"), QStringLiteral("Proef"), QStringLiteral("--place"), QStringLiteral("Bo Test"), QStringLiteral("--group"),
         QStringLiteral("Walvissen"), QStringLiteral("--start"), QStringLiteral("2027-01-04"), QStringLiteral("--days"), QStringLiteral("ma")},
        {QStringLiteral("--add-to"), QStringLiteral("Proef"), QStringLiteral("--end-placement"), QStringLiteral("Anna Test")},
        {QStringLiteral("--add-to"), QStringLiteral("Proef"), QStringLiteral("--new-group"), QStringLiteral("X"), QStringLiteral("--max"), QStringLiteral("5")},
        {QStringLiteral("--add-to"), QStringLiteral("Onbekend"), QStringLiteral("--group-maximum"), QStringLiteral("Dolfijnen"), QStringLiteral("--max"), QStringLiteral("5")},
        {QStringLiteral("--place"), QStringLiteral("Bo Test")},
        {QStringLiteral("--show"), QStringLiteral("Proef"), QStringLiteral("--apply"), QStringLiteral("Proef")},
    };
    for (const QStringList &arguments : bad) {
        const CliRun run = scenario(site.path, arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + " -> " + run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
    }
    // Refused by the door (the same name but for case and spaces): one line, exit 1.
    const CliRun duplicate = scenario(site.path, {QStringLiteral("--create"), QStringLiteral("proef ")});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.count(QLatin1Char('\n')) == 1);
    auto opened = Database::open(site.path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const QList<capacity::Scenario> stored = ScenarioRepository(*opened.database).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().changes.isEmpty());
}

TEST_CASE("check --scenario runs the week's checks on a scenario beside the plan", "[capacity][scenario][cli][roster]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const QString location = QStringLiteral("Kindcentrum De Zonnewijzer");
    REQUIRE(scenario(path, {QStringLiteral("--create"), QStringLiteral("Kikkertjes")}).exitCode == 0);
    REQUIRE(scenario(path, {QStringLiteral("--add-to"), QStringLiteral("Kikkertjes"), QStringLiteral("--new-group"), QStringLiteral("Kikkertjes"),
                            QStringLiteral("--location"), location, QStringLiteral("--ages"), QStringLiteral("0-48"),
                            QStringLiteral("--max"), QStringLiteral("8")}).exitCode == 0);
    const CliRun placed = scenario(path, {QStringLiteral("--add-to"), QStringLiteral("Kikkertjes"), QStringLiteral("--place"), QStringLiteral("Olivia Vos"),
                                          QStringLiteral("--group"), QStringLiteral("Kikkertjes"), QStringLiteral("--start"),
                                          DemoMonday.toString(Qt::ISODate), QStringLiteral("--days"), QStringLiteral("ma")});
    INFO(placed.err.toStdString());
    REQUIRE(placed.exitCode == 0);

    const CliRun plain = runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--json")});
    const QJsonObject root = json(runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                              QStringLiteral("--scenario"), QStringLiteral("kikkertjes"), QStringLiteral("--json")}));
    // The plan's list is the one check gives without a scenario.
    CHECK(root.value(QStringLiteral("violations")) == json(plain).value(QStringLiteral("violations")));
    const QJsonObject beside = root.value(QStringLiteral("scenario")).toObject();
    CHECK(beside.value(QStringLiteral("name")).toString() == QStringLiteral("Kikkertjes"));
    // Olivia on Monday in a group nobody is rostered on: the staff-child ratio fails there.
    const QJsonArray added = beside.value(QStringLiteral("added")).toArray();
    REQUIRE_FALSE(added.isEmpty());
    for (const QJsonValue &v : added) {
        CHECK(v.toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Kikkertjes"));
        CHECK(v.toObject().value(QStringLiteral("date")).toString() == DemoMonday.toString(Qt::ISODate));
    }
    CHECK(beside.value(QStringLiteral("resolved")).toArray().isEmpty());
    CHECK(beside.value(QStringLiteral("violations")).toArray().size()
          == root.value(QStringLiteral("violations")).toArray().size() + added.size());
    const CliRun unknown = runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                       QStringLiteral("--scenario"), QStringLiteral("Onbekend")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.count(QLatin1Char('\n')) == 1);
}
