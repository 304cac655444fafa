#include "catch.h"
#include "demodb.h"

#include "commands/recordcommands.h"
#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/staffrepository.h"
#include "shell/document.h"
#include "views/coachingview.h"
#include "views/searchabletable.h"

#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

TEST_CASE("a coaching series is planned, moved, cancelled and undone step by step", "[gui][coaching]")
{
    TempDir tmp;
    QString error;
    auto document = Document::open(makeDemoDatabase(tmp), false, &error);
    REQUIRE(document);
    CoachingView view;
    view.setDate(DemoMonday);
    view.setDocument(document.get());
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
    view.setDocument(nullptr);
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
