#include "groups/boardwhatif.h"

#include "persistence/scenariorepository.h"

namespace samenplan::ui {

QList<capacity::Scenario> openScenarios(const Database &db, Id locationId)
{
    QList<capacity::Scenario> open = ScenarioRepository(db).ofLocation(locationId);
    open.removeIf([](const capacity::Scenario &s) { return s.appliedOn.isValid(); });
    return open;
}

QSet<Id> placementsChangedBy(const planning::PlanningData &plan, const planning::PlanningData &what)
{
    QSet<Id> changed;
    for (const Placement &p : what.placements) {
        const Placement *before = plan.placement(p.id);
        if (!before || before->end != p.end) {
            changed.insert(p.id);
            continue;
        }
        const Referral *now = what.activeReferral(p.childId, p.start);
        const Referral *then = plan.activeReferral(p.childId, p.start);
        if (p.kind == PlacementKind::YouthCare && now && then && now->plannedEnd != then->plannedEnd)
            changed.insert(p.id);
    }
    return changed;
}

QList<WaitingListEntry> stillWaiting(const QList<WaitingListEntry> &waiting, const capacity::Scenario &scenario)
{
    QList<WaitingListEntry> left = waiting;
    for (const capacity::ScenarioChange &c : scenario.changes) {
        if (c.kind != capacity::ScenarioChangeKind::Place)
            continue;
        left.removeIf([&c](const WaitingListEntry &e) {
            return c.waitingListId != NoId ? e.id == c.waitingListId : e.childId == c.childId;
        });
    }
    return left;
}

} // namespace samenplan::ui
