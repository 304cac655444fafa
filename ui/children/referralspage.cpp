#include "children/referralspage.h"

#include "commands/placementcommands.h"
#include "commands/recordcommands.h"
#include "dialogs/referraldialog.h"
#include "persistence/childrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"
#include "changes/placementchanges.h"
#include "placement/placementrules.h"
#include "planning/planningdata.h"
#include "shell/document.h"
#include "views/searchabletable.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardItem>
#include <QUndoStack>

namespace samenplan::ui {

using AddReferral = AddRecordCommand<Referral>;
using ChangeReferral = ChangeRecordCommand<Referral>;
using RemoveReferral = RemoveRecordCommand<Referral>;

ReferralsPage::ReferralsPage(QWidget *parent)
    : DocumentPage(tr("Referrals"), {tr("Child"), tr("Provider"), tr("Reference"), tr("Start"), tr("Planned end"),
                                     tr("Follow-up note")},
                   parent)
{
    table()->setSearchPlaceholder(tr("Search referrals..."));
    addAction(tr("New referral..."), [this](qint64) { edit(NoId); }, false);
    addAction(tr("Edit..."), [this](qint64 id) { edit(id); }, true);
    addAction(tr("Extend..."), [this](qint64 id) {
        bool ok = false;
        const int months = QInputDialog::getInt(this, tr("Extend the trajectory"), tr("Extend by months:"), 3, 1, 24, 1, &ok);
        if (ok)
            extend(id, months);
    }, true);
    addAction(tr("Continue as regular placement"), [this](qint64 id) {
        const QString problem = continueAsRegular(id);
        if (!problem.isEmpty())
            QMessageBox::information(this, tr("Continue as regular placement"), problem);
    }, true);
    addAction(tr("End with follow-up..."), [this](qint64 id) {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(this, tr("End the trajectory"),
                                                            tr("Follow-up note (e.g. neighbourhood activities):"), {}, &ok);
        if (ok)
            endTrajectory(id, note);
    }, true);
    addAction(tr("Remove"), [this](qint64 id) {
        if (const auto referral = ReferralRepository(document()->database()).find(id))
            document()->undoStack()->push(new RemoveReferral(document(), tr("remove referral %1").arg(referral->reference), *referral));
    }, true);
    connect(table(), &SearchableTable::activated, this, &ReferralsPage::edit);
}

void ReferralsPage::reload(const QDate &date)
{
    m_date = date;
    const Database &db = document()->database();
    QHash<Id, QString> children, providers;
    for (const Child &c : ChildRepository(db).all())
        children.insert(c.id, c.displayName());
    for (const YouthCareProvider &p : ProviderRepository(db).all())
        providers.insert(p.id, p.name);
    const QLocale locale;
    QList<QList<QStandardItem *>> rows;
    for (const Referral &r : ReferralRepository(db).all()) {
        auto *end = SearchableTable::cell(locale.toString(r.plannedEnd, QLocale::ShortFormat), r.plannedEnd);
        if (r.plannedEnd >= date && date.daysTo(r.plannedEnd) <= 42)
            end->setBackground(QColor(0xff, 0xe8, 0xc0)); // ends within six weeks
        rows.append({SearchableTable::cell(children.value(r.childId), children.value(r.childId), r.id),
                     SearchableTable::cell(providers.value(r.providerId)), SearchableTable::cell(r.reference),
                     SearchableTable::cell(locale.toString(r.start, QLocale::ShortFormat), r.start), end,
                     SearchableTable::cell(r.followUpNote.section(QLatin1Char('\n'), 0, 0))});
    }
    table()->setRows(rows);
}

void ReferralsPage::edit(qint64 id)
{
    if (!document())
        return;
    const Database &db = document()->database();
    const auto existing = id ? ReferralRepository(db).find(id) : std::nullopt;
    Choices children, providers, outreach, scientists;
    QHash<Id, int> months;
    for (const Child &c : ChildRepository(db).all())
        children.append({c.id, c.displayName()});
    for (const YouthCareProvider &p : ProviderRepository(db).all()) {
        providers.append({p.id, p.name});
        months.insert(p.id, p.trajectoryMonths);
    }
    for (const Staff &s : StaffRepository(db).all()) {
        if (s.role == StaffRole::OutreachWorker)
            outreach.append({s.id, s.name});
        if (s.role == StaffRole::BehaviouralScientist)
            scientists.append({s.id, s.name});
    }
    ReferralDialog dialog(existing.value_or(Referral{}), children, providers, months, outreach, scientists, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Referral referral = dialog.referral();
    if (existing)
        document()->undoStack()->push(new ChangeReferral(document(), tr("edit referral %1").arg(referral.reference), *existing, referral));
    else
        document()->undoStack()->push(new AddReferral(document(), tr("add referral %1").arg(referral.reference), referral));
}

void ReferralsPage::extend(Id referralId, int months)
{
    const auto referral = ReferralRepository(document()->database()).find(referralId);
    if (!referral)
        return;
    Referral extended = *referral;
    extended.plannedEnd = referral->plannedEnd.addMonths(months);
    document()->undoStack()->push(new ChangeReferral(document(), tr("extend referral %1").arg(referral->reference), *referral, extended));
}

QString ReferralsPage::continueAsRegular(Id referralId, const QDate &today)
{
    const Database &db = document()->database();
    const auto referral = ReferralRepository(db).find(referralId);
    if (!referral)
        return tr("The referral no longer exists.");
    // The regular placement starts the day after the trajectory, or today when that has passed.
    const QDate start = std::max(referral->plannedEnd.addDays(1), today);
    std::optional<Placement> youthCare;
    for (const Placement &p : PlacementRepository(db).ofChild(referral->childId)) {
        if (p.kind == PlacementKind::YouthCare && (p.end.isNull() || p.end >= referral->start))
            youthCare = p;
    }
    if (!youthCare)
        return tr("The child has no youth-care placement to continue.");
    planning::PlacementProposal proposal;
    proposal.placement = *youthCare;
    proposal.placement.id = NoId;
    proposal.placement.start = start;
    proposal.placement.end = QDate();
    proposal.placement.kind = PlacementKind::Regular;
    proposal.replacesPlacementId = youthCare->id;
    const planning::PlacementContext stored = changes::PlacementChanges(db).context(youthCare->groupId, referral->childId);
    const Outcome verdict = planning::checkPlacement(stored, proposal);
    if (!verdict.allowed())
        return tr("No regular place is free from %1: %2").arg(QLocale().toString(start, QLocale::ShortFormat), verdict.reason());
    document()->undoStack()->push(new PlaceChildCommand(document(), stored.child ? stored.child->displayName() : QString(),
                                                        stored.group ? stored.group->name : QString(), proposal.placement,
                                                        youthCare));
    return {};
}

void ReferralsPage::endTrajectory(Id referralId, const QString &followUpNote)
{
    const Database &db = document()->database();
    const auto referral = ReferralRepository(db).find(referralId);
    if (!referral)
        return;
    QList<Placement> youthCare;
    for (const Placement &p : PlacementRepository(db).ofChild(referral->childId)) {
        if (p.kind == PlacementKind::YouthCare)
            youthCare.append(p);
    }
    const auto child = ChildRepository(db).find(referral->childId);
    document()->undoStack()->push(new EndTrajectoryCommand(document(), child ? child->displayName() : QString(), *referral,
                                                           followUpNote, youthCare));
}

} // namespace samenplan::ui
