// The roster's day timeline (issue 14 item 3): the axis and the ratio per quarter hour of a day,
// and a drag that moves or stretches a shift in quarter hours as one undo step.

#include "catch.h"
#include "demodb.h"

#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "shell/document.h"
#include "shell/mainwindow.h"
#include "timeline/daytimeline.h"
#include "timeline/timelinepage.h"
#include "views/rosterview.h"

#include <QApplication>
#include <QScrollArea>
#include <QTabBar>
#include <QTest>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

const QDate Thursday = DemoMonday.addDays(3);

struct Timeline {
    TempDir tmp;
    MainWindow window;
    RosterView *roster = nullptr;
    DayTimeline *timeline = nullptr;

    Timeline()
    {
        window.setRemembersFiles(false);
        window.setDate(Thursday);
        REQUIRE(window.openFile(makeDemoDatabase(tmp)));
        REQUIRE(window.showView(QStringLiteral("timeline")));
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        roster = window.findChild<RosterView *>();
        timeline = roster->timeline()->timeline();
    }
    Shift shiftOf(const QString &name) const
    {
        const Id staff = StaffRepository(window.document()->database()).findByName(name)->id;
        for (const Shift &shift : ShiftRepository(window.document()->database()).between(Thursday, Thursday)) {
            if (shift.staffId == staff)
                return shift;
        }
        FAIL(name.toStdString());
        return {};
    }
    // Drags from a point of the shift's bar by dx pixels, with real mouse events.
    void drag(Id shiftId, double fromX, int dx) const
    {
        const QRectF bar = timeline->barRect(shiftId);
        REQUIRE_FALSE(bar.isNull());
        const QPoint start(int(fromX), int(bar.center().y()));
        QTest::mousePress(timeline, Qt::LeftButton, {}, start);
        QTest::mouseMove(timeline, start + QPoint(dx / 2, 0));
        QTest::mouseMove(timeline, start + QPoint(dx, 0));
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, start + QPoint(dx, 0));
    }
};

} // namespace

TEST_CASE("dragging a shift on the timeline moves it in quarter hours, one undo step", "[gui][timeline]")
{
    Timeline t;
    CHECK(t.roster->timeline()->days()->count() == 5);
    CHECK(t.timeline->day().date == Thursday);
    CHECK(t.timeline->day().axis == TimeRange{7 * 60, 19 * 60});
    const Shift before = t.shiftOf(QStringLiteral("Samira El Idrissi"));
    REQUIRE(before.hours == TimeRange{7 * 60 + 30, 16 * 60 + 30});
    QUndoStack *undo = t.window.document()->undoStack();
    const int steps = undo->count();

    // An hour to the right, dropped a little off the grid: snaps to whole quarters.
    const double hour = t.timeline->xOf(8 * 60) - t.timeline->xOf(7 * 60);
    const QRectF bar = t.timeline->barRect(before.id);
    t.drag(before.id, bar.left() + 40, int(hour + hour / 10));
    const Shift moved = t.shiftOf(QStringLiteral("Samira El Idrissi"));
    CHECK(moved.hours == TimeRange{8 * 60 + 30, 17 * 60 + 30});
    CHECK(moved.breaks == QList<TimeRange>{TimeRange{13 * 60, 13 * 60 + 30}}); // the break moves along
    CHECK(undo->count() == steps + 1);
    // The page shows the change at once: the bar sits an hour later.
    CHECK(t.timeline->barRect(before.id).left() == Approx(t.timeline->xOf(8 * 60 + 30)).margin(1));

    undo->undo();
    CHECK(t.shiftOf(QStringLiteral("Samira El Idrissi")).hours == before.hours);
    CHECK(t.shiftOf(QStringLiteral("Samira El Idrissi")).breaks == before.breaks);
}

TEST_CASE("dragging a shift's start on the timeline stretches it, the ratio follows", "[gui][timeline]")
{
    Timeline t;
    const Shift before = t.shiftOf(QStringLiteral("Fleur de Boer"));
    REQUIRE(before.hours == TimeRange{9 * 60, 18 * 60 + 30});
    const auto rupsjes = [&t]() {
        for (const TimelineGroup &group : t.timeline->day().groups) {
            if (group.group.name == QStringLiteral("Rupsjes"))
                return group;
        }
        FAIL("Rupsjes");
        return TimelineGroup{};
    };
    REQUIRE(rupsjes().ratio);
    const int belowBefore = rupsjes().ratio->minutesBelow;
    REQUIRE(belowBefore >= 60); // 08:00-09:00 short until Fleur comes

    // Her start an hour earlier covers it.
    const double quarter = t.timeline->xOf(7 * 60 + 15) - t.timeline->xOf(7 * 60);
    t.drag(before.id, t.timeline->barRect(before.id).left() + 1, -int(quarter * 4));
    const Shift stretched = t.shiftOf(QStringLiteral("Fleur de Boer"));
    CHECK(stretched.hours == TimeRange{8 * 60, 18 * 60 + 30});
    CHECK(stretched.breaks == before.breaks);
    CHECK(rupsjes().ratio->minutesBelow == belowBefore - 60);
    t.window.document()->undoStack()->undo();
    CHECK(t.shiftOf(QStringLiteral("Fleur de Boer")).hours == before.hours);
    CHECK(rupsjes().ratio->minutesBelow == belowBefore);
}

TEST_CASE("the drag rule: quarter hours, within the day, at least a quarter hour, breaks that fit", "[gui][timeline]")
{
    Shift shift;
    shift.hours = TimeRange{8 * 60, 16 * 60};
    shift.breaks = {TimeRange{12 * 60, 12 * 60 + 30}};
    CHECK(draggedShift(shift, DragPart::Body, 37).hours == TimeRange{8 * 60 + 30, 16 * 60 + 30});
    CHECK(draggedShift(shift, DragPart::Body, 37).breaks == QList<TimeRange>{TimeRange{12 * 60 + 30, 13 * 60}});
    CHECK(draggedShift(shift, DragPart::Body, -600).hours == TimeRange{0, 8 * 60});
    CHECK(draggedShift(shift, DragPart::Body, 900).hours == TimeRange{16 * 60, 24 * 60});
    CHECK(draggedShift(shift, DragPart::Start, 8).hours == TimeRange{8 * 60 + 15, 16 * 60});
    CHECK(draggedShift(shift, DragPart::Start, 7).hours == TimeRange{8 * 60, 16 * 60});
    CHECK(draggedShift(shift, DragPart::End, 10000).hours == TimeRange{8 * 60, 24 * 60});
    CHECK(draggedShift(shift, DragPart::End, -10000).hours == TimeRange{8 * 60, 8 * 60 + 15});
    CHECK(draggedShift(shift, DragPart::End, -10000).breaks.isEmpty()); // the break no longer fits
    CHECK(draggedShift(shift, DragPart::Start, 5 * 60).breaks.isEmpty());
}

TEST_CASE("the timeline shows the day's groups with the children and professionals per quarter hour", "[gui][timeline]")
{
    Timeline t;
    const TimelineDay &day = t.timeline->day();
    REQUIRE(day.groups.size() == 4);
    const TimelineGroup &vlinders = day.groups.at(1);
    CHECK(vlinders.group.name == QStringLiteral("Vlinders"));
    CHECK(vlinders.bars.size() == 3); // Jeroen, Ayşe, Noa
    REQUIRE(vlinders.ratio);
    CHECK(vlinders.ratio->timeSlots.size() == 44); // 07:30-18:30 in quarter hours
    int most = 0;
    for (const rules::DeviationSlot &slot : vlinders.ratio->timeSlots)
        most = std::max(most, slot.children);
    CHECK(most == 6);
    CHECK(day.offFloor.isEmpty()); // Ingrid's office day is Wednesday

    // Another day of the week from its tab.
    t.roster->timeline()->days()->setCurrentIndex(2);
    CHECK(t.timeline->day().date == DemoMonday.addDays(2));
    CHECK(t.timeline->day().offFloor.size() == 1);
}
