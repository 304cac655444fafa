// What if the waiting list were placed (capacity/scenario.h, issue #16 item 3): in priority order,
// each at its earliest fit counting the ones placed before it, in memory only; and the forecast
// with --place-waiting-list beside the plan.

#include "capacitysite.h"
#include "clirunner.h"

#include "capacity/entryfit.h"
#include "capacity/forecast.h"
#include "capacity/scenario.h"
#include "persistence/placementrepository.h"
#include "persistence/waitinglistrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

namespace {

// Dolfijnen's Mondays hold three toddlers for years (one regular place left); Ada (priority 2) and
// Bo (priority 1) both wish a Monday there from the site's Monday.
struct WaitingSite : CapacitySite {
    QDate adaBirth = monday.addMonths(-10);
    QDate boBirth = monday.addMonths(-12);
    Id ada = NoId;
    Id bo = NoId;

    WaitingSite()
    {
        using namespace samenplan;
        for (const char *name : {"Aap", "Beer", "Cobra"})
            REQUIRE(place(child(QString::fromLatin1(name), monday.addMonths(-14)), dayCare, monday, {1}).isEmpty());
        ada = child(QStringLiteral("Ada"), adaBirth);
        bo = child(QStringLiteral("Bo"), boBirth);
        Transaction t(*db);
        for (const auto &[childId, priority] : {std::pair{bo, 1}, std::pair{ada, 2}}) {
            WaitingListEntry entry;
            entry.childId = childId;
            entry.wishedStart = monday;
            entry.days = weekdayBit(1);
            entry.preferredGroupId = dayCare;
            entry.priority = priority;
            changes::add(*db, entry);
        }
        t.commit();
    }
};

QJsonObject mondayOf(const QJsonObject &root, const QString &group, int month)
{
    for (const QJsonValue &g : root.value(QStringLiteral("groups")).toArray()) {
        if (g.toObject().value(QStringLiteral("group")).toString() != group)
            continue;
        const QJsonObject m = g.toObject().value(QStringLiteral("months")).toArray().at(month).toObject();
        return m.value(QStringLiteral("weekdays")).toArray().first().toObject();
    }
    return {};
}

} // namespace

TEST_CASE("what if: the waiting list placed by priority, each counting the ones before it", "[capacity][scenario]")
{
    WaitingSite site;
    const int placementsBefore = PlacementRepository(*site.db).all().size();
    const auto plan = capacity::CapacityData::load(*site.db, site.monday);
    // On its own, Bo fits his wished group at once.
    for (const WaitingListEntry &entry : plan.waitingList) {
        if (entry.childId == site.bo)
            CHECK(capacity::fitOfEntry(plan, entry).wished->earliestStart == site.monday);
    }

    const capacity::WaitingListScenario scenario = capacity::placeWaitingList(plan, site.monday);
    REQUIRE(scenario.placed.size() == 2);
    CHECK(scenario.unplaced.isEmpty());
    // Ada first (priority 2) takes Monday's last place in Dolfijnen ...
    CHECK(scenario.placed.at(0).child == QStringLiteral("Ada Test"));
    CHECK(scenario.placed.at(0).group == QStringLiteral("Dolfijnen"));
    CHECK(scenario.placed.at(0).placement.start == site.monday);
    CHECK(scenario.placed.at(0).placement.id < 0);
    // ... so Bo, whose wished group is then full for as long as he could stay, goes where he fits
    // first: pre-school from 24 months.
    CHECK(scenario.placed.at(1).child == QStringLiteral("Bo Test"));
    CHECK(scenario.placed.at(1).group == QStringLiteral("Parelvissers"));
    CHECK(scenario.placed.at(1).placement.start == firstDayAgedMonths(site.boBirth, 24));
    CHECK(scenario.data.waitingList.isEmpty());
    CHECK(plan.waitingList.size() == 2);

    // The forecast counts them: Dolfijnen's Mondays 4 of 4 instead of 3.
    const QDate first(site.monday.year(), site.monday.month(), 1);
    CHECK(capacity::forecast(plan, first, 1).first().months.first().weekdays.first().regularPeak == 3);
    CHECK(capacity::forecast(scenario.data, first, 1).first().months.first().weekdays.first().regularPeak == 4);

    // Nothing is written.
    CHECK(PlacementRepository(*site.db).all().size() == placementsBefore);
    CHECK(WaitingListRepository(*site.db).all().size() == 2);

    // A second wish of Ada's (Tuesdays, lower priority) is not placed beside her first.
    {
        Transaction t(*site.db);
        WaitingListEntry second;
        second.childId = site.ada;
        second.wishedStart = site.monday;
        second.days = weekdayBit(2);
        changes::add(*site.db, second);
        t.commit();
    }
    const capacity::WaitingListScenario twice = capacity::placeWaitingList(capacity::CapacityData::load(*site.db, site.monday), site.monday);
    CHECK(twice.placed.size() == 2);
    CHECK(twice.data.waitingList.size() == 1); // the second wish stays waiting
    CHECK(twice.data.waitingList.first().days == weekdayBit(2));
}

TEST_CASE("forecast --place-waiting-list: the scenario beside the plan, the file unchanged", "[capacity][scenario][cli]")
{
    WaitingSite site;
    site.close();
    const QString from = site.monday.toString(QStringLiteral("yyyy-MM"));
    const QStringList args{QStringLiteral("forecast"), site.path, QStringLiteral("--from"), from, QStringLiteral("--months"),
                           QStringLiteral("2"), QStringLiteral("--json")};
    const CliRun run = runCliWith(args + QStringList{QStringLiteral("--place-waiting-list")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject scenario = root.value(QStringLiteral("scenario")).toObject();
    const QJsonArray placed = scenario.value(QStringLiteral("placed")).toArray();
    REQUIRE(placed.size() == 2);
    CHECK(placed.at(0).toObject().keys()
          == QStringList{QStringLiteral("group"), QStringLiteral("location"), QStringLiteral("name"), QStringLiteral("start")});
    CHECK(placed.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Ada Test"));
    CHECK(placed.at(0).toObject().value(QStringLiteral("start")).toString() == site.monday.toString(Qt::ISODate));
    CHECK(placed.at(1).toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Parelvissers"));
    CHECK(scenario.value(QStringLiteral("unplaced")).toArray().isEmpty());
    const QJsonObject monday = mondayOf(root, QStringLiteral("Dolfijnen"), 0);
    CHECK(monday.value(QStringLiteral("day")).toString() == QStringLiteral("ma"));
    CHECK(monday.value(QStringLiteral("regular_peak")).toInt() == 4);
    CHECK(monday.value(QStringLiteral("plan_regular_peak")).toInt() == 3);
    CHECK(monday.value(QStringLiteral("waiting")).toInt() == 0); // placed, no longer waiting

    // The plan itself is unchanged: without the option, 3 and both waiting, and no plan_* fields.
    const QJsonObject planRoot = QJsonDocument::fromJson(runCliWith(args).out.toUtf8()).object();
    CHECK_FALSE(planRoot.contains(QStringLiteral("scenario")));
    const QJsonObject planMonday = mondayOf(planRoot, QStringLiteral("Dolfijnen"), 0);
    CHECK(planMonday.value(QStringLiteral("regular_peak")).toInt() == 3);
    CHECK(planMonday.value(QStringLiteral("waiting")).toInt() == 2);
    CHECK_FALSE(planMonday.contains(QStringLiteral("plan_regular_peak")));
}
