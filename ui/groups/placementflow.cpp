#include "groups/placementflow.h"

#include "changes/placementchanges.h"
#include "commands/placementcommands.h"
#include "groups/endplacementdialog.h"
#include "groups/groupchooser.h"
#include "groups/placementdialog.h"
#include "persistence/placementrepository.h"
#include "persistence/waitinglistrepository.h"
#include "shell/document.h"
#include "util/clock.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

namespace samenplan::ui {

using planning::DropAdvice;
using planning::PlacementProposal;

PlacementFlow::PlacementFlow(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

void PlacementFlow::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    forget();
    if (document)
        connect(document, &Document::changed, this, &PlacementFlow::forget);
}

void PlacementFlow::setBoard(const planning::PlanningData *plan, const QList<WaitingListEntry> *waitingList, const QDate &shown)
{
    m_plan = plan;
    m_waitingList = waitingList;
    m_shown = shown;
    forget();
}

void PlacementFlow::forget()
{
    m_contexts.clear();
    m_weeks.clear();
}

planning::PlacementContext PlacementFlow::context(Id groupId, Id childId) const
{
    const QPair<Id, Id> key{groupId, childId};
    auto it = m_contexts.constFind(key);
    if (it == m_contexts.constEnd())
        it = m_contexts.insert(key, changes::PlacementChanges(m_document->database()).context(groupId, childId));
    return *it;
}

PlacementProposal PlacementFlow::proposalFor(const ChildDrag &drag, Id groupId) const
{
    static const planning::PlanningData none;
    const planning::PlanningData &plan = m_plan ? *m_plan : none;
    PlacementProposal proposal;
    Placement &p = proposal.placement;
    p.childId = drag.childId;
    p.groupId = groupId;
    p.start = std::max(IsoWeek::containing(m_shown).monday(), QDate::currentDate());
    proposal.replacesPlacementId = drag.placementId;
    WeekdayMask wishedDays = 0;
    if (m_waitingList) {
        for (const WaitingListEntry &entry : *m_waitingList) {
            if (entry.childId == drag.childId) {
                wishedDays = entry.days;
                p.start = std::max(p.start, entry.wishedStart);
            }
        }
    }
    p.days = planning::proposedDays(plan, drag.childId, groupId, wishedDays);
    if (p.days.isEmpty() && m_document) {
        // The board knows no group of another location: read its opening hours from the context.
        const planning::PlacementContext stored = context(groupId, drag.childId);
        for (int day = 1; day <= 7 && stored.location; ++day) {
            if (const auto open = stored.location->hoursOn(day); open && (!wishedDays || (wishedDays & weekdayBit(day))))
                p.days.append({day, *open});
        }
    }
    // It starts on the first day the child comes, not on a Saturday it will never be there.
    for (int step = 0; step < 7 && !p.days.isEmpty(); ++step) {
        const bool comes = std::any_of(p.days.cbegin(), p.days.cend(), [&p](const PlacementDay &d) { return d.weekday == p.start.dayOfWeek(); });
        if (comes)
            break;
        p.start = p.start.addDays(1);
    }
    for (const Placement &existing : plan.placements) {
        if (existing.id == drag.placementId)
            p.kind = existing.kind;
    }
    if (drag.placementId == NoId && plan.activeReferral(drag.childId, p.start))
        p.kind = PlacementKind::YouthCare;
    return proposal;
}

Outcome PlacementFlow::evaluate(const PlacementProposal &proposal) const
{
    if (!m_document)
        return {};
    return planning::checkPlacement(context(proposal.placement.groupId, proposal.placement.childId), proposal);
}

DropAdvice PlacementFlow::advise(const ChildDrag &drag, Id groupId) const
{
    if (!m_document)
        return {};
    return planning::adviseDrop(context(groupId, drag.childId), proposalFor(drag, groupId));
}

QList<roster::DayImpact> PlacementFlow::staffing(const PlacementProposal &proposal) const
{
    if (!m_document || !proposal.placement.start.isValid())
        return {};
    const QDate monday = IsoWeek::containing(proposal.placement.start).monday();
    auto it = m_weeks.constFind(monday);
    if (it == m_weeks.constEnd())
        it = m_weeks.insert(monday, planning::PlanningData::load(m_document->database(), monday, monday.addDays(13)));
    return roster::staffingImpact(*it, proposal);
}

bool PlacementFlow::place(const PlacementProposal &proposal)
{
    if (!m_document || !evaluate(proposal).allowed())
        return false;
    const Database &db = m_document->database();
    const std::optional<Placement> replaces =
        proposal.replacesPlacementId ? PlacementRepository(db).find(proposal.replacesPlacementId) : std::nullopt;
    std::optional<WaitingListEntry> waiting;
    for (const WaitingListEntry &entry : WaitingListRepository(db).all()) {
        if (entry.childId == proposal.placement.childId)
            waiting = entry;
    }
    const planning::PlacementContext stored = context(proposal.placement.groupId, proposal.placement.childId);
    m_document->undoStack()->push(new PlaceChildCommand(m_document, stored.child ? stored.child->displayName() : QString(),
                                                        stored.group ? stored.group->name : QString(), proposal.placement,
                                                        replaces, waiting));
    return true;
}

QList<int> PlacementFlow::openDays(const planning::PlacementContext &stored) const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (!stored.location || stored.location->hoursOn(day) || day <= 5)
            days.append(day);
    }
    return days;
}

Id PlacementFlow::wishedGroup(Id childId) const
{
    if (m_waitingList) {
        for (const WaitingListEntry &entry : *m_waitingList) {
            if (entry.childId == childId)
                return entry.preferredGroupId;
        }
    }
    return NoId;
}

void PlacementFlow::dropped(const ChildDrag &drag, Id groupId)
{
    if (!m_document)
        return;
    const DropAdvice advice = advise(drag, groupId);
    if (advice.kind == DropAdvice::Kind::Refused)
        explainRefusal(drag, groupId, advice);
    else
        openPlacementDialog(drag, groupId, advice);
}

void PlacementFlow::openPlacementDialog(const ChildDrag &drag, Id groupId, const DropAdvice &advice)
{
    const planning::PlacementContext stored = context(groupId, drag.childId);
    PlacementDialog::Request request;
    request.childName = stored.child ? stored.child->displayName() : QString();
    request.groupName = stored.group ? stored.group->name : QString();
    request.proposal = advice.proposal;
    for (const Referral &referral : stored.childReferrals)
        request.canTakeSeat = request.canTakeSeat || referral.plannedEnd >= advice.proposal.placement.start;
    request.openDays = openDays(stored);
    if (advice.kind != DropAdvice::Kind::Allowed) {
        request.leftOut = advice.leftOut;
        request.allDaysFrom = advice.allDaysFrom;
        request.wishedDays = proposalFor(drag, groupId).placement.days;
    }
    PlacementDialog dialog(request, [this](const PlacementProposal &p) { return evaluate(p); },
                           [this](const PlacementProposal &p) { return staffing(p); }, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        place(dialog.proposal());
}

void PlacementFlow::explainRefusal(const ChildDrag &drag, Id groupId, const DropAdvice &advice)
{
    const planning::PlacementContext stored = context(groupId, drag.childId);
    const QString child = stored.child ? stored.child->displayName() : QString();
    QStringList fits;
    if (m_plan) {
        for (const Group &group : m_plan->groupsInOrder()) {
            if (group.id != groupId && !group.archivedOn(m_shown) && this->advise(drag, group.id).kind != DropAdvice::Kind::Refused)
                fits << group.name;
        }
    }
    QMessageBox box(QMessageBox::Information, tr("%1 does not fit in %2").arg(child, stored.group ? stored.group->name : QString()),
                    advice.verdict.reason(), QMessageBox::Cancel, m_parent);
    QPushButton *choose = nullptr;
    if (fits.isEmpty()) {
        box.setInformativeText(tr("%1 fits in none of the other groups now or within a year.").arg(child));
    } else {
        box.setInformativeText(tr("%1 fits in: %2.").arg(child, fits.join(QStringLiteral(", "))));
        choose = box.addButton(drag.placementId ? tr("Move to group...") : tr("Place in group..."), QMessageBox::AcceptRole);
        box.setDefaultButton(choose);
    }
    box.exec();
    if (choose && box.clickedButton() == choose)
        chooseGroup(drag);
}

void PlacementFlow::chooseGroup(const ChildDrag &drag)
{
    if (!m_document || !m_plan)
        return;
    QList<GroupChooserDialog::Option> options;
    const bool severalLocations = m_plan->locations.size() > 1;
    for (const Group &group : m_plan->groupsInOrder()) {
        if (group.archivedOn(m_shown))
            continue;
        const Location *location = m_plan->location(group.locationId);
        const QString name = severalLocations && location ? tr("%1 (%2)").arg(group.name, location->name) : group.name;
        options.append({group.id, name, advise(drag, group.id)});
    }
    const QString child = m_plan->children.value(drag.childId).displayName();
    GroupChooserDialog chooser(drag.placementId ? tr("Move to group") : tr("Place in group"), child, options,
                               wishedGroup(drag.childId), m_parent);
    if (chooser.exec() != QDialog::Accepted || chooser.chosenGroup() == NoId)
        return;
    for (const GroupChooserDialog::Option &option : std::as_const(options)) {
        if (option.groupId == chooser.chosenGroup())
            openPlacementDialog(drag, option.groupId, option.advice);
    }
}

void PlacementFlow::editPlacement(Id placementId)
{
    if (!m_document)
        return;
    const auto before = PlacementRepository(m_document->database()).find(placementId);
    if (!before)
        return;
    const planning::PlacementContext stored = context(before->groupId, before->childId);
    PlacementDialog::Request request;
    request.childName = stored.child ? stored.child->displayName() : QString();
    request.groupName = stored.group ? stored.group->name : QString();
    request.proposal.placement = *before;
    request.editing = true;
    request.canTakeSeat = before->kind == PlacementKind::YouthCare;
    for (const Referral &referral : stored.childReferrals)
        request.canTakeSeat = request.canTakeSeat || referral.plannedEnd >= before->start;
    request.openDays = openDays(stored);
    PlacementDialog dialog(request, [this](const PlacementProposal &p) { return evaluate(p); },
                           [this](const PlacementProposal &p) { return staffing(p); }, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->undoStack()->push(new ChangePlacementCommand(m_document, request.childName, *before, dialog.proposal().placement));
}

void PlacementFlow::endPlacement(Id placementId)
{
    if (!m_document)
        return;
    const auto before = PlacementRepository(m_document->database()).find(placementId);
    if (!before)
        return;
    const planning::PlacementContext stored = context(before->groupId, before->childId);
    const QString child = stored.child ? stored.child->displayName() : QString();
    EndPlacementDialog dialog(child, stored.group ? stored.group->name : QString(), *before,
                              [this](const PlacementProposal &p) { return evaluate(p); }, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->undoStack()->push(new EndPlacementCommand(m_document, child, *before, dialog.lastDay(), dialog.reason()));
}

} // namespace samenplan::ui
