#include "changes/placementchanges.h"

#include "changes/doorsupport.h"
#include "changes/keptreads.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"

#include <QCoreApplication>

namespace samenplan::changes {
namespace {

class PlacementChangeText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::changes::PlacementChangeText)
};

Outcome notFound(Id placementId)
{
    Outcome outcome;
    outcome.refuse(doorrule::NotFound, QStringLiteral("placement"),
                   PlacementChangeText::tr("The placement no longer exists (number %1).").arg(placementId));
    return outcome;
}

} // namespace

planning::GroupChildren loadGroupChildren(const Database &db, Id groupId)
{
    planning::GroupChildren children;
    if (auto kept = reads::keptGroupChildren(db, groupId)) {
        // The same records from the reads kept (an import places thousands of children in one
        // transaction): the group's children, each read once and kept with the placements written.
        return std::move(*kept);
    }
    children.birthDates = ChildRepository(db).birthDatesInGroup(groupId);
    for (const Referral &referral : ReferralRepository(db).ofYouthCareInGroup(groupId))
        children.referrals[referral.childId].append(referral);
    return children;
}

PlacementChanges::PlacementChanges(const Database &db) : m_db(db) {}

planning::PlacementContext PlacementChanges::context(Id groupId, Id childId) const
{
    planning::PlacementContext context;
    context.group = reads::group(m_db, groupId);
    if (context.group)
        context.location = reads::location(m_db, context.group->locationId);
    context.child = reads::child(m_db, childId);
    if (!context.group || !context.child)
        return context;
    context.groupPlacements = reads::placementsOfGroup(m_db, groupId);
    context.groupChildren = loadGroupChildren(m_db, groupId);
    context.childPlacements = reads::placementsOfChild(m_db, childId);
    context.childReferrals = reads::referralsOf(m_db, childId);
    for (const Placement &p : std::as_const(context.childPlacements)) {
        if (p.groupId != groupId && !context.groupNames.contains(p.groupId)) {
            const auto other = reads::group(m_db, p.groupId);
            context.groupNames.insert(p.groupId, other ? other->name : QString());
        }
    }
    return context;
}

Outcome PlacementChanges::check(const planning::PlacementProposal &proposal) const
{
    const Placement &p = proposal.placement;
    return planning::checkPlacement(context(p.groupId, p.childId), proposal);
}

void PlacementChanges::lockForChange(Id groupId, Id childId) const
{
    // On a server two planners meet here: the group's and the child's rows are locked until the
    // transaction ends, so the second change to the same group or child waits, then reads what the
    // first one wrote and is checked against it (seats per moment, group size, one group at a time).
    // FOR NO KEY UPDATE leaves other changes that only refer to the group (shifts, sessions) alone.
    // A file has one writer at a time already.
    if (!m_db.isPostgres())
        return;
    m_db.exec(QStringLiteral("SELECT id FROM care_groups WHERE id = ? FOR NO KEY UPDATE"), {groupId});
    m_db.exec(QStringLiteral("SELECT id FROM children WHERE id = ? FOR NO KEY UPDATE"), {childId});
}

Outcome PlacementChanges::place(const planning::PlacementProposal &proposal, Id *newId)
{
    lockForChange(proposal.placement.groupId, proposal.placement.childId);
    Outcome outcome = check(proposal);
    if (!outcome.allowed())
        throw ChangeRefused(outcome);
    const PlacementRepository repository(m_db);
    if (proposal.replacesPlacementId != NoId) {
        auto replaced = repository.find(proposal.replacesPlacementId);
        if (!replaced)
            throw ChangeRefused(notFound(proposal.replacesPlacementId));
        Placement ended = *replaced;
        ended.end = proposal.placement.start.addDays(-1);
        if (ended.end < ended.start) {
            if (!repository.remove(ended.id, ended.rowVersion))
                refuseStale(QStringLiteral("placement"));
            reads::placementWritten(m_db, replaced, std::nullopt);
        } else {
            if (!repository.update(ended))
                refuseStale(QStringLiteral("placement"));
            ++ended.rowVersion;
            reads::placementWritten(m_db, replaced, ended);
        }
    }
    Placement added = proposal.placement;
    added.id = NoId;
    added.id = repository.insert(added);
    added.rowVersion = 1; // a new row's version, as stored
    reads::placementWritten(m_db, std::nullopt, added);
    if (newId)
        *newId = added.id;
    return outcome;
}

Outcome PlacementChanges::update(const Placement &after)
{
    lockForChange(after.groupId, after.childId);
    const auto before = PlacementRepository(m_db).find(after.id);
    if (!before)
        throw ChangeRefused(notFound(after.id));
    if (after.rowVersion != 0 && after.rowVersion != before->rowVersion)
        refuseStale(QStringLiteral("placement"));
    planning::PlacementProposal proposal;
    proposal.placement = after;
    Outcome outcome = check(proposal);
    if (!outcome.allowed())
        throw ChangeRefused(outcome);
    if (!PlacementRepository(m_db).update(after))
        refuseStale(QStringLiteral("placement"));
    Placement stored = after;
    stored.rowVersion = before->rowVersion + 1;
    reads::placementWritten(m_db, before, stored);
    return outcome;
}

Outcome PlacementChanges::end(Id placementId, const QDate &lastDay, const QString &reason)
{
    auto placement = PlacementRepository(m_db).find(placementId);
    if (!placement)
        throw ChangeRefused(notFound(placementId));
    if (!lastDay.isValid()) {
        Outcome refused;
        refused.refuse(doorrule::Dates, QStringLiteral("end"), PlacementChangeText::tr("Choose the last day of the placement."));
        throw ChangeRefused(refused);
    }
    Placement ended = *placement;
    ended.end = lastDay;
    ended.endReason = reason.trimmed();
    return update(ended);
}

void PlacementChanges::remove(Id placementId, int rowVersion)
{
    const auto placement = PlacementRepository(m_db).find(placementId);
    if (!placement)
        throw ChangeRefused(notFound(placementId));
    if (!PlacementRepository(m_db).remove(placementId, rowVersion))
        refuseStale(QStringLiteral("placement"));
    reads::placementWritten(m_db, placement, std::nullopt);
}

} // namespace samenplan::changes
