#include "catch.h"
#include "demodb.h"
#include "demowindow.h"

#include "attendance/attendanceview.h"
#include "attendance/dayrecordtable.h"
#include "persistence/attendancerepository.h"
#include "persistence/grouprepository.h"
#include "shell/document.h"
#include "shell/weekbar.h"
#include "widgets/daytabs.h"

#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

TEST_CASE("Attendance page: a key per child marks it arrived and gone, the record follows, undo takes it back", "[gui][attendance]")
{
    TempDir tmp;
    QString error;
    auto document = Document::open(makeDemoDatabase(tmp), false, &error);
    REQUIRE(document);
    const Database &db = document->database();
    Id rupsjes = NoId;
    for (const Group &g : GroupRepository(db).all()) {
        if (g.name == QLatin1String("Rupsjes"))
            rupsjes = g.id;
    }
    AttendanceView view;
    view.setDate(DemoMonday);
    view.setDocument(document.get());
    view.selectGroup(rupsjes);
    QTableWidget *children = view.childTable();
    REQUIRE(children->rowCount() == 5); // the planned children of the demo Monday
    CHECK(view.recordTable()->summary().startsWith(QStringLiteral("Plan:")));

    // Space on the selected child: arrived at its planned time (the demo Monday is not today).
    children->setFocus();
    children->selectRow(0);
    const QString planned = children->item(0, 1)->text();
    QTest::keyClick(children, Qt::Key_Space);
    QList<ChildAttendance> rows = AttendanceRepository(db).children(DemoMonday, DemoMonday, rupsjes);
    REQUIRE(rows.size() == 1);
    CHECK(planned.startsWith(formatMinutes(rows.first().arrived)));
    CHECK_FALSE(rows.first().departed);
    CHECK(children->item(0, 2)->text() == formatMinutes(rows.first().arrived));
    CHECK(view.recordTable()->summary().startsWith(QStringLiteral("Record")));
    // Again: gone at the planned time.
    children->selectRow(0);
    QTest::keyClick(children, Qt::Key_Space);
    rows = AttendanceRepository(db).children(DemoMonday, DemoMonday, rupsjes);
    REQUIRE(rows.first().departed);
    CHECK(planned.endsWith(formatMinutes(*rows.first().departed)));
    CHECK(view.recordTable()->table()->rowCount() > 0);

    document->undoStack()->undo();
    CHECK_FALSE(AttendanceRepository(db).children(DemoMonday, DemoMonday, rupsjes).first().departed);
    document->undoStack()->undo();
    CHECK(AttendanceRepository(db).children(DemoMonday, DemoMonday, rupsjes).isEmpty());
    CHECK(view.recordTable()->summary().startsWith(QStringLiteral("Plan:")));
}

TEST_CASE("Attendance page: a tab per weekday chooses the day, and the week bar follows", "[gui][attendance]")
{
    DemoWindow demo;
    REQUIRE(demo.window.showView(QStringLiteral("attendance")));
    auto *view = demo.window.findChild<AttendanceView *>();
    auto *bar = demo.window.findChild<WeekBar *>();
    REQUIRE(view);
    REQUIRE(bar);
    auto *days = view->findChild<DayTabs *>();
    REQUIRE(days);
    REQUIRE(days->count() == 5); // the demo location is open Monday to Friday
    CHECK(days->date() == DemoMonday);
    CHECK(days->tabData(days->currentIndex()).toDate() == DemoMonday);

    days->setCurrentIndex(2);
    CHECK(view->date() == DemoMonday.addDays(2));
    CHECK(bar->date() == DemoMonday.addDays(2));
    CHECK(days->date() == DemoMonday.addDays(2));

    // A Sunday typed into the week bar gets a tab of its own beside the weekdays.
    bar->setDate(DemoMonday.addDays(6));
    CHECK(days->count() == 6);
    CHECK(days->tabData(days->currentIndex()).toDate() == DemoMonday.addDays(6));
}
