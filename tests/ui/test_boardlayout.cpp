// The group board at the size planners use (the 1400x900 window of the screenshots): every child's
// times are shown whole, also in the cards with the youth-care seat column beside the days; the names
// take the room the times leave, whole when it suffices, else ended in "…" with the whole name kept.

#include "catch.h"
#include "demodb.h"
#include "demowindow.h"

#include "groups/childdrag.h"
#include "groups/childrowstable.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDrag>
#include <QFontMetrics>
#include <QHeaderView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

// The demo's group board in a shown 1400x900 window.
struct DemoBoard : DemoWindow {
    DemoBoard()
    {
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showView(QStringLiteral("groups")));
        QTest::qWait(200); // the page's scroll bar and the cards settle
    }
};

// The child rows whose name is shown whole (the tooltip holds the whole name).
int wholeNames(const ChildRowsTable *table)
{
    int whole = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        whole += table->childAt(row) && table->verticalHeaderItem(row)->text() == table->verticalHeaderItem(row)->toolTip();
    return whole;
}

int childRows(const ChildRowsTable *table)
{
    int rows = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        rows += table->childAt(row) ? 1 : 0;
    return rows;
}

} // namespace

TEST_CASE("the group board shows every time whole in a 1400x900 window, seat column or not", "[gui][seat]")
{
    DemoBoard board;
    MainWindow &window = board.window;

    int withSeats = 0;
    int times = 0;
    for (const ChildRowsTable *table : window.findChildren<ChildRowsTable *>()) {
        if (!table->isVisible())
            continue;
        withSeats += table->columnCount() == 6 ? 1 : 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int day = 0; day < 5; ++day) {
                const QTableWidgetItem *cell = table->item(row, day);
                if (!cell || !cell->text().contains(QLatin1Char('-')))
                    continue;
                ++times;
                INFO(cell->text().toStdString() << " in a column of " << table->columnWidth(day) << " px");
                CHECK(QFontMetrics(cell->font()).horizontalAdvance(cell->text()) + 8 <= table->columnWidth(day));
            }
        }
    }
    CHECK(withSeats >= 1); // the demo has youth-care seats in two groups
    CHECK(times > 50);
}

TEST_CASE("a group card's names are whole when the card has room and end in an ellipsis when it has not", "[gui]")
{
    DemoBoard board;
    ChildRowsTable *seats = nullptr;
    for (ChildRowsTable *table : board.window.findChildren<ChildRowsTable *>()) {
        if (!table->isVisible())
            continue;
        if (table->columnCount() == 5) // no seat column: the names fit beside the times at this size
            CHECK(wholeNames(table) == childRows(table));
        else if (!seats)
            seats = table;
    }
    REQUIRE(seats);
    REQUIRE(childRows(seats) > 5);

    seats->resize(1000, seats->height()); // one card alone on a wide page
    CHECK(wholeNames(seats) == childRows(seats));
    CHECK(seats->verticalHeader()->width() < 200); // no wider than the widest name needs

    seats->resize(380, seats->height());
    CHECK(wholeNames(seats) < childRows(seats));
    CHECK(seats->verticalHeader()->width() >= 84);
    for (int row = 0; row < seats->rowCount(); ++row) {
        if (!seats->childAt(row))
            continue;
        const QString shown = seats->verticalHeaderItem(row)->text();
        const QString whole = seats->verticalHeaderItem(row)->toolTip();
        INFO(shown.toStdString() << " of " << whole.toStdString());
        CHECK((shown == whole || (shown.endsWith(QChar(0x2026)) && whole.startsWith(shown.chopped(1)))));
    }
}

TEST_CASE("a child's name on a group card is a handle: dragged, or double-clicked to edit the placement", "[gui]")
{
    DemoBoard board;
    ChildRowsTable *table = nullptr;
    for (ChildRowsTable *candidate : board.window.findChildren<ChildRowsTable *>())
        if (candidate->isVisible() && !table)
            table = candidate;
    REQUIRE(table);
    int row = 0;
    while (row < table->rowCount() && !table->childAt(row))
        ++row;
    REQUIRE(row < table->rowCount());
    QWidget *names = table->verticalHeader()->viewport();
    const QPoint name(names->width() / 2, table->verticalHeader()->sectionViewportPosition(row) + 5);

    QSignalSpy edits(table, &ChildRowsTable::editRequested);
    QTest::mouseDClick(names, Qt::LeftButton, Qt::NoModifier, name);
    REQUIRE(edits.size() == 1);
    CHECK(edits.first().first().value<ChildDrag>().childId == table->childAt(row)->childId);

    // Pressed and moved: a drag of that child starts (offscreen, without a button held at the system's
    // level, it ends at once; its object is left for deletion until events are processed).
    QTest::mousePress(names, Qt::LeftButton, Qt::NoModifier, name);
    QTest::mouseMove(names, name + QPoint(QApplication::startDragDistance() + 20, 0));
    const QDrag *drag = table->findChild<QDrag *>();
    REQUIRE(drag);
    REQUIRE(drag->mimeData());
    CHECK(childDragFrom(drag->mimeData())->childId == table->childAt(row)->childId);
    QTest::mouseRelease(names, Qt::LeftButton, Qt::NoModifier, name + QPoint(QApplication::startDragDistance() + 20, 0));

    // The counters' labels are no handle.
    QSignalSpy none(table, &ChildRowsTable::editRequested);
    QTest::mouseDClick(names, Qt::LeftButton, Qt::NoModifier, QPoint(names->width() / 2, table->verticalHeader()->sectionViewportPosition(0) + 5));
    CHECK(none.isEmpty());
}
