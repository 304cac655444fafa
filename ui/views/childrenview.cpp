#include "views/childrenview.h"

#include "children/providerspage.h"
#include "children/referralspage.h"
#include "children/waitinglistpage.h"
#include "commands/recordcommands.h"
#include "children/privacyactions.h"
#include "dialogs/childdialog.h"
#include "groups/placementflow.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/searchabletable.h"
#include "views/weekdays.h"
#include "widgets/searchablecombo.h"

#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QStandardItem>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {

using AddChild = AddRecordCommand<Child>;
using ChangeChild = ChangeRecordCommand<Child>;

ChildrenView::ChildrenView(QWidget *parent)
    : PlannerView(parent),
      m_tabs(new QTabWidget(this)),
      m_children(new RecordPage(tr("Children"), {tr("Name"), tr("Birth date"), tr("Age"), tr("Group this week"), tr("Days"),
                                                 tr("Parent"), tr("Phone")},
                                this)),
      m_referrals(new ReferralsPage(this)),
      m_flow(new PlacementFlow(this)),
      m_privacy(new PrivacyActions(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_children->table()->setSearchPlaceholder(tr("Search by name, group or parent..."));
    m_children->table()->setEmptyText(tr("No children yet"));
    m_children->addAction(tr("New child..."), [this](qint64) { editChild(NoId); }, false);
    m_children->addAction(tr("Edit..."), [this](qint64 id) { editChild(id); }, true);
    m_children->addAction(tr("Edit placement..."), [this](qint64 id) {
        if (const Id placement = choosePlacement(id, tr("Edit placement")))
            m_flow->editPlacement(placement);
    }, true);
    m_children->addAction(tr("End placement..."), [this](qint64 id) {
        if (const Id placement = choosePlacement(id, tr("End placement")))
            m_flow->endPlacement(placement);
    }, true);
    m_children->addMenuAction(tr("Personal data request..."), [this](qint64 id) { m_privacy->exportRecord(id); });
    m_children->addMenuAction(tr("Erase..."), [this](qint64 id) { m_privacy->erase(id); });
    connect(m_children->table(), &SearchableTable::activated, this, &ChildrenView::editChild);
    m_pages = {new WaitingListPage(this), m_referrals, new ProvidersPage(this)};
    m_tabs->addTab(m_children, tr("Children"));
    m_tabs->addTab(m_pages.at(0), tr("Waiting list"));
    m_tabs->addTab(m_pages.at(1), tr("Referrals"));
    m_tabs->addTab(m_pages.at(2), tr("Youth-care providers"));
}

QIcon ChildrenView::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

SearchableTable *ChildrenView::table() const
{
    return m_children->table();
}

void ChildrenView::reload()
{
    m_flow->setDocument(document());
    m_privacy->setDocument(document());
    reloadChildren();
    for (DocumentPage *page : std::as_const(m_pages)) {
        page->setDocument(document());
        page->reload(date());
    }
}

void ChildrenView::reloadChildren()
{
    const Database &db = document()->database();
    const IsoWeek week = IsoWeek::containing(date());
    QHash<Id, QString> groupNames;
    for (const Group &group : GroupRepository(db).all())
        groupNames.insert(group.id, group.name);
    QHash<Id, QStringList> groupsOfChild;
    QHash<Id, WeekdayMask> daysOfChild;
    for (const Placement &placement : PlacementRepository(db).activeBetween(week.monday(), week.day(7))) {
        groupsOfChild[placement.childId] << groupNames.value(placement.groupId);
        for (const PlacementDay &day : placement.days) {
            if (placement.activeOn(week.day(day.weekday)))
                daysOfChild[placement.childId] |= weekdayBit(day.weekday);
        }
    }
    const QLocale locale;
    QList<QList<QStandardItem *>> rows;
    for (const Child &child : ChildRepository(db).all()) {
        const int months = ageInMonths(child.birthDate, week.monday());
        const QString age = child.expected ? tr("expected %1").arg(locale.toString(child.birthDate, QLocale::ShortFormat))
                            : months < 24  ? tr("%n month(s)", nullptr, months)
                                           : tr("%n year(s)", nullptr, months / 12);
        QStringList groups = groupsOfChild.value(child.id);
        groups.removeDuplicates();
        rows.append({SearchableTable::cell(child.displayName(), child.lastName + child.firstName, child.id),
                     SearchableTable::cell(locale.toString(child.birthDate, QLocale::ShortFormat), child.birthDate),
                     SearchableTable::cell(age, months),
                     SearchableTable::cell(groups.isEmpty() ? tr("(no group)") : groups.join(QStringLiteral(", "))),
                     SearchableTable::cell(dayList(daysOfChild.value(child.id)), daysOfChild.value(child.id)),
                     SearchableTable::cell(child.parentName),
                     SearchableTable::cell(child.parentPhone)});
    }
    m_children->table()->setRows(rows);
}

void ChildrenView::clear()
{
    m_flow->setDocument(nullptr);
    m_privacy->setDocument(nullptr);
    m_children->table()->setRows({});
    for (DocumentPage *page : std::as_const(m_pages)) {
        page->setDocument(nullptr);
        page->table()->setRows({});
    }
}

Id ChildrenView::choosePlacement(Id childId, const QString &title)
{
    if (!document())
        return NoId;
    const Database &db = document()->database();
    // The placements that still run on the week shown or later, latest start first.
    QList<Placement> running;
    for (const Placement &placement : PlacementRepository(db).ofChild(childId)) {
        if (placement.end.isNull() || placement.end >= IsoWeek::containing(date()).monday())
            running.prepend(placement);
    }
    if (running.isEmpty()) {
        QMessageBox::information(this, title, tr("This child has no placement that runs now or later. Place the child "
                                                 "from the Groups page."));
        return NoId;
    }
    if (running.size() == 1)
        return running.first().id;
    QStringList names;
    for (const Placement &placement : std::as_const(running)) {
        const auto group = GroupRepository(db).find(placement.groupId);
        names << tr("%1 from %2").arg(group ? group->name : QString(), QLocale().toString(placement.start, QLocale::ShortFormat));
    }
    const auto chosen = chooseItem(this, title, tr("Which placement?"), names);
    return chosen ? running.at(*chosen).id : NoId;
}

void ChildrenView::editChild(qint64 childId)
{
    if (!document())
        return;
    const auto existing = childId ? ChildRepository(document()->database()).find(childId) : std::nullopt;
    ChildDialog dialog(existing.value_or(Child{}), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Child edited = dialog.child();
    if (!existing)
        document()->undoStack()->push(new AddChild(document(), tr("add %1").arg(edited.displayName()), edited));
    else
        document()->undoStack()->push(new ChangeChild(document(), tr("edit %1").arg(edited.displayName()), *existing, edited));
}

bool ChildrenView::handles(RecordLink::Kind kind) const
{
    return kind == RecordLink::Kind::Child || kind == RecordLink::Kind::Referral || kind == RecordLink::Kind::WaitingListEntry;
}

bool ChildrenView::showRecord(const RecordLink &link)
{
    RecordPage *page = m_children;
    if (link.kind == RecordLink::Kind::WaitingListEntry)
        page = m_pages.at(0);
    else if (link.kind == RecordLink::Kind::Referral)
        page = m_referrals;
    m_tabs->setCurrentWidget(page);
    return page->table()->selectId(link.id);
}

} // namespace samenplan::ui
