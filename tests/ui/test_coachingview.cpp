#include "catch.h"
#include "demodb.h"
#include "demopage.h"

#include "coaching/sessiondialog.h"
#include "commands/recordcommands.h"
#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/staffrepository.h"
#include "shell/document.h"
#include "views/coachingview.h"
#include "views/searchabletable.h"

#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

// The coaching page over the demo, in its first week.
using DemoCoaching = DemoPage<CoachingView>;

} // namespace

TEST_CASE("a coaching series is planned, moved, cancelled and undone step by step", "[gui][coaching]")
{
    DemoCoaching site;
    CoachingView &view = site.view;
    Document *document = site.document.get();
    const Database &db = document->database();
    const int before = view.sessionCount();
    CHECK(before >= 2);

    CoachingSession first;
    first.date = DemoMonday.addDays(1);
    first.hours = TimeRange{9 * 60 + 30, 10 * 60 + 30};
    first.coachStaffId = StaffRepository(db).findByName(QStringLiteral("Ingrid Mulder"))->id;
    first.coacheeIds = {StaffRepository(db).findByName(QStringLiteral("Samira El Idrissi"))->id};
    for (const Group &g : GroupRepository(db).all()) {
        if (g.name == QStringLiteral("Rupsjes"))
            first.groupId = g.id;
    }
    view.addSeries(first, 2, 4); // every other week, four times
    const auto planned = CoachingRepository(db).sessionsBetween(DemoMonday, DemoMonday.addDays(60));
    QList<CoachingSession> series;
    for (const CoachingSession &s : planned) {
        if (s.seriesId != NoId && s.coachStaffId == first.coachStaffId && s.hours == first.hours)
            series.append(s);
    }
    REQUIRE(series.size() == 4);
    CHECK(series.at(3).date == first.date.addDays(42));
    CHECK(view.sessionCount() == before + 1); // one of them in the shown week

    // One session of the series moves to Thursday; another is cancelled with a reason.
    view.moveSession(series.at(1).id, series.at(1).date.addDays(2), first.coachStaffId);
    CHECK(CoachingRepository(db).find(series.at(1).id)->date == series.at(1).date.addDays(2));
    view.cancelSession(series.at(2).id, QStringLiteral("Studiedag"));
    CHECK(CoachingRepository(db).find(series.at(2).id)->status == CoachingStatus::Cancelled);

    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(CoachingRepository(db).find(series.at(1).id)->date == series.at(1).date);
    document->undoStack()->undo();
    CHECK(view.sessionCount() == before);
}

TEST_CASE("an external coach is added without being rostered staff, and undone", "[gui][coaching]")
{
    TempDir tmp;
    QString error;
    auto document = Document::open(makeDemoDatabase(tmp), false, &error);
    REQUIRE(document);
    const int before = int(CoachingRepository(document->database()).externalCoaches().size());
    ExternalCoach coach;
    coach.name = QStringLiteral("Mirjam de Haan");
    coach.organisation = QStringLiteral("Jeugdhulp Horizon");
    coach.qualifiedCoach = true;
    document->undoStack()->push(new AddRecordCommand<ExternalCoach>(document.get(), QStringLiteral("add"), coach));
    CHECK(CoachingRepository(document->database()).externalCoaches().size() == before + 1);
    CHECK_FALSE(StaffRepository(document->database()).findByName(QStringLiteral("Mirjam de Haan")));
    document->undoStack()->undo();
    CHECK(CoachingRepository(document->database()).externalCoaches().size() == before);
}

TEST_CASE("edit, cancel and delete are offered only on a chosen session, and delete removes it", "[gui][coaching]")
{
    DemoCoaching site;
    CoachingView &view = site.view;
    Document *document = site.document.get();
    QList<QPushButton *> onSession;
    for (QPushButton *b : view.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Edit...") || b->text() == QStringLiteral("Cancel session...") || b->text() == QStringLiteral("Delete"))
            onSession << b;
    REQUIRE(onSession.size() == 3);
    const auto enabled = [&] {
        return int(std::count_if(onSession.begin(), onSession.end(), [](const QPushButton *b) { return b->isEnabled(); }));
    };
    CHECK(enabled() == 0);

    constexpr int SessionIdRole = Qt::UserRole + 3; // as the view stores it in a cell
    QAbstractItemModel *cells = view.table()->table()->model();
    QModelIndex session, empty;
    for (int row = 0; row < cells->rowCount(); ++row) {
        for (int column = 1; column < cells->columnCount(); ++column) {
            const QModelIndex cell = cells->index(row, column);
            (cell.data(SessionIdRole).toLongLong() ? session : empty) = cell;
        }
    }
    REQUIRE(session.isValid());
    REQUIRE(empty.isValid());
    view.table()->table()->setCurrentIndex(session);
    CHECK(enabled() == 3);
    view.table()->table()->setCurrentIndex(empty);
    CHECK(enabled() == 0);

    view.table()->table()->setCurrentIndex(session);
    const Id chosen = session.data(SessionIdRole).toLongLong();
    const int sessions = view.sessionCount();
    onSession.last()->click();
    CHECK_FALSE(CoachingRepository(document->database()).find(chosen));
    CHECK(view.sessionCount() == sessions - 1);
    CHECK(enabled() == 0); // the page was read again; nothing is chosen
    document->undoStack()->undo(); // back, under a new id
    CHECK(view.sessionCount() == sessions);
}

TEST_CASE("a new session in a file without coaches says where a coach comes from", "[gui][coaching]")
{
    CoachingSession session;
    session.date = DemoMonday;
    session.hours = TimeRange{600, 660};
    SessionDialog::Lists lists;
    SessionDialog none(session, lists, true);
    CHECK(none.problem().startsWith(QStringLiteral("There is no coach yet")));
    lists.coaches.append({7, QStringLiteral("Hanna Verbeek")});
    SessionDialog one(session, lists, true);
    CHECK_FALSE(one.problem().startsWith(QStringLiteral("There is no coach yet")));
}
