// Named what-if scenarios kept in the file (capacity/scenarioplan.h, changes/scenariochanges.h,
// issue #16 item 3): stored and read back whole, bad ones refused with nothing written, shown in the
// forecast beside the plan (counted by hand), applied as one change through the plan's doors and
// taken back; a refusal by any rule leaves the plan as it was; erasing a child takes it out of them.

#include "capacitysite.h"

#include "capacity/forecast.h"
#include "capacity/scenarioplan.h"
#include "changes/attendancechanges.h"
#include "changes/erasure.h"
#include "changes/scenariochanges.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/scenariorepository.h"
#include "persistence/waitinglistrepository.h"

using namespace samenplan;
using capacity::Scenario;
using capacity::ScenarioChange;
using capacity::ScenarioChangeKind;

namespace {

const TimeRange Day{480, 1050};

// Dolfijnen (6 places, 2 of them youth-care seats) holds four toddlers on Mondays: its regular places
// are full. Ada waits for a Monday; Dewi has a youth-care seat on Mondays until her referral ends.
struct ScenarioSite : CapacitySite {
    QList<Id> toddlers;
    Id ada = NoId;
    Id dewi = NoId;
    Id dewiReferral = NoId;
    Id wish = NoId;

    ScenarioSite()
    {
        for (const char *name : {"Aap", "Beer", "Cobra", "Dirk"}) {
            toddlers << child(QString::fromLatin1(name), monday.addMonths(-14));
            REQUIRE(place(toddlers.last(), dayCare, monday, {1}).isEmpty());
        }
        dewi = child(QStringLiteral("Dewi"), monday.addMonths(-20));
        dewiReferral = referral(dewi, monday.addDays(-7), monday.addMonths(9));
        REQUIRE(place(dewi, dayCare, monday, {1}, PlacementKind::YouthCare).isEmpty());
        ada = child(QStringLiteral("Ada"), monday.addMonths(-10));
        Transaction t(*db);
        WaitingListEntry entry;
        entry.childId = ada;
        entry.wishedStart = monday;
        entry.days = weekdayBit(1);
        entry.preferredGroupId = dayCare;
        wish = changes::add(*db, entry);
        t.commit();
    }

    Id placementOf(Id childId) const
    {
        for (const Placement &p : PlacementRepository(*db).ofChild(childId))
            return p.id;
        return NoId;
    }

    static ScenarioChange placing(Id childId, Id groupId, const QDate &start)
    {
        ScenarioChange c;
        c.kind = ScenarioChangeKind::Place;
        c.childId = childId;
        c.groupId = groupId;
        c.date = start;
        c.days = {{1, Day}};
        return c;
    }

    // Dolfijnen grows to 8 (two more regular places), Aap leaves after four weeks, Dewi's trajectory
    // is extended by three months, and Ada is placed from the second week.
    Scenario bigger() const
    {
        Scenario s;
        s.name = QStringLiteral("Dolfijnen groter");
        s.locationId = location;
        ScenarioChange maximum;
        maximum.kind = ScenarioChangeKind::GroupMaximum;
        maximum.groupId = dayCare;
        maximum.number = 8;
        maximum.seats = 2;
        ScenarioChange end;
        end.kind = ScenarioChangeKind::PlacementEnd;
        end.placementId = placementOf(toddlers.first());
        end.date = monday.addDays(27);
        ScenarioChange trajectory;
        trajectory.kind = ScenarioChangeKind::TrajectoryEnd;
        trajectory.referralId = dewiReferral;
        trajectory.date = monday.addMonths(12);
        ScenarioChange adaPlaced = placing(ada, dayCare, monday.addDays(7));
        adaPlaced.waitingListId = wish;
        s.changes = {maximum, end, trajectory, adaPlaced};
        return s;
    }

    Id store(const Scenario &s) const
    {
        Transaction t(*db);
        const Id id = changes::add(*db, s);
        t.commit();
        return id;
    }
};

// The Monday of a month well after every change of bigger().
capacity::WeekdayForecast mondayIn(const QList<capacity::GroupForecast> &forecast, Id groupId)
{
    for (const capacity::GroupForecast &g : forecast) {
        if (g.groupId == groupId)
            return g.months.first().weekdays.first();
    }
    FAIL("group not in the forecast");
    return {};
}

} // namespace

TEST_CASE("a scenario is stored with its changes in order and read back whole", "[capacity][scenario][database]")
{
    ScenarioSite site;
    Scenario s = site.bigger();
    ScenarioChange group;
    group.kind = ScenarioChangeKind::AddGroup;
    group.group.locationId = site.location;
    group.group.name = QStringLiteral("Walvissen");
    group.group.careType = CareType::DayCare;
    group.group.minAgeMonths = 0;
    group.group.maxAgeMonths = 48;
    group.group.maxChildren = 10;
    group.group.youthCareSeats = 0;
    ScenarioChange intoNew = ScenarioSite::placing(site.ada, NoId, site.monday);
    intoNew.newGroup = 4;
    s.changes << group << intoNew;
    s.note = QStringLiteral("Voor het overleg van maart");
    const Id id = site.store(s);

    const auto back = ScenarioRepository(*site.db).byName(QStringLiteral("Dolfijnen groter"));
    REQUIRE(back);
    CHECK(back->id == id);
    CHECK(back->note == s.note);
    CHECK(back->locationId == site.location);
    CHECK(back->created.isValid());
    CHECK_FALSE(back->appliedOn.isValid());
    REQUIRE(back->changes.size() == 6);
    CHECK(back->changes.at(0).kind == ScenarioChangeKind::GroupMaximum);
    CHECK(back->changes.at(0).number == 8);
    CHECK(back->changes.at(0).seats == 2);
    CHECK(back->changes.at(1).placementId == site.placementOf(site.toddlers.first()));
    CHECK(back->changes.at(1).date == site.monday.addDays(27));
    CHECK(back->changes.at(2).referralId == site.dewiReferral);
    CHECK(back->changes.at(3).waitingListId == site.wish);
    CHECK(back->changes.at(3).days.size() == 1);
    CHECK(back->changes.at(3).days.first().hours.from == Day.from);
    CHECK(back->changes.at(3).days.first().hours.to == Day.to);
    CHECK(back->changes.at(4).group.name == QStringLiteral("Walvissen"));
    CHECK(back->changes.at(4).group.maxChildren == 10);
    CHECK(back->changes.at(5).newGroup == 4);
}

TEST_CASE("a scenario that makes no sense is refused, naming the field, and nothing is written", "[capacity][scenario][door]")
{
    ScenarioSite site;
    site.store(site.bigger());
    const auto refusedField = [&site](const Scenario &s) -> QString {
        try {
            Transaction t(*site.db);
            changes::add(*site.db, s);
            t.commit();
        } catch (const ChangeRefused &refused) {
            REQUIRE_FALSE(refused.message().isEmpty());
            return refused.outcome().refusals.first().field;
        }
        return {};
    };
    Scenario s = site.bigger();
    s.name = QStringLiteral("  ");
    CHECK(refusedField(s) == QStringLiteral("name"));
    s.name = QStringLiteral("Dolfijnen groter "); // the same name, trimmed
    CHECK(refusedField(s) == QStringLiteral("name"));
    s.name = QStringLiteral("Anders");
    s.changes[0].seats = 9; // more seats than places
    CHECK(refusedField(s) == QStringLiteral("changes[0].maximum"));
    s = site.bigger();
    s.name = QStringLiteral("Anders");
    s.changes[3].days.clear();
    CHECK(refusedField(s) == QStringLiteral("changes[3].days"));
    s.changes[3].days = {{1, Day}};
    s.changes[3].newGroup = 0; // not a group the scenario adds
    CHECK(refusedField(s) == QStringLiteral("changes[3].group"));
    s = site.bigger();
    s.name = QStringLiteral("Anders");
    s.changes[1].date = site.monday.addDays(-30); // before the placement starts
    CHECK(refusedField(s) == QStringLiteral("changes[1].date"));
    s.changes[1].date = {};
    s.changes[2].date = {};
    CHECK(refusedField(s) == QStringLiteral("changes[2].date"));
    CHECK(ScenarioRepository(*site.db).all().size() == 1);
}

TEST_CASE("the forecast shows a scenario beside the plan, as counted by hand", "[capacity][scenario][forecast]")
{
    ScenarioSite site;
    const QDate later(site.monday.addMonths(3).year(), site.monday.addMonths(3).month(), 1);
    const capacity::CapacityData plan = capacity::CapacityData::load(*site.db, later);
    const auto planned = capacity::forecast(plan, later, 1);
    // The plan: Aap, Beer, Cobra and Dirk in 4 regular places, Dewi in one of 2 seats.
    CHECK(mondayIn(planned, site.dayCare).regularPeak == 4);
    CHECK(mondayIn(planned, site.dayCare).regularPlaces == 4);
    CHECK(mondayIn(planned, site.dayCare).youthCarePeak == 1);
    CHECK(mondayIn(planned, site.dayCare).waiting == 1);
    // The scenario: 6 regular places; Aap gone, Ada in: Beer, Cobra, Dirk, Ada.
    const auto what = capacity::forecast(capacity::withScenario(plan, site.bigger()), later, 1);
    CHECK(mondayIn(what, site.dayCare).regularPeak == 4);
    CHECK(mondayIn(what, site.dayCare).regularPlaces == 6);
    CHECK(mondayIn(what, site.dayCare).youthCarePeak == 1);
    CHECK(mondayIn(what, site.dayCare).waiting == 0);
    // Ten months on, Dewi's seat is free in the plan (trajectory ended) but not in the scenario.
    const QDate tenMonths(site.monday.addMonths(10).year(), site.monday.addMonths(10).month(), 1);
    const capacity::CapacityData planLater = capacity::CapacityData::load(*site.db, tenMonths);
    CHECK(mondayIn(capacity::forecast(planLater, tenMonths, 1), site.dayCare).youthCarePeak == 0);
    CHECK(mondayIn(capacity::forecast(capacity::withScenario(planLater, site.bigger()), tenMonths, 1), site.dayCare).youthCarePeak == 1);
}

TEST_CASE("applying a scenario changes the plan through its doors, and undoing it restores the plan", "[capacity][scenario][door]")
{
    ScenarioSite site;
    const Id id = site.store(site.bigger());
    const int placementsBefore = int(PlacementRepository(*site.db).all().size());
    changes::AppliedScenario applied;
    {
        Transaction t(*site.db);
        applied = changes::applyScenario(*site.db, id);
        t.commit();
    }
    CHECK(GroupRepository(*site.db).find(site.dayCare)->maxChildren == 8);
    CHECK(PlacementRepository(*site.db).find(site.placementOf(site.toddlers.first()))->end == site.monday.addDays(27));
    CHECK(ReferralRepository(*site.db).find(site.dewiReferral)->plannedEnd == site.monday.addMonths(12));
    CHECK(PlacementRepository(*site.db).all().size() == placementsBefore + 1);
    CHECK(PlacementRepository(*site.db).ofChild(site.ada).size() == 1);
    CHECK(WaitingListRepository(*site.db).all().isEmpty());
    CHECK(ScenarioRepository(*site.db).byId(id)->appliedOn.isValid());
    // Not twice.
    {
        Transaction t(*site.db);
        CHECK_THROWS_AS(changes::applyScenario(*site.db, id), ChangeRefused);
    }
    {
        Transaction t(*site.db);
        changes::undoApplyScenario(*site.db, applied);
        t.commit();
    }
    CHECK(GroupRepository(*site.db).find(site.dayCare)->maxChildren == 6);
    CHECK(PlacementRepository(*site.db).find(site.placementOf(site.toddlers.first()))->end.isNull());
    CHECK(ReferralRepository(*site.db).find(site.dewiReferral)->plannedEnd == site.monday.addMonths(9));
    CHECK(PlacementRepository(*site.db).all().size() == placementsBefore);
    const QList<WaitingListEntry> waiting = WaitingListRepository(*site.db).all();
    REQUIRE(waiting.size() == 1);
    const auto back = ScenarioRepository(*site.db).byId(id);
    CHECK_FALSE(back->appliedOn.isValid());
    CHECK(back->changes.at(3).waitingListId == waiting.first().id); // the wish is linked again
    // And it applies again, as a user's Redo does.
    Transaction t(*site.db);
    changes::applyScenario(*site.db, id);
    t.commit();
    CHECK(WaitingListRepository(*site.db).all().isEmpty());
}

TEST_CASE("a scenario the plan no longer allows is refused whole when applied", "[capacity][scenario][door]")
{
    ScenarioSite site;
    Scenario s = site.bigger();
    s.changes.removeAt(1); // Aap stays
    s.changes[0].number = 6; // and the group stays at 6: no room for Ada
    const Id id = site.store(s);
    {
        Transaction t(*site.db);
        CHECK_THROWS_AS(changes::applyScenario(*site.db, id), ChangeRefused);
    } // rolled back
    CHECK(ReferralRepository(*site.db).find(site.dewiReferral)->plannedEnd == site.monday.addMonths(9));
    CHECK(PlacementRepository(*site.db).ofChild(site.ada).isEmpty());
    CHECK(WaitingListRepository(*site.db).all().size() == 1);
    CHECK_FALSE(ScenarioRepository(*site.db).byId(id)->appliedOn.isValid());
}

TEST_CASE("erasing a child takes its places out of every scenario and keeps the rest", "[capacity][scenario][privacy]")
{
    ScenarioSite site;
    Scenario s;
    s.name = QStringLiteral("Nieuwe groep");
    ScenarioChange group;
    group.kind = ScenarioChangeKind::AddGroup;
    group.group.locationId = site.location;
    group.group.name = QStringLiteral("Walvissen");
    group.group.maxChildren = 10;
    group.group.youthCareSeats = 0;
    const Id bo = site.child(QStringLiteral("Bo"), site.monday.addMonths(-8));
    ScenarioChange boPlaced = ScenarioSite::placing(bo, NoId, site.monday);
    boPlaced.newGroup = 2;
    ScenarioChange adaPlaced = ScenarioSite::placing(site.ada, NoId, site.monday);
    adaPlaced.newGroup = 2;
    s.changes = {adaPlaced, ScenarioSite::placing(site.ada, site.dayCare, site.monday), group, boPlaced};
    s.changes[0].newGroup = -1; // the first is into Dolfijnen
    s.changes[0].groupId = site.dayCare;
    const Id id = site.store(s);
    {
        Transaction t(*site.db);
        changes::eraseChild(*site.db, site.ada);
        t.commit();
    }
    const auto back = ScenarioRepository(*site.db).byId(id);
    REQUIRE(back->changes.size() == 2);
    CHECK(back->changes.at(0).kind == ScenarioChangeKind::AddGroup);
    CHECK(back->changes.at(1).childId == bo);
    CHECK(back->changes.at(1).newGroup == 0); // still the group added, now the first change
    const capacity::CapacityData data = capacity::withScenario(capacity::CapacityData::load(*site.db, site.monday), *back);
    CHECK(data.placesTaken(capacity::scenarioGroupId(0)).size() == 1);
}

TEST_CASE("the forecast leaves out the days the location is closed", "[capacity][forecast][calendar]")
{
    CapacitySite site;
    // February 2027's Mondays: 1, 8, 15 and 22. Anna every Monday, Bas from the 15th.
    REQUIRE(site.place(site.child(QStringLiteral("Anna"), QDate(2025, 10, 1)), site.dayCare, QDate(2027, 1, 4), {1}).isEmpty());
    REQUIRE(site.place(site.child(QStringLiteral("Bas"), QDate(2025, 11, 1)), site.dayCare, QDate(2027, 2, 15), {1}).isEmpty());
    const QDate february(2027, 2, 1);
    const auto monday = [&] {
        return mondayIn(capacity::forecast(capacity::CapacityData::load(*site.db, february), february, 1), site.dayCare);
    };
    CHECK(monday().regularPeak == 2);
    CHECK(monday().regularAverage == 1.5);
    Transaction t(*site.db);
    for (const QDate &closed : {QDate(2027, 2, 15), QDate(2027, 2, 22)}) {
        ClosingDay day;
        day.locationId = site.location;
        day.date = closed;
        day.reason = QStringLiteral("Studiedag");
        changes::add(*site.db, day);
    }
    t.commit();
    CHECK(monday().regularPeak == 1); // nobody is there on the two closed Mondays
    CHECK(monday().regularAverage == 1.0);
}

TEST_CASE("a location's scenarios are its own and the organisation's, and every one with no location given", "[capacity][scenario][database]")
{
    ScenarioSite site;
    Id otherLocation = NoId;
    {
        Transaction t(*site.db);
        Location other;
        other.name = QStringLiteral("De Vuurtoren");
        other.lrkNumber = QStringLiteral("555566667777");
        for (int day = 1; day <= 5; ++day)
            other.openingHours[day - 1] = TimeRange{450, 1110};
        otherLocation = changes::add(*site.db, other);
        t.commit();
    }
    for (const auto &[name, location] : {std::pair{QStringLiteral("Haven"), site.location}, std::pair{QStringLiteral("Vuurtoren"), otherLocation},
                                         std::pair{QStringLiteral("Allemaal"), NoId}}) {
        Scenario s;
        s.name = name;
        s.locationId = location;
        site.store(s);
    }
    const auto names = [](const QList<Scenario> &list) {
        QStringList result;
        for (const Scenario &s : list)
            result << s.name;
        return result;
    };
    const ScenarioRepository scenarios(*site.db);
    CHECK(names(scenarios.ofLocation(site.location)) == QStringList{QStringLiteral("Allemaal"), QStringLiteral("Haven")});
    CHECK(names(scenarios.ofLocation(otherLocation)) == QStringList{QStringLiteral("Allemaal"), QStringLiteral("Vuurtoren")});
    CHECK(names(scenarios.ofLocation(NoId)).size() == 3);
    CHECK(scenarios.byName(QStringLiteral("  haven ")).has_value());
}
