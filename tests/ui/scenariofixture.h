#pragma once
// What the GUI tests of what-if scenarios share: a demo group or child by name, and a stored
// scenario that adds the group "Kikkertjes" with Olivia Vos in it (more changes may follow).

#include "catch.h"
#include "demodb.h"

#include "capacity/scenarioplan.h"
#include "changes/scenariochanges.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"

namespace samenplan::ui {

inline Group demoGroup(const Database &db, const QString &name)
{
    for (const Group &g : GroupRepository(db).all()) {
        if (g.name == name)
            return g;
    }
    FAIL("no group " << name.toStdString());
    return {};
}

inline Id demoChild(const Database &db, const QString &displayName)
{
    for (const Child &c : ChildRepository(db).all()) {
        if (c.displayName() == displayName)
            return c.id;
    }
    FAIL("no child " << displayName.toStdString());
    return NoId;
}

// "Kikkertjes" (9 places, no seats) at the location, Olivia Vos in it from DemoMonday on the days.
inline capacity::Scenario kikkertjesScenario(const Database &db, const QString &name, Id locationId, const QList<PlacementDay> &days)
{
    capacity::Scenario s;
    s.name = name;
    s.locationId = locationId;
    capacity::ScenarioChange added;
    added.kind = capacity::ScenarioChangeKind::AddGroup;
    added.group.locationId = locationId;
    added.group.name = QStringLiteral("Kikkertjes");
    added.group.maxChildren = 9;
    added.group.youthCareSeats = 0;
    capacity::ScenarioChange placed;
    placed.kind = capacity::ScenarioChangeKind::Place;
    placed.childId = demoChild(db, QStringLiteral("Olivia Vos"));
    placed.newGroup = 0;
    placed.date = DemoMonday;
    placed.days = days;
    s.changes = {added, placed};
    return s;
}

inline void storeScenario(const Database &db, const capacity::Scenario &scenario)
{
    Transaction t(db);
    changes::add(db, scenario);
    t.commit();
}

} // namespace samenplan::ui
