#include "views/groupsview.h"

#include "groups/boardguide.h"
#include "groups/boardwhatif.h"
#include "groups/placementflow.h"
#include "groups/unplacedmodel.h"
#include "persistence/locationrepository.h"
#include "persistence/waitinglistrepository.h"
#include "placement/occupancy.h"
#include "report/grouplist.h"
#include "persistence/grouprepository.h"
#include "setup/setupactions.h"
#include "shell/document.h"
#include "shell/outputfile.h"
#include "util/clock.h"
#include "views/groupcard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace samenplan::ui {

GroupsView::GroupsView(QWidget *parent)
    : PlannerView(parent),
      m_heading(new QLabel(this)),
      m_location(new QComboBox(this)),
      m_whatIf(new QComboBox(this)),
      m_whatIfNote(new QLabel(this)),
      m_locationMenu(new QMenu(this)),
      m_cards(new QWidget),
      m_guide(new BoardGuide(m_cards)),
      m_grid(new QGridLayout),
      m_unplacedView(new QListView(this)),
      m_nothingToPlace(new QLabel(this)),
      m_unplaced(new UnplacedModel(this)),
      m_flow(new PlacementFlow(this)),
      m_setup(new SetupActions(this))
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
    auto *cardsLayout = new QVBoxLayout(m_cards);
    cardsLayout->addWidget(m_guide);
    cardsLayout->addLayout(m_grid);
    cardsLayout->addStretch(1);
    m_grid->setSpacing(12);
    m_guide->hide();
    connect(m_guide, &BoardGuide::addLocationRequested, m_setup, &SetupActions::newLocation);
    connect(m_guide, &BoardGuide::addGroupRequested, this, [this] { m_setup->newGroup(m_locationId); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(sidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({1040, 200});

    auto *locationButton = new QToolButton(this);
    locationButton->setText(tr("Location"));
    locationButton->setToolTip(tr("Add, edit or remove a location; restore an archived group"));
    locationButton->setPopupMode(QToolButton::InstantPopup);
    locationButton->setMenu(m_locationMenu);
    connect(m_locationMenu, &QMenu::aboutToShow, this, &GroupsView::fillLocationMenu);
    auto *newGroup = new QPushButton(tr("New group..."), this);
    connect(newGroup, &QPushButton::clicked, this, [this] { m_setup->newGroup(m_locationId); });
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_whatIf);
    top->addWidget(m_location);
    top->addWidget(locationButton);
    top->addWidget(newGroup);
    layout->addLayout(top);
    m_whatIfNote->setWordWrap(true);
    m_whatIfNote->setStyleSheet(QStringLiteral("background: #fff1b8; padding: 4px;"));
    m_whatIfNote->hide();
    layout->addWidget(m_whatIfNote);
    m_whatIf->setObjectName(QStringLiteral("whatIf"));
    m_whatIf->setToolTip(tr("Show the plan, or a what-if scenario kept in the file (made on the Forecast page)"));
    connect(m_whatIf, &QComboBox::activated, this, [this](int index) { showWhatIf(index > 0 ? m_whatIf->itemText(index) : QString()); });
    m_location->setToolTip(tr("The location whose groups are shown"));
    connect(m_location, &QComboBox::activated, this, [this](int index) { setLocation(m_location->itemData(index).toLongLong()); });
    layout->addWidget(splitter, 1);
}

QWidget *GroupsView::sidePanel()
{
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideTitle = new QLabel(tr("<b>To place</b><br>Waiting list and children without a group. Drag a child "
                                    "onto a group."),
                                 side);
    sideTitle->setWordWrap(true);
    m_nothingToPlace->setWordWrap(true);
    m_nothingToPlace->setText(tr("Nobody to place. Add a child with New child..., or put one on the waiting list on the "
                                 "Children page."));
    m_nothingToPlace->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *newChild = new QPushButton(tr("New child..."), side);
    connect(newChild, &QPushButton::clicked, m_setup, &SetupActions::newChild);
    sideLayout->addWidget(sideTitle);
    sideLayout->addWidget(m_unplacedView, 1);
    sideLayout->addWidget(m_nothingToPlace);
    sideLayout->addWidget(newChild);
    m_unplacedView->setModel(m_unplaced);
    m_unplacedView->setDragEnabled(true);
    m_unplacedView->setDragDropMode(QAbstractItemView::DragOnly);
    m_unplacedView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_unplacedView->setWordWrap(true);
    connect(m_unplacedView, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_unplacedView->indexAt(pos);
        if (!index.isValid())
            return;
        if (!m_whatIfName.isEmpty())
            return; // a scenario is shown, not the plan
        QMenu menu(this);
        QAction *place = menu.addAction(tr("Place in group..."));
        if (menu.exec(m_unplacedView->viewport()->mapToGlobal(pos)) == place)
            m_flow->chooseGroup({index.data(UnplacedModel::ChildIdRole).toLongLong(), NoId});
    });
    return side;
}

void GroupsView::fillLocationMenu()
{
    m_locationMenu->clear();
    m_locationMenu->addAction(tr("New location..."), m_setup, &SetupActions::newLocation);
    const Location *shown = m_plan.location(m_locationId);
    QAction *edit = m_locationMenu->addAction(shown ? tr("Edit %1...").arg(shown->name) : tr("Edit location..."), this,
                                              [this] { m_setup->editLocation(m_locationId); });
    QAction *remove = m_locationMenu->addAction(shown ? tr("Remove %1").arg(shown->name) : tr("Remove location"), this,
                                                [this] { m_setup->removeLocation(m_locationId); });
    edit->setEnabled(shown);
    remove->setEnabled(shown);
    m_locationMenu->addSeparator();
    QMenu *archived = m_locationMenu->addMenu(tr("Archived groups"));
    for (const Group &group : std::as_const(m_plan.groups)) {
        if (group.locationId != m_locationId || group.archivedFrom.isNull())
            continue;
        archived->addAction(tr("Restore %1 (archived from %2)")
                                .arg(group.name, QLocale().toString(group.archivedFrom, QLocale::ShortFormat)),
                            this, [this, id = group.id] { m_setup->restoreGroup(id); });
    }
    archived->setEnabled(!archived->isEmpty());
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
        load();
}

void GroupsView::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_heading->clear();
    m_guide->hide();
    m_plan = {};
    m_waitingList.clear();
    m_flow->setDocument(nullptr);
    m_setup->setDocument(nullptr);
    m_flow->setBoard(nullptr, nullptr, date());
    m_unplaced->reset(m_plan, {});
}

planning::PlacementProposal GroupsView::proposalFor(const ChildDrag &drag, Id groupId) const
{
    return m_flow->proposalFor(drag, groupId);
}

Outcome GroupsView::evaluate(const planning::PlacementProposal &proposal) const
{
    return m_flow->evaluate(proposal);
}

bool GroupsView::place(const planning::PlacementProposal &proposal)
{
    return m_whatIfName.isEmpty() && m_flow->place(proposal);
}

void GroupsView::showWhatIf(const QString &scenario)
{
    if (scenario == m_whatIfName)
        return;
    m_whatIfName = scenario;
    if (document())
        load();
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
    m_flow->setDocument(document());
    m_setup->setDocument(document());
    const IsoWeek week = IsoWeek::containing(date());
    const Database &db = document()->database();
    // One location at a time: the chosen one, else the first; only its week is read.
    const QList<Location> locations = LocationRepository(db).all();
    {
        const QSignalBlocker blocker(m_location);
        m_location->clear();
        bool known = false;
        for (const Location &location : locations) {
            m_location->addItem(location.name, QVariant::fromValue<qint64>(location.id));
            known = known || location.id == m_locationId;
        }
        if (!known)
            m_locationId = locations.isEmpty() ? NoId : locations.first().id;
        m_location->setCurrentIndex(m_location->findData(QVariant::fromValue<qint64>(m_locationId)));
        m_location->setVisible(locations.size() > 1);
    }
    const planning::PlanningData plan = planning::PlanningData::loadLocation(db, week.monday(), week.day(7), m_locationId);
    m_waitingList = WaitingListRepository(db).all();
    // A stored what-if instead of the plan: made to the week in memory, shown read-only.
    std::optional<capacity::Scenario> scenario;
    {
        const QSignalBlocker blocker(m_whatIf);
        m_whatIf->clear();
        m_whatIf->addItem(tr("The plan"));
        for (const capacity::Scenario &s : openScenarios(db, m_locationId)) {
            m_whatIf->addItem(s.name);
            if (s.name == m_whatIfName)
                scenario = s;
        }
        if (!scenario)
            m_whatIfName.clear();
        m_whatIf->setCurrentIndex(std::max(0, m_whatIf->findText(m_whatIfName)));
        m_whatIf->setVisible(m_whatIf->count() > 1);
    }
    m_plan = scenario ? capacity::withScenario(plan, *scenario) : plan;
    const QSet<Id> changed = scenario ? placementsChangedBy(plan, m_plan) : QSet<Id>();
    if (scenario)
        m_waitingList = stillWaiting(m_waitingList, *scenario);
    m_whatIfNote->setVisible(scenario.has_value());
    m_whatIfNote->setText(scenario ? tr("What if: %1. This is not the plan: what the scenario changes is in italics on a "
                                        "yellow ground. Nothing can be placed or printed here; choose The plan for that, "
                                        "or apply the scenario on the Forecast page.").arg(scenario->name.toHtmlEscaped())
                                   : QString());
    m_unplacedView->setDragEnabled(!scenario);
    m_flow->setBoard(scenario ? nullptr : &m_plan, scenario ? nullptr : &m_waitingList, date());
    m_unplaced->reset(m_plan, m_waitingList);
    m_nothingToPlace->setVisible(m_unplaced->rowCount() == 0);
    // An archived group leaves the board from the week it is archived in for good.
    QList<Group> groups;
    for (const Group &group : m_plan.groupsInOrder()) {
        if (group.locationId == m_locationId && !group.archivedOn(week.monday()))
            groups.append(group);
    }
    // Counted for the groups shown only.
    QHash<Id, QList<planning::GroupOccupancy>> occupancyOfGroup;
    QHash<Id, QList<GroupWeek::Row>> rowsOfGroup;
    for (const Group &group : std::as_const(groups)) {
        for (int day = 1; day <= 5; ++day)
            occupancyOfGroup[group.id] += planning::occupancyOn(m_plan, week.day(day), {}, group.id);
        for (const Placement *placement : m_plan.placementsOfGroup(group.id)) {
            if (placement->start > week.day(7) || (placement->end.isValid() && placement->end < week.monday()))
                continue; // a scenario's placement in another week
            GroupWeek::Row row;
            row.child = m_plan.children.value(placement->childId);
            row.youthCare = placement->kind == PlacementKind::YouthCare;
            row.placementId = placement->id;
            row.tentative = changed.contains(placement->id);
            row.seatOverrideReason = row.youthCare ? QString() : placement->seatOverrideReason;
            if (const Referral *referral = m_plan.activeReferral(placement->childId, std::max(week.monday(), placement->start)))
                row.trajectoryEnd = referral->plannedEnd;
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
                            occupancyOfGroup.value(group.id), {}, -1, false};
        if (scenario) {
            groupWeek.whatIf = scenario->name;
            groupWeek.newInWhatIf = group.id < 0;
            const Group *inPlan = plan.group(group.id);
            if (inPlan && (inPlan->maxChildren != group.maxChildren || inPlan->youthCareSeats != group.youthCareSeats))
                groupWeek.planMaximum = inPlan->maxChildren;
        }
        std::sort(groupWeek.rows.begin(), groupWeek.rows.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.child.displayName(), b.child.displayName()) < 0;
        });
        auto *card = new GroupCard(groupWeek, m_cards);
        card->setDropAdvisor([this](const ChildDrag &drag, Id groupId) { return evaluate(proposalFor(drag, groupId)); });
        // Whatever a card asks for runs after the card's own event handling: the change it makes reloads
        // the board, which deletes the card (and its menus) the request came from.
        constexpr auto later = Qt::QueuedConnection;
        connect(card, &GroupCard::childDropped, m_flow, &PlacementFlow::dropped, later);
        connect(card, &GroupCard::moveRequested, m_flow, &PlacementFlow::chooseGroup, later);
        connect(card, &GroupCard::editPlacementRequested, this, [this](const ChildDrag &drag) { m_flow->editPlacement(drag.placementId); }, later);
        connect(card, &GroupCard::endPlacementRequested, this, [this](const ChildDrag &drag) { m_flow->endPlacement(drag.placementId); }, later);
        connect(card, &GroupCard::editGroupRequested, m_setup, &SetupActions::editGroup, later);
        connect(card, &GroupCard::archiveGroupRequested, m_setup, &SetupActions::archiveGroup, later);
        connect(card, &GroupCard::removeGroupRequested, m_setup, &SetupActions::removeGroup, later);
        connect(card, &GroupCard::printPreviewRequested, this, &GroupsView::previewGroupList);
        connect(card, &GroupCard::pdfRequested, this, &GroupsView::saveGroupListPdf);
        m_grid->addWidget(card, index / 2, index % 2);
        ++index;
    }
    // An empty file leads on: first the location, then its groups.
    const Location *shown = m_plan.location(m_locationId);
    if (!shown)
        m_guide->showStep(BoardGuide::Step::AddLocation);
    else if (groups.isEmpty())
        m_guide->showStep(BoardGuide::Step::AddGroup, shown->name);
    m_guide->setVisible(!shown || groups.isEmpty());
    m_heading->setText(!shown ? tr("No location yet")
                       : groups.isEmpty() ? tr("No groups yet in %1").arg(shown->name)
                       : scenario         ? tr("Groups in week %1, what if: %2").arg(week.week).arg(scenario->name)
                                          : tr("Groups in week %1").arg(week.week));
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
