// The group board at the size planners use (the 1400x900 window of the screenshots): every child's
// times are shown whole, also in the cards with the youth-care seat column beside the days.

#include "catch.h"
#include "demodb.h"

#include "groups/childrowstable.h"
#include "shell/mainwindow.h"

#include <QFontMetrics>
#include <QTest>

using namespace samenplan;
using namespace samenplan::ui;

TEST_CASE("the group board shows every time whole in a 1400x900 window, seat column or not", "[gui][seat]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    MainWindow window;
    window.setRemembersFiles(false);
    window.setDate(DemoMonday);
    REQUIRE(window.openFile(path));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showView(QStringLiteral("groups")));
    QTest::qWait(200); // the page's scroll bar and the cards settle


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
