#include "views/groupsview.h"

#include "changes/placementchanges.h"
#include "commands/placementcommands.h"
#include "groups/placementdialog.h"
#include "groups/unplacedmodel.h"
#include "persistence/waitinglistrepository.h"
#include "placement/occupancy.h"
#include "report/grouplist.h"
#include "persistence/grouprepository.h"
#include "shell/document.h"
#include "shell/outputfile.h"
#include "util/clock.h"
#include "views/groupcard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace samenplan::ui {

GroupsView::GroupsView(QWidget *parent)
    : PlannerView(parent),
      m_heading(new QLabel(this)),
      m_location(new QComboBox(this)),
      m_cards(new QWidget),
      m_grid(new QGridLayout(m_cards)),
      m_unplacedView(new QListView(this)),
      m_unplaced(new UnplacedModel(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cards);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid->setSpacing(12);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideTitle = new QLabel(tr("<b>To place</b><br>Waiting list and children without a group. Drag a child "
                                    "onto a group."),
                                 side);
    sideTitle->setWordWrap(true);
    sideLayout->addWidget(sideTitle);
    sideLayout->addWidget(m_unplacedView, 1);
    m_unplacedView->setModel(m_unplaced);
    m_unplacedView->setDragEnabled(true);
    m_unplacedView->setDragDropMode(QAbstractItemView::DragOnly);
    m_unplacedView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_unplacedView->setWordWrap(true);
    connect(m_unplacedView, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_unplacedView->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        QAction *place = menu.addAction(tr("Place in group..."));
        if (menu.exec(m_unplacedView->viewport()->mapToGlobal(pos)) == place)
            chooseGroupFor({index.data(UnplacedModel::ChildIdRole).toLongLong(), NoId});
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({1040, 200});
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_location);
    layout->addLayout(top);
    m_location->setToolTip(tr("The location whose groups are shown"));
    connect(m_location, &QComboBox::activated, this, [this](int index) { setLocation(m_location->itemData(index).toLongLong()); });
    layout->addWidget(splitter, 1);
}

QIcon GroupsView::icon() const
{
    return style()->standardIcon(QStyle::SP_DirIcon);
}

int GroupsView::cardCount() const
{
    return m_grid->count();
}

QList<GroupCard *> GroupsView::cards() const
{
    return m_cards->findChildren<GroupCard *>();
}

void GroupsView::setLocation(Id locationId)
{
    if (locationId == m_locationId)
        return;
    m_locationId = locationId;
    if (document())
        reload();
}

void GroupsView::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_heading->clear();
    m_plan = {};
    m_waitingList.clear();
    m_contexts.clear();
    m_unplaced->reset(m_plan, {});
}

planning::PlacementProposal GroupsView::proposalFor(const ChildDrag &drag, Id groupId) const
{
    planning::PlacementProposal proposal;
    Placement &p = proposal.placement;
    p.childId = drag.childId;
    p.groupId = groupId;
    p.start = std::max(IsoWeek::containing(date()).monday(), QDate::currentDate());
    proposal.replacesPlacementId = drag.placementId;
    WeekdayMask wishedDays = 0;
    for (const WaitingListEntry &entry : m_waitingList) {
        if (entry.childId == drag.childId) {
            wishedDays = entry.days;
            p.start = std::max(p.start, entry.wishedStart);
        }
    }
    p.days = planning::proposedDays(m_plan, drag.childId, groupId, wishedDays);
    if (const Placement *existing = m_plan.placement(drag.placementId))
        p.kind = existing->kind;
    if (drag.placementId == NoId && m_plan.activeReferral(drag.childId, p.start))
        p.kind = PlacementKind::YouthCare;
    return proposal;
}

Outcome GroupsView::evaluate(const planning::PlacementProposal &proposal) const
{
    if (!document())
        return {};
    // The same rules the change layer enforces when the placement is written.
    const QPair<Id, Id> key{proposal.placement.groupId, proposal.placement.childId};
    auto it = m_contexts.constFind(key);
    if (it == m_contexts.constEnd())
        it = m_contexts.insert(key, changes::PlacementChanges(document()->database()).context(key.first, key.second));
    return planning::checkPlacement(*it, proposal);
}

bool GroupsView::place(const planning::PlacementProposal &proposal)
{
    if (!document() || !evaluate(proposal).allowed())
        return false;
    std::optional<Placement> replaces;
    for (const Placement &existing : m_plan.placements) {
        if (existing.id == proposal.replacesPlacementId)
            replaces = existing;
    }
    std::optional<WaitingListEntry> waiting;
    for (const WaitingListEntry &entry : std::as_const(m_waitingList)) {
        if (entry.childId == proposal.placement.childId)
            waiting = entry;
    }
    const Group *group = m_plan.group(proposal.placement.groupId);
    document()->undoStack()->push(new PlaceChildCommand(document(),
                                                        m_plan.children.value(proposal.placement.childId).displayName(),
                                                        group ? group->name : QString(), proposal.placement, replaces,
                                                        waiting));
    return true;
}

void GroupsView::askAndPlace(const ChildDrag &drag, Id groupId)
{
    const planning::PlacementProposal proposal = proposalFor(drag, groupId);
    const Group *group = m_plan.group(groupId);
    const bool canTakeSeat = m_plan.activeReferral(drag.childId, proposal.placement.start) != nullptr;
    PlacementDialog dialog(m_plan.children.value(drag.childId).displayName(), group ? group->name : QString(), proposal,
                           canTakeSeat, [this](const planning::PlacementProposal &p) { return evaluate(p); }, this);
    if (dialog.exec() == QDialog::Accepted)
        place(dialog.proposal());
}

void GroupsView::chooseGroupFor(const ChildDrag &drag)
{
    QStringList names;
    QList<Id> ids;
    for (const Group &group : std::as_const(m_plan.groups)) {
        const Outcome verdict = evaluate(proposalFor(drag, group.id));
        names << (verdict.allowed() ? group.name : tr("%1 (%2)").arg(group.name, verdict.reason()));
        ids << group.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, drag.placementId ? tr("Move to group") : tr("Place in group"),
                                                 tr("Group for %1:").arg(m_plan.children.value(drag.childId).displayName()),
                                                 names, 0, false, &ok);
    if (ok && names.contains(chosen))
        askAndPlace(drag, ids.at(names.indexOf(chosen)));
}

void GroupsView::previewGroupList(Id groupId)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Group list"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, groupId](QPrinter *target) {
        QTextDocument document;
        report::buildGroupList(document, m_plan, groupId, IsoWeek::containing(date()), QDate::currentDate());
        document.print(target);
    });
    preview.exec();
}

void GroupsView::saveGroupListPdf(Id groupId)
{
    const Group *group = m_plan.group(groupId);
    const IsoWeek week = IsoWeek::containing(date());
    const QString suggested = QStringLiteral("%1-%2.pdf").arg(group ? group->name : QStringLiteral("groep"), week.toString());
    if (!document())
        return;
    const QString path = askOutputFile(this, document()->path(), tr("Save group list as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = report::writeGroupListPdf(path, m_plan, groupId, week, QDate::currentDate());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save group list as PDF"), error);
}

void GroupsView::reload()
{
    clear();
    const IsoWeek week = IsoWeek::containing(date());
    m_plan = planning::PlanningData::load(document()->database(), week.monday(), week.day(7));
    m_waitingList = WaitingListRepository(document()->database()).all();
    m_unplaced->reset(m_plan, m_waitingList);

    // One location at a time: the chosen one, else the first.
    {
        const QSignalBlocker blocker(m_location);
        m_location->clear();
        for (const Location &location : std::as_const(m_plan.locations))
            m_location->addItem(location.name, QVariant::fromValue<qint64>(location.id));
        if (!m_plan.location(m_locationId))
            m_locationId = m_plan.locations.isEmpty() ? NoId : m_plan.locations.first().id;
        m_location->setCurrentIndex(m_location->findData(QVariant::fromValue<qint64>(m_locationId)));
        m_location->setVisible(m_plan.locations.size() > 1);
    }
    QList<Group> groups;
    for (const Group &group : m_plan.groupsInOrder()) {
        if (group.locationId == m_locationId)
            groups.append(group);
    }
    // Counted for the groups shown only.
    QHash<Id, QList<planning::GroupOccupancy>> occupancyOfGroup;
    QHash<Id, QList<GroupWeek::Row>> rowsOfGroup;
    for (const Group &group : std::as_const(groups)) {
        for (int day = 1; day <= 5; ++day)
            occupancyOfGroup[group.id] += planning::occupancyOn(m_plan, week.day(day), {}, group.id);
        for (const Placement *placement : m_plan.placementsOfGroup(group.id)) {
            GroupWeek::Row row;
            row.child = m_plan.children.value(placement->childId);
            row.youthCare = placement->kind == PlacementKind::YouthCare;
            row.placementId = placement->id;
            row.days.resize(5);
            for (const PlacementDay &day : placement->days) {
                if (day.weekday >= 1 && day.weekday <= 5 && placement->activeOn(week.day(day.weekday)))
                    row.days[day.weekday - 1] = day.hours;
            }
            rowsOfGroup[group.id].append(row);
        }
    }
    int index = 0;
    for (const Group &group : std::as_const(groups)) {
        const Location *location = m_plan.location(group.locationId);
        GroupWeek groupWeek{group, location ? location->name : QString(), week.monday(), rowsOfGroup.value(group.id),
                            occupancyOfGroup.value(group.id)};
        std::sort(groupWeek.rows.begin(), groupWeek.rows.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.child.displayName(), b.child.displayName()) < 0;
        });
        auto *card = new GroupCard(groupWeek, m_cards);
        card->setDropAdvisor([this](const ChildDrag &drag, Id groupId) { return evaluate(proposalFor(drag, groupId)); });
        connect(card, &GroupCard::childDropped, this, &GroupsView::askAndPlace, Qt::QueuedConnection);
        connect(card, &GroupCard::moveRequested, this, &GroupsView::chooseGroupFor);
        connect(card, &GroupCard::printPreviewRequested, this, &GroupsView::previewGroupList);
        connect(card, &GroupCard::pdfRequested, this, &GroupsView::saveGroupListPdf);
        m_grid->addWidget(card, index / 2, index % 2);
        ++index;
    }
    m_heading->setText(groups.isEmpty() ? tr("No groups yet") : tr("Groups in week %1").arg(week.week));
}

bool GroupsView::showRecord(const RecordLink &link)
{
    const auto group = document() ? GroupRepository(document()->database()).find(link.id) : std::nullopt;
    if (!group)
        return false;
    if (group->locationId != m_locationId)
        setLocation(group->locationId);
    for (GroupCard *card : cards()) {
        if (card->groupId() == link.id) {
            m_scroll->ensureWidgetVisible(card);
            card->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace samenplan::ui
