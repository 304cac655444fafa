// The overview page (issue 14 item 1): first when a file opens, and a click opens what it lists.

#include "catch.h"
#include "demodb.h"

#include "overview/overviewview.h"
#include "overview/placestable.h"
#include "overview/problemsummary.h"
#include "overview/wishfittext.h"
#include "roster/ratiobanddelegate.h"
#include "shell/mainwindow.h"
#include "views/childrenview.h"
#include "views/rosterview.h"
#include "views/searchabletable.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

struct Window {
    TempDir tmp;
    MainWindow window;
    OverviewView *overview = nullptr;

    Window()
    {
        window.setRemembersFiles(false);
        window.setDate(DemoMonday);
        REQUIRE(window.openFile(makeDemoDatabase(tmp)));
        overview = window.findChild<OverviewView *>();
        REQUIRE(overview);
        // The page a file opens on is read when the event loop next runs, before it is painted.
        CHECK_FALSE(overview->isLoaded());
        QCoreApplication::processEvents();
        REQUIRE(overview->isLoaded());
    }
    QWidget *currentPage() const { return window.findChild<QStackedWidget *>()->currentWidget(); }
};

} // namespace

TEST_CASE("the overview is the first page when a file opens and shows the location's week", "[gui][overview]")
{
    Window w;
    CHECK(w.window.viewKeys().first() == QStringLiteral("overview"));
    CHECK(w.currentPage() == w.overview);
    CHECK(w.overview->shown().location.name == QStringLiteral("Kindcentrum De Zonnewijzer"));
    CHECK(w.overview->places()->rowCount() == 4);
    CHECK(w.overview->places()->columnCount() == 5);
    CHECK(w.overview->trajectories()->topLevelItemCount() == 1);
    CHECK(w.overview->turningFour()->topLevelItemCount() == 2);
    CHECK(w.overview->waitingList()->topLevelItemCount() == 2);
    CHECK(w.overview->problems()->counts()->text().contains(QStringLiteral("Allowed: 7")));

    // Another week reloads it.
    w.window.setDate(DemoMonday.addDays(7));
    CHECK(w.overview->shown().week.week == 49);
}

TEST_CASE("a problem on the overview opens the roster on its day", "[gui][overview]")
{
    Window w;
    QTreeWidget *tree = w.overview->problems()->tree();
    REQUIRE(tree->topLevelItemCount() >= 1);
    QTreeWidgetItem *placeAndDay = tree->topLevelItem(0)->child(0);
    REQUIRE(placeAndDay);
    QTreeWidgetItem *problem = placeAndDay->child(0);
    REQUIRE(problem);
    const int index = problem->data(0, ProblemSummary::ProblemRole).toInt();
    const roster::Problem chosen = w.overview->problems()->problems().problems.at(index);
    Q_EMIT tree->itemActivated(problem, 0);

    auto *roster = w.window.findChild<RosterView *>();
    CHECK(w.currentPage() == roster);
    const QModelIndex cell = roster->table()->table()->currentIndex();
    CHECK(cell.column() == chosen.date.dayOfWeek());
    CHECK(cell.siblingAtColumn(0).data(IdRole).toLongLong() == chosen.groupId);
    CHECK_FALSE(cell.data(RatioBandDelegate::HighlightRole).toList().isEmpty());
}

TEST_CASE("the overview's lists open the child, the referral and the waiting-list entry", "[gui][overview]")
{
    Window w;
    auto *children = w.window.findChild<ChildrenView *>();
    auto *tabs = children->findChild<QTabWidget *>();
    REQUIRE(tabs);

    const overview::WaitingWish wish = w.overview->shown().waitingList.first();
    Q_EMIT w.overview->waitingList()->itemActivated(w.overview->waitingList()->topLevelItem(0), 0);
    CHECK(w.currentPage() == children);
    CHECK(tabs->currentIndex() == 1);
    auto *waiting = qobject_cast<QWidget *>(tabs->currentWidget())->findChild<SearchableTable *>();
    REQUIRE(waiting);
    CHECK(waiting->table()->currentIndex().siblingAtColumn(0).data(IdRole).toLongLong() == wish.entry.id);
    // The waiting list says when the wish fits, as the overview does (one computation: capacity/entryfit.h).
    CHECK(waiting->table()->currentIndex().siblingAtColumn(6).data().toString() == fitsText(wish));
    CHECK(w.overview->waitingList()->topLevelItem(0)->text(4) == fitsText(wish));

    const overview::EndingTrajectory trajectory = w.overview->shown().endingTrajectories.first();
    w.window.showView(QStringLiteral("overview"));
    Q_EMIT w.overview->trajectories()->itemActivated(w.overview->trajectories()->topLevelItem(0), 0);
    CHECK(tabs->currentIndex() == 2);
    auto *referrals = qobject_cast<QWidget *>(tabs->currentWidget())->findChild<SearchableTable *>();
    CHECK(referrals->table()->currentIndex().siblingAtColumn(0).data(IdRole).toLongLong() == trajectory.referral.id);

    const overview::TurningFour four = w.overview->shown().turningFour.first();
    w.window.showView(QStringLiteral("overview"));
    Q_EMIT w.overview->turningFour()->itemActivated(w.overview->turningFour()->topLevelItem(0), 0);
    CHECK(tabs->currentIndex() == 0);
    CHECK(children->table()->table()->currentIndex().siblingAtColumn(0).data(IdRole).toLongLong() == four.childId);
}
