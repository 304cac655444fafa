#include "capacity/scenarioplan.h"

namespace samenplan::capacity {
namespace {

struct KindCode {
    ScenarioChangeKind kind;
    const char *code;
};

constexpr KindCode kindCodes[] = {
    {ScenarioChangeKind::Place, "place"},
    {ScenarioChangeKind::PlacementEnd, "placement-end"},
    {ScenarioChangeKind::TrajectoryEnd, "trajectory-end"},
    {ScenarioChangeKind::AddGroup, "add-group"},
    {ScenarioChangeKind::GroupMaximum, "group-maximum"},
};

} // namespace

QString scenarioChangeKindCode(ScenarioChangeKind kind)
{
    for (const KindCode &k : kindCodes) {
        if (k.kind == kind)
            return QLatin1String(k.code);
    }
    return {};
}

std::optional<ScenarioChangeKind> scenarioChangeKindFromCode(const QString &code)
{
    for (const KindCode &k : kindCodes) {
        if (code == QLatin1String(k.code))
            return k.kind;
    }
    return std::nullopt;
}

namespace {

void moveTrajectoryEnd(QList<Referral> &referrals, const ScenarioChange &change)
{
    for (Referral &r : referrals) {
        if (r.id == change.referralId)
            r.plannedEnd = change.date;
    }
}

void moveTrajectoryEnd(QHash<Id, QList<Referral>> &referrals, const ScenarioChange &change)
{
    for (QList<Referral> &ofChild : referrals)
        moveTrajectoryEnd(ofChild, change);
}

// The scenario's changes made to either kind of loaded plan (capacity or planning data).
template <typename Data>
Data changed(Data data, const Scenario &scenario)
{
    Id nextPlacement = -1;
    for (int i = 0; i < scenario.changes.size(); ++i) {
        const ScenarioChange &change = scenario.changes.at(i);
        switch (change.kind) {
        case ScenarioChangeKind::AddGroup: {
            Group group = change.group;
            group.id = scenarioGroupId(i);
            data.groups.append(group);
            if constexpr (requires { data.reindex(); })
                data.reindex(); // the places below look the new group up
            break;
        }
        case ScenarioChangeKind::GroupMaximum:
            for (Group &group : data.groups) {
                if (group.id == change.groupId) {
                    group.maxChildren = change.number;
                    group.youthCareSeats = change.seats;
                }
            }
            break;
        case ScenarioChangeKind::PlacementEnd:
            for (Placement &p : data.placements) {
                if (p.id == change.placementId)
                    p.end = change.date;
            }
            break;
        case ScenarioChangeKind::TrajectoryEnd:
            moveTrajectoryEnd(data.referrals, change);
            break;
        case ScenarioChangeKind::Place: {
            const Id groupId = change.newGroup >= 0 ? scenarioGroupId(change.newGroup) : change.groupId;
            if (!data.group(groupId) || !data.children.contains(change.childId))
                break;
            Placement p;
            p.id = nextPlacement--;
            p.childId = change.childId;
            p.groupId = groupId;
            p.start = change.date;
            p.kind = change.youthCare ? PlacementKind::YouthCare : PlacementKind::Regular;
            p.days = change.days;
            data.placements.append(p);
            if constexpr (requires { data.waitingList; }) {
                data.waitingList.removeIf([&change](const WaitingListEntry &e) {
                    return change.waitingListId != NoId ? e.id == change.waitingListId : e.childId == change.childId;
                });
            }
            break;
        }
        }
    }
    if constexpr (requires { data.reindex(); })
        data.reindex();
    return data;
}

} // namespace

CapacityData withScenario(const CapacityData &plan, const Scenario &scenario)
{
    return changed(plan, scenario);
}

planning::PlanningData withScenario(const planning::PlanningData &plan, const Scenario &scenario)
{
    return changed(plan, scenario);
}

QList<ScenarioChange> placesOf(const WaitingListScenario &placed, Id locationId)
{
    QList<ScenarioChange> changes;
    for (const TentativePlacement &p : placed.placed) {
        const Group *group = placed.data.group(p.placement.groupId);
        if (locationId != NoId && (!group || group->locationId != locationId))
            continue;
        ScenarioChange c;
        c.kind = ScenarioChangeKind::Place;
        c.childId = p.placement.childId;
        c.groupId = p.placement.groupId;
        c.date = p.placement.start;
        c.days = p.placement.days;
        c.youthCare = p.placement.kind == PlacementKind::YouthCare;
        c.waitingListId = p.entry.id;
        changes.append(c);
    }
    return changes;
}

} // namespace samenplan::capacity
