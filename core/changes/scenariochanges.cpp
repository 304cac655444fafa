// The door for what-if scenarios: saving them, and applying one to the plan through the plan's doors.

#include "changes/scenariochanges.h"

#include "changes/doorsupport.h"
#include "changes/keptreads.h"
#include "changes/placementchanges.h"
#include "changes/recordchanges.h"

#include "domain/validation.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/scenariorepository.h"
#include "persistence/waitinglistrepository.h"

namespace samenplan::changes {
namespace {

using capacity::Scenario;
using capacity::ScenarioChange;
using capacity::ScenarioChangeKind;

constexpr int MaxNameLength = 100;

QString changeField(int index, const char *field)
{
    return QStringLiteral("changes[%1].%2").arg(index).arg(QLatin1String(field));
}

void checkChange(const Database &db, const Scenario &scenario, int i)
{
    const ScenarioChange &c = scenario.changes.at(i);
    switch (c.kind) {
    case ScenarioChangeKind::Place:
        stored(ChildRepository(db).find(c.childId), changeField(i, "child"));
        if (c.newGroup >= 0) {
            if (c.newGroup >= i || scenario.changes.at(c.newGroup).kind != ScenarioChangeKind::AddGroup)
                refuse(doorrule::NotFound, changeField(i, "group"),
                       DoorText::tr("A child can only be placed in a group the scenario adds before it."));
        } else {
            stored(GroupRepository(db).find(c.groupId), changeField(i, "group"));
        }
        if (!c.date.isValid())
            refuse(doorrule::Dates, changeField(i, "start"), DoorText::tr("A placement in a scenario needs a start date."));
        if (c.days.isEmpty())
            refuse(doorrule::Record, changeField(i, "days"), DoorText::tr("A placement in a scenario needs at least one day."));
        for (const PlacementDay &day : c.days) {
            if (day.weekday < 1 || day.weekday > 7 || !day.hours.isValid())
                refuse(doorrule::Record, changeField(i, "days"), DoorText::tr("Every day of a placement needs a weekday and hours."));
        }
        break;
    case ScenarioChangeKind::PlacementEnd: {
        const Placement placement = stored(PlacementRepository(db).find(c.placementId), changeField(i, "placement"));
        if (c.date.isValid() && c.date < placement.start)
            refuse(doorrule::Dates, changeField(i, "date"), DoorText::tr("A placement cannot end before it starts."));
        break;
    }
    case ScenarioChangeKind::TrajectoryEnd: {
        const Referral referral = stored(ReferralRepository(db).find(c.referralId), changeField(i, "referral"));
        if (!c.date.isValid() || c.date < referral.start)
            refuse(doorrule::Dates, changeField(i, "date"), DoorText::tr("A trajectory's new end must be a date on or after its start."));
        break;
    }
    case ScenarioChangeKind::AddGroup:
        stored(LocationRepository(db).find(c.group.locationId), changeField(i, "location"));
        enforce(checkGroup(c.group));
        break;
    case ScenarioChangeKind::GroupMaximum:
        stored(GroupRepository(db).find(c.groupId), changeField(i, "group"));
        if (c.number < 1 || c.seats < 0 || c.seats > c.number)
            refuse(doorrule::GroupSize, changeField(i, "maximum"),
                   DoorText::tr("A group's maximum is at least one child, and its youth-care seats between none and that maximum."));
        break;
    }
}

void checkScenario(const Database &db, const Scenario &scenario)
{
    const QString name = scenario.name.trimmed();
    if (name.isEmpty())
        refuse(doorrule::Record, QStringLiteral("name"), DoorText::tr("A scenario needs a name."));
    if (name.size() > MaxNameLength)
        refuse(doorrule::TextLength, QStringLiteral("name"), DoorText::tr("A scenario's name is at most %1 characters.").arg(MaxNameLength));
    // Names differ in more than case: "Zomer" and "zomer" are one scenario to a planner.
    if (const auto same = ScenarioRepository(db).byName(name); same && same->id != scenario.id)
        refuse(doorrule::Duplicate, QStringLiteral("name"), DoorText::tr("There is already a scenario named \"%1\".").arg(name));
    if (scenario.locationId != NoId)
        stored(LocationRepository(db).find(scenario.locationId), QStringLiteral("location"));
    for (int i = 0; i < scenario.changes.size(); ++i)
        checkChange(db, scenario, i);
}

Scenario trimmed(Scenario scenario)
{
    scenario.name = scenario.name.trimmed();
    return scenario;
}

// The stored placement with the fields of `before`, at the row version it has now.
Placement restored(const Database &db, const Placement &before)
{
    Placement now = stored(PlacementRepository(db).find(before.id), QStringLiteral("placement"));
    Placement back = before;
    back.rowVersion = now.rowVersion;
    return back;
}

} // namespace

Id add(const Database &db, const Scenario &scenario)
{
    const Scenario added = trimmed(scenario);
    checkScenario(db, added);
    return ScenarioRepository(db).insert(added);
}

void update(const Database &db, const Scenario &scenario)
{
    const Scenario before = stored(ScenarioRepository(db).byId(scenario.id), QStringLiteral("scenario"));
    Scenario after = trimmed(scenario);
    after.appliedOn = before.appliedOn;
    if (before.appliedOn.isValid())
        after.changes = before.changes;
    checkScenario(db, after);
    ScenarioRepository(db).update(after);
}

void remove(const Database &db, const Scenario &scenario)
{
    stored(ScenarioRepository(db).byId(scenario.id), QStringLiteral("scenario"));
    ScenarioRepository(db).remove(scenario.id);
}

AppliedScenario applyScenario(const Database &db, Id scenarioId)
{
    Scenario scenario = stored(ScenarioRepository(db).byId(scenarioId), QStringLiteral("scenario"));
    if (scenario.appliedOn.isValid())
        refuse(doorrule::InUse, QStringLiteral("scenario"),
               DoorText::tr("The scenario \"%1\" was applied on %2 already.").arg(scenario.name, scenario.appliedOn.toString(Qt::ISODate)));
    checkScenario(db, scenario);
    AppliedScenario applied;
    applied.scenarioId = scenarioId;
    QHash<int, Id> newGroups; // change index -> stored group
    const QList<ScenarioChange> list = scenario.changes;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).kind != ScenarioChangeKind::AddGroup)
            continue;
        Group group = list.at(i).group;
        group.id = NoId;
        group.id = add(db, group);
        newGroups.insert(i, group.id);
        applied.addedGroups.append(group.id);
    }
    for (const ScenarioChange &c : list) {
        if (c.kind != ScenarioChangeKind::TrajectoryEnd)
            continue;
        Referral referral = stored(ReferralRepository(db).find(c.referralId), QStringLiteral("referral"));
        applied.referralsBefore.append(referral);
        referral.plannedEnd = c.date;
        update(db, referral);
    }
    PlacementChanges placements(db);
    for (const ScenarioChange &c : list) {
        if (c.kind != ScenarioChangeKind::PlacementEnd)
            continue;
        Placement placement = stored(PlacementRepository(db).find(c.placementId), QStringLiteral("placement"));
        applied.placementsBefore.append(placement);
        placement.end = c.date;
        placements.update(placement);
    }
    for (const ScenarioChange &c : list) {
        if (c.kind != ScenarioChangeKind::GroupMaximum)
            continue;
        Group group = stored(GroupRepository(db).find(c.groupId), QStringLiteral("group"));
        applied.groupsBefore.append(group);
        group.maxChildren = c.number;
        group.youthCareSeats = c.seats;
        update(db, group);
    }
    for (int i = 0; i < list.size(); ++i) {
        const ScenarioChange &c = list.at(i);
        if (c.kind != ScenarioChangeKind::Place)
            continue;
        planning::PlacementProposal proposal;
        proposal.placement.childId = c.childId;
        proposal.placement.groupId = c.newGroup >= 0 ? newGroups.value(c.newGroup) : c.groupId;
        proposal.placement.start = c.date;
        proposal.placement.kind = c.youthCare ? PlacementKind::YouthCare : PlacementKind::Regular;
        proposal.placement.days = c.days;
        Id id = NoId;
        placements.place(proposal, &id);
        applied.placed.append(id);
        const auto wish = c.waitingListId != NoId ? WaitingListRepository(db).find(c.waitingListId) : std::nullopt;
        if (wish) {
            applied.wishesRemoved.append(*wish);
            applied.wishChanges.append(i);
            remove(db, *wish);
            scenario.changes[i].waitingListId = NoId; // as the stored change's link is now
        }
    }
    scenario.appliedOn = reads::today(db);
    ScenarioRepository(db).update(scenario);
    return applied;
}

void undoApplyScenario(const Database &db, const AppliedScenario &applied)
{
    Scenario scenario = stored(ScenarioRepository(db).byId(applied.scenarioId), QStringLiteral("scenario"));
    PlacementChanges placements(db);
    for (qsizetype i = applied.wishesRemoved.size() - 1; i >= 0; --i) {
        const Id id = add(db, applied.wishesRemoved.at(i));
        const int change = applied.wishChanges.value(i, -1);
        if (change >= 0 && change < scenario.changes.size())
            scenario.changes[change].waitingListId = id; // the wish is back under a new id
    }
    for (qsizetype i = applied.placed.size() - 1; i >= 0; --i)
        placements.remove(applied.placed.at(i));
    for (qsizetype i = applied.groupsBefore.size() - 1; i >= 0; --i)
        update(db, applied.groupsBefore.at(i));
    for (qsizetype i = applied.placementsBefore.size() - 1; i >= 0; --i)
        placements.update(restored(db, applied.placementsBefore.at(i)));
    for (qsizetype i = applied.referralsBefore.size() - 1; i >= 0; --i)
        update(db, applied.referralsBefore.at(i));
    for (qsizetype i = applied.addedGroups.size() - 1; i >= 0; --i)
        remove(db, stored(GroupRepository(db).find(applied.addedGroups.at(i)), QStringLiteral("group")));
    scenario.appliedOn = {};
    ScenarioRepository(db).update(scenario);
}

} // namespace samenplan::changes
