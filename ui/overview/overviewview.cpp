#include "overview/overviewview.h"

#include "overview/overviewcharts.h"
#include "overview/placestable.h"
#include "overview/problemsummary.h"
#include "overview/wishfittext.h"
#include "persistence/locationrepository.h"
#include "shell/document.h"
#include "views/weekdays.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samenplan::ui {
namespace {

constexpr int LinkRole = Qt::UserRole + 1;

QTreeWidget *listWidget(const QStringList &columns, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(columns.size());
    tree->setHeaderLabels(columns);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent, const QString &hint = {})
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content, 1);
    if (!hint.isEmpty()) {
        auto *label = new QLabel(hint, group);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(label);
    }
    return group;
}

// Tall enough for its rows (at least two, at most ten) and no taller.
void fitRows(QTreeWidget *tree)
{
    const int rows = std::clamp(tree->topLevelItemCount(), 2, 10);
    const int row = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 4;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * row + 2 * tree->frameWidth() + 4);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QTreeWidgetItem *linkedRow(QTreeWidget *tree, const QStringList &texts, const RecordLink &link)
{
    auto *item = new QTreeWidgetItem(tree, texts);
    item->setData(0, LinkRole, QVariant::fromValue(link));
    return item;
}

} // namespace

OverviewView::OverviewView(QWidget *parent)
    : PlannerView(parent),
      m_heading(new QLabel(this)),
      m_location(new QComboBox(this)),
      m_problems(new ProblemSummary(this)),
      m_places(new PlacesTable(this)),
      m_occupancy(new OccupancyChart(this)),
      m_seats(new SeatsChart(this)),
      m_trajectories(listWidget({tr("Child"), tr("Group"), tr("Trajectory ends")}, this)),
      m_turningFour(listWidget({tr("Child"), tr("Group"), tr("Turns 4 on"), tr("Out-of-school care")}, this)),
      m_waitingList(listWidget({tr("Child"), tr("Days"), tr("Wished start"), tr("Wished group"), tr("Fits from")}, this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_location->setToolTip(tr("The location this overview is about"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_location);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(box(tr("Problems this week"), m_problems, left));
    left->addWidget(box(tr("Places free per group and day"), m_places, left));
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 0);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(box(tr("Trajectories ending within six weeks"), m_trajectories, right,
                               tr("Double-click one to extend it, continue it as a regular placement, or end it.")));
    rightLayout->addWidget(box(tr("Turning 4 within three months"), m_turningFour, right,
                               tr("They leave day care for out-of-school care.")));
    rightLayout->addWidget(box(tr("Waiting list: when each wish fits"), m_waitingList, right,
                               tr("The earliest date the wished days fit, by the placement rules.")));
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_occupancy, 3);
    charts->addWidget(m_seats, 2);
    rightLayout->addLayout(charts, 1);
    auto *columns = new QSplitter(this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);
    columns->setSizes({600, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(columns, 1);

    connect(m_problems, &ProblemSummary::problemChosen, this, [this](const roster::Problem &problem) {
        Q_EMIT recordRequested({RecordLink::Kind::Problem, NoId, problem.date.isValid() ? problem.date : date(), problem});
    });
    for (QTreeWidget *list : {m_trajectories, m_turningFour, m_waitingList}) {
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            const QVariant link = item->data(0, LinkRole);
            if (link.isValid())
                Q_EMIT recordRequested(link.value<RecordLink>());
        });
    }
    connect(m_location, &QComboBox::activated, this, [this] { setLocation(m_location->currentData().toLongLong()); });
}

QString OverviewView::title() const
{
    return tr("Overview");
}

QIcon OverviewView::icon() const
{
    return style()->standardIcon(QStyle::SP_DesktopIcon);
}

void OverviewView::setLocation(Id locationId)
{
    m_locationId = locationId;
    if (document())
        load();
}

void OverviewView::clear()
{
    m_overview = {};
    m_heading->clear();
    m_location->clear();
    m_problems->clear();
    m_places->setGroups({});
    m_occupancy->setGroups({});
    m_seats->setGroups({});
    m_trajectories->clear();
    m_turningFour->clear();
    m_waitingList->clear();
}

void OverviewView::reload()
{
    const Database &db = document()->database();
    const QList<Location> locations = LocationRepository(db).all();
    {
        const QSignalBlocker quiet(m_location);
        m_location->clear();
        for (const Location &location : locations)
            m_location->addItem(location.name, location.id);
    }
    m_location->setVisible(locations.size() > 1);
    bool known = false;
    for (const Location &location : locations)
        known = known || location.id == m_locationId;
    if (!known)
        m_locationId = locations.isEmpty() ? NoId : locations.first().id;
    m_location->setCurrentIndex(m_location->findData(m_locationId));
    const IsoWeek week = IsoWeek::containing(date());
    if (m_locationId == NoId) {
        clear();
        m_heading->setText(tr("No location yet: add one, or import a location's spreadsheets (File menu)."));
        return;
    }
    m_overview = overview::loadWeekOverview(db, m_locationId, week);
    m_heading->setText(tr("Week %1 at %2").arg(week.week).arg(m_overview.location.name));
    m_problems->setProblems(m_overview.problems, m_overview.plan);
    m_places->setGroups(m_overview.groups);
    m_occupancy->setGroups(m_overview.groups);
    m_seats->setGroups(m_overview.groups);
    fillLists();
}

void OverviewView::fillLists()
{
    m_trajectories->clear();
    for (const overview::EndingTrajectory &t : m_overview.endingTrajectories) {
        QTreeWidgetItem *row = linkedRow(m_trajectories,
                                         {t.child, t.group, tr("%1 (in %n day(s))", nullptr, t.daysLeft).arg(shortDate(t.referral.plannedEnd))},
                                         {RecordLink::Kind::Referral, t.referral.id, {}, std::nullopt});
        row->setToolTip(0, tr("%1, %2").arg(t.provider, t.referral.reference));
    }
    if (m_overview.endingTrajectories.isEmpty())
        new QTreeWidgetItem(m_trajectories, {tr("None")});

    m_turningFour->clear();
    for (const overview::TurningFour &child : m_overview.turningFour)
        linkedRow(m_turningFour,
                  {child.child, child.group, shortDate(child.birthday),
                   child.hasOutOfSchoolPlace ? tr("placed") : tr("not placed yet")},
                  {RecordLink::Kind::Child, child.childId, {}, std::nullopt});
    if (m_overview.turningFour.isEmpty())
        new QTreeWidgetItem(m_turningFour, {tr("None")});

    m_waitingList->clear();
    for (const overview::WaitingWish &wish : m_overview.waitingList) {
        const QString fits = fitsText(wish);
        const QString child = wish.youthCare ? tr("%1 (youth care)").arg(wish.child) : wish.child;
        QTreeWidgetItem *row = linkedRow(m_waitingList,
                                         {child, dayList(wish.entry.days ? wish.entry.days : MondayToFriday),
                                          shortDate(wish.entry.wishedStart), wish.wishedGroup.isEmpty() ? tr("any") : wish.wishedGroup, fits},
                                         {RecordLink::Kind::WaitingListEntry, wish.entry.id, {}, std::nullopt});
        row->setToolTip(4, notAtStartText(wish));
    }
    if (m_overview.waitingList.isEmpty())
        new QTreeWidgetItem(m_waitingList, {tr("Nobody is waiting")});
    for (QTreeWidget *list : {m_trajectories, m_turningFour, m_waitingList})
        fitRows(list);
}

} // namespace samenplan::ui
