#include "catch.h"
#include "demodb.h"
#include "demowindow.h"
#include "modal.h"

#include "overview/overviewview.h"
#include "shell/document.h"
#include "shell/mainwindow.h"
#include "views/childrenview.h"
#include "views/coachingview.h"
#include "views/groupsview.h"
#include "views/rosterview.h"
#include "views/searchabletable.h"
#include "views/staffview.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace samenplan;
using namespace samenplan::ui;

template <typename View>
View *findView(MainWindow &window)
{
    View *view = window.findChild<View *>();
    REQUIRE(view != nullptr);
    return view;
}

TEST_CASE("the main window shows the demo location in every view", "[gui]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    MainWindow window;
    CHECK(window.document() == nullptr);
    CHECK(window.viewKeys() == QStringList{QStringLiteral("overview"), QStringLiteral("forecast"), QStringLiteral("groups"), QStringLiteral("roster"), QStringLiteral("timeline"), QStringLiteral("coaching"),
                                           QStringLiteral("children"), QStringLiteral("staff"), QStringLiteral("attendance")});
    window.setDate(DemoMonday);
    QString error;
    REQUIRE(window.openFile(path, &error));
    CHECK(error.isEmpty());
    CHECK(window.windowTitle().contains(QStringLiteral("demo.samenplan")));

    // The file opens on its overview; only the page shown is read, the others when first shown.
    CHECK(findView<GroupsView>(window)->cardCount() == 0);
    REQUIRE(window.showView(QStringLiteral("groups")));
    CHECK(findView<GroupsView>(window)->cardCount() == 4);
    // The board warns that one trajectory in the pre-school group ends within six weeks.
    QStringList rules;
    for (const QLabel *label : findView<GroupsView>(window)->findChildren<QLabel *>())
        rules << label->property("rule").toString();
    CHECK(rules.contains(QStringLiteral("trajectory-ending")));
    CHECK(findView<RosterView>(window)->table()->visibleRowCount() == 0);
    CHECK(findView<ChildrenView>(window)->table()->visibleRowCount() == 0);
    REQUIRE(window.showView(QStringLiteral("children")));
    CHECK(findView<ChildrenView>(window)->table()->visibleRowCount() >= 40);
    REQUIRE(window.showView(QStringLiteral("staff")));
    CHECK(findView<StaffView>(window)->table()->visibleRowCount() >= 12);
    REQUIRE(window.showView(QStringLiteral("roster")));
    CHECK(findView<RosterView>(window)->table()->visibleRowCount() >= 8);
    REQUIRE(window.showView(QStringLiteral("coaching")));
    CHECK(findView<CoachingView>(window)->table()->visibleRowCount() >= 1);

    // Search narrows the children list.
    SearchableTable *children = findView<ChildrenView>(window)->table();
    const QString someone = children->proxy()->index(0, 0).data().toString();
    children->setSearchText(someone);
    CHECK(children->visibleRowCount() >= 1);
    CHECK(children->visibleRowCount() < 10);
    children->setSearchText(QStringLiteral("zzz-nobody"));
    CHECK(children->visibleRowCount() == 0);

    CHECK(window.showView(QStringLiteral("staff")));
    CHECK_FALSE(window.showView(QStringLiteral("nonsense")));

    // A week without shifts shows an empty roster, not stale rows, once the roster is shown again.
    window.setDate(DemoMonday.addDays(7 * 10));
    REQUIRE(window.showView(QStringLiteral("roster")));
    CHECK(findView<RosterView>(window)->table()->visibleRowCount() == 0);
    window.setDate(DemoMonday);
    CHECK(findView<RosterView>(window)->table()->visibleRowCount() >= 8);
}

TEST_CASE("the main window refuses a file it cannot open and keeps the open one", "[gui]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    MainWindow window;
    REQUIRE(window.openFile(path));
    QString error;
    CHECK_FALSE(window.openFile(tmp.file(QStringLiteral("missing.samenplan")), &error));
    CHECK(error.contains(QStringLiteral("does not exist")));
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->path() == path);
}

TEST_CASE("opening a file reads only the page it ends up on, and another page when it is first shown", "[gui]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    TempDir &tmp = demo.tmp;
    auto *overview = findView<OverviewView>(window);
    auto *groups = findView<GroupsView>(window);
    auto *roster = findView<RosterView>(window);
    // Nothing is read before the window settles on a page, not even after a change of week.
    window.setDate(DemoMonday.addDays(7));
    CHECK_FALSE(overview->isLoaded());
    CHECK_FALSE(groups->isLoaded());
    // Asked for the group board straight away: the overview the file opens on is never read.
    REQUIRE(window.showView(QStringLiteral("groups")));
    CHECK(groups->isLoaded());
    CHECK(groups->cardCount() == 4);
    QCoreApplication::processEvents();
    CHECK_FALSE(overview->isLoaded());
    CHECK_FALSE(roster->isLoaded());
    // The page shown follows a change of week at once; a hidden one when it is shown.
    window.setDate(DemoMonday);
    CHECK(groups->isLoaded());
    CHECK_FALSE(overview->isLoaded());
    REQUIRE(window.showView(QStringLiteral("overview")));
    CHECK(overview->isLoaded());
    CHECK(overview->shown().week.week == DemoMonday.weekNumber());

    // Opening another file while the board is shown reads only the overview it opens on.
    REQUIRE(window.showView(QStringLiteral("groups")));
    REQUIRE(window.openFile(makeDemoDatabase(tmp, QStringLiteral("other.samenplan"))));
    CHECK(groups->cardCount() == 0);
    QCoreApplication::processEvents();
    CHECK(overview->isLoaded());
    CHECK_FALSE(groups->isLoaded());
    CHECK(groups->cardCount() == 0);
    REQUIRE(window.showView(QStringLiteral("groups")));
    CHECK(groups->cardCount() == 4);
}

TEST_CASE("a list page's columns end at the view's edge when they fit, without a scroll bar", "[gui]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    window.resize(1400, 900); // the size of the screenshots
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const QString &page : {QStringLiteral("staff"), QStringLiteral("children")}) {
        REQUIRE(window.showView(page));
        QTest::qWait(100);
        const QTableView *view = page == QLatin1String("staff") ? findView<StaffView>(window)->table()->table()
                                                                : findView<ChildrenView>(window)->table()->table();
        const QHeaderView *header = view->horizontalHeader();
        int others = 0;
        for (int column = 0; column + 1 < header->count(); ++column)
            others += header->sectionSize(column);
        INFO(page.toStdString() << ": columns " << header->length() << " px in a view of " << view->viewport()->width());
        REQUIRE(others + header->defaultSectionSize() < view->viewport()->width()); // they fit
        CHECK(header->length() == view->viewport()->width());
        CHECK_FALSE(view->horizontalScrollBar()->isVisible());
    }
}

TEST_CASE("a new database opens on the groups page, where its first location is added", "[gui]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("kindcentrum.samenplan"));
    MainWindow window;
    window.setRemembersFiles(false);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction *newAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&New..."))
            newAction = action;
    REQUIRE(newAction);
    whenModal([&](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        REQUIRE(files);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // as the Save button does
    });
    newAction->trigger();
    REQUIRE(window.document());
    CHECK(QFileInfo::exists(path));
    const auto *pages = window.findChild<QStackedWidget *>();
    REQUIRE(pages);
    const auto *shown = qobject_cast<const PlannerView *>(pages->currentWidget());
    REQUIRE(shown);
    CHECK(shown->key() == QStringLiteral("groups"));
}
