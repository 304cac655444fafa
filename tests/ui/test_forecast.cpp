// The forecast page (issue #16 item 2 and 3): a location's groups per month with charts, and "what
// if the waiting list were placed" beside the plan without storing anything.

#include "catch.h"
#include "forecastwindow.h"

#include "forecast/forecastview.h"
#include "persistence/placementrepository.h"
#include "persistence/waitinglistrepository.h"
#include "shell/document.h"
#include "shell/mainwindow.h"

#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

using Window = ForecastWindow;

int differingCells(const QTableWidget *table)
{
    int count = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            count += table->item(row, column)->data(ForecastView::DifferRole).toBool() ? 1 : 0;
    }
    return count;
}

} // namespace

TEST_CASE("the forecast shows a location's groups for twelve months from the shown month", "[gui][forecast]")
{
    Window w;
    CHECK(w.window.viewKeys().at(1) == QStringLiteral("forecast"));
    REQUIRE(w.forecast->shown().size() == 4); // the demo location's four groups
    CHECK(w.forecast->table()->rowCount() == 4);
    CHECK(w.forecast->table()->columnCount() == 12);
    CHECK(w.forecast->shown().first().months.first().month == QDate(DemoMonday.year(), DemoMonday.month(), 1));
    CHECK(differingCells(w.forecast->table()) == 0);
    CHECK_FALSE(w.forecast->scenario());
    // A cell tells the busiest weekday's regular children against the places.
    const capacity::WeekdayForecast &day = w.forecast->shown().first().months.first().weekdays.first();
    CHECK(w.forecast->table()->item(0, 0)->toolTip().contains(QString::number(day.regularPlaces)));
    w.forecast->setMonths(6);
    CHECK(w.forecast->table()->columnCount() == 6);
}

TEST_CASE("what if the waiting list were placed: beside the plan, differences highlighted, nothing stored", "[gui][forecast]")
{
    Window w;
    const Database &db = w.window.document()->database();
    const int placements = PlacementRepository(db).all().size();
    const QList<capacity::GroupForecast> plan = w.forecast->shown();
    w.forecast->setWhatIf(true);
    REQUIRE(w.forecast->scenario());
    // Olivia and Yusuf, the demo's waiting list, are placed at their earliest fits.
    CHECK(w.forecast->scenario()->placed.size() == 2);
    CHECK(w.forecast->placedList()->topLevelItemCount() == 2);
    CHECK(w.forecast->placedList()->topLevelItem(0)->text(0) == QStringLiteral("Olivia Vos"));
    CHECK(differingCells(w.forecast->table()) > 0);
    CHECK(w.forecast->plan().size() == plan.size());
    CHECK(w.forecast->plan().first().months.first().weekdays.first().regularPeak
          == plan.first().months.first().weekdays.first().regularPeak);
    // Nothing is stored and nothing is on the undo stack.
    CHECK(PlacementRepository(db).all().size() == placements);
    CHECK(WaitingListRepository(db).all().size() == 2);
    CHECK(w.window.document()->undoStack()->count() == 0);
    w.forecast->setWhatIf(false);
    CHECK_FALSE(w.forecast->scenario());
    CHECK(differingCells(w.forecast->table()) == 0);
}

TEST_CASE("the what-if placed for real: one undoable step through the change layer", "[gui][forecast]")
{
    Window w;
    const Database &db = w.window.document()->database();
    const int placements = PlacementRepository(db).all().size();
    w.forecast->setWhatIf(true);
    REQUIRE(w.forecast->scenario());
    const QList<capacity::TentativePlacement> placed = w.forecast->scenario()->placed;
    REQUIRE(placed.size() == 2);
    w.forecast->applyWhatIf();
    CHECK(w.window.document()->undoStack()->count() == 1);
    CHECK(PlacementRepository(db).all().size() == placements + 2);
    CHECK(WaitingListRepository(db).all().isEmpty());
    for (const capacity::TentativePlacement &p : placed) {
        const QList<Placement> ofChild = PlacementRepository(db).ofChild(p.placement.childId);
        REQUIRE(ofChild.size() == 1);
        CHECK(ofChild.first().groupId == p.placement.groupId);
        CHECK(ofChild.first().start == p.placement.start);
    }
    // The page reloaded: nobody is left to place, and the plan now holds what the what-if showed.
    CHECK(w.forecast->scenario()->placed.isEmpty());
    w.window.document()->undoStack()->undo();
    CHECK(PlacementRepository(db).all().size() == placements);
    CHECK(WaitingListRepository(db).all().size() == 2);
    CHECK(w.forecast->scenario()->placed.size() == 2);
}
