// A new user's first hour, through the widgets: an empty file (what File → New makes) leads to
// "add a location", then "add a group"; two groups, three children (one with a referral for a
// youth-care seat), each dropped on a group and placed through the placement dialog; the seat is
// marked on the board; Edit → Undo takes the last step back.

#include "catch.h"
#include "boarddrag.h"
#include "modal.h"
#include "tempdir.h"

#include "groups/boardguide.h"
#include "groups/childdrag.h"
#include "groups/childrowstable.h"
#include "persistence/calendarrepository.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "shell/document.h"
#include "shell/mainwindow.h"
#include "util/clock.h"
#include "views/childrenview.h"
#include "views/groupcard.h"
#include "views/groupsview.h"
#include "widgets/datefield.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
    if (!edit) {
        if (auto *date = dialog->findChild<DateField *>(QString::fromLatin1(field)))
            edit = date->lineEdit();
    }
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QPushButton *pushButton(QWidget *parent, const QString &text)
{
    auto *button = qobject_cast<QPushButton *>(buttonNamed(parent, text));
    REQUIRE(button);
    return button;
}

} // namespace

TEST_CASE("an empty file is set up through the widgets to a working location", "[gui][setup]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("nieuw.samenplan"));
    {
        QString error;
        REQUIRE(Document::open(path, true, &error)); // what File → New makes
    }
    const QDate monday = IsoWeek::containing(QDate::currentDate().addDays(14)).monday();
    MainWindow window;
    window.setRemembersFiles(false);
    window.setDate(monday);
    REQUIRE(window.openFile(path));
    window.show();
    REQUIRE(window.showView(QStringLiteral("groups")));
    auto *board = window.findChild<GroupsView *>();
    REQUIRE(board);
    const Database &db = window.document()->database();

    // 1. Not a dead end: the board asks for the location.
    REQUIRE_FALSE(board->guide()->isHidden());
    CHECK(board->guide()->button()->text() == QStringLiteral("Add a location..."));
    whenModal([](QWidget *dialog) {
        type(dialog, "name", QStringLiteral("Kindcentrum De Boomgaard"));
        type(dialog, "lrk", QStringLiteral("123456789"));
        type(dialog, "closedDate", QStringLiteral("25-12-2026"));
        type(dialog, "closedReason", QStringLiteral("Eerste kerstdag"));
        pushButton(dialog, QStringLiteral("Add"))->click();
        REQUIRE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    board->guide()->button()->click();
    const QList<Location> locations = LocationRepository(db).all();
    REQUIRE(locations.size() == 1);
    CHECK(locations.first().hoursOn(1) == TimeRange{450, 1110});
    CHECK_FALSE(locations.first().hoursOn(6));
    REQUIRE(CalendarRepository(db).closingDays(locations.first().id).size() == 1);
    CHECK(CalendarRepository(db).closingDays(locations.first().id).first().date == QDate(2026, 12, 25));
    CHECK(CalendarRepository(db).closingDays(locations.first().id).first().reason == QStringLiteral("Eerste kerstdag"));

    // 2. Then for its groups: a day-care group from the guide, a VE group from "New group...".
    REQUIRE_FALSE(board->guide()->isHidden());
    CHECK(board->guide()->button()->text() == QStringLiteral("Add a group..."));
    whenModal([](QWidget *dialog) {
        type(dialog, "name", QStringLiteral("Dolfijnen"));
        okButton(dialog)->click();
    });
    board->guide()->button()->click();
    whenModal([](QWidget *dialog) {
        type(dialog, "name", QStringLiteral("Zeepaardjes"));
        auto *careType = dialog->findChild<QComboBox *>(QStringLiteral("careType"));
        careType->setCurrentIndex(careType->findData(int(CareType::Preschool)));
        okButton(dialog)->click();
    });
    pushButton(board, QStringLiteral("New group..."))->click();
    const QList<Group> groups = GroupRepository(db).all();
    REQUIRE(groups.size() == 2);
    CHECK(board->guide()->isHidden());
    CHECK(board->cardCount() == 2);
    Id dolfijnen = NoId, zeepaardjes = NoId;
    for (const Group &g : groups) {
        (g.name == QStringLiteral("Dolfijnen") ? dolfijnen : zeepaardjes) = g.id;
        if (g.name == QStringLiteral("Zeepaardjes")) {
            CHECK(g.minAgeMonths == 30); // a VE group takes children from 2½
            CHECK(g.preschoolEducation);
        }
    }

    // 3. Three children from the board's "New child...".
    const struct {
        const char *first;
        const char *last;
        int ageMonths;
    } children[] = {{"Sem", "Bakker", 20}, {"Noor", "Visser", 34}, {"Jayden", "Smit", 36}};
    for (const auto &c : children) {
        const QString birth = monday.addMonths(-c.ageMonths).toString(QStringLiteral("dd-MM-yyyy"));
        whenModal([c, birth](QWidget *dialog) {
            type(dialog, "firstName", QString::fromLatin1(c.first));
            type(dialog, "lastName", QString::fromLatin1(c.last));
            type(dialog, "birthDate", birth);
            REQUIRE(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        pushButton(board, QStringLiteral("New child..."))->click();
    }
    QHash<QString, Id> childId;
    for (const Child &c : ChildRepository(db).all())
        childId.insert(c.firstName, c.id);
    REQUIRE(childId.size() == 3);

    // Jayden's referral, on the Children page: a provider, then the referral.
    REQUIRE(window.showView(QStringLiteral("children")));
    auto *childrenPage = window.findChild<ChildrenView *>();
    auto *tabs = childrenPage->findChild<QTabWidget *>();
    tabs->setCurrentIndex(3);
    whenModal([](QWidget *dialog) {
        type(dialog, "name", QStringLiteral("Jeugdhulp Oost"));
        okButton(dialog)->click();
    });
    pushButton(tabs->widget(3), QStringLiteral("New provider..."))->click();
    tabs->setCurrentIndex(2);
    whenModal([&](QWidget *dialog) {
        auto *child = dialog->findChild<QComboBox *>(QStringLiteral("child"));
        child->setCurrentIndex(child->findData(QVariant::fromValue<qint64>(childId.value(QStringLiteral("Jayden")))));
        type(dialog, "reference", QStringLiteral("JO-2026-17"));
        REQUIRE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    pushButton(tabs->widget(2), QStringLiteral("New referral..."))->click();

    // 4. Each child dropped on a group, placed through the dialog, which says what it does to staffing.
    REQUIRE(window.showView(QStringLiteral("groups")));
    auto card = [&](Id groupId) {
        for (GroupCard *c : board->cards())
            if (c->groupId() == groupId)
                return c;
        FAIL("no card");
        return static_cast<GroupCard *>(nullptr);
    };
    QString staffing;
    auto placeVia = [&](Id groupId, const QString &first) {
        const int before = int(PlacementRepository(db).all().size());
        whenModal([&](QWidget *dialog) {
            staffing = dialog->findChild<QLabel *>(QStringLiteral("staffing"))->text();
            REQUIRE(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        dropOn(card(groupId), childId.value(first));
        REQUIRE(QTest::qWaitFor([&] { return PlacementRepository(db).all().size() == before + 1; }, 5000));
    };
    placeVia(dolfijnen, QStringLiteral("Sem"));
    INFO(staffing.toStdString());
    CHECK(staffing.contains(QStringLiteral("needs 1 professional from 07:30, 0 rostered")));
    CHECK(staffing.contains(QStringLiteral("nobody rostered")));
    placeVia(zeepaardjes, QStringLiteral("Noor"));
    placeVia(zeepaardjes, QStringLiteral("Jayden"));

    const QList<Placement> placements = PlacementRepository(db).all();
    REQUIRE(placements.size() == 3);
    int youthCare = 0;
    for (const Placement &p : placements) {
        youthCare += p.kind == PlacementKind::YouthCare;
        CHECK(p.days.size() == 5);
    }
    CHECK(youthCare == 1);

    // The youth-care seat is marked on the board with the weeks its trajectory still runs.
    auto *table = card(zeepaardjes)->findChild<ChildRowsTable *>();
    REQUIRE(table);
    REQUIRE(table->columnCount() == 6);
    QStringList marks;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 5))
            marks << table->item(row, 5)->text();
    REQUIRE(marks.size() == 1);
    CHECK(table->horizontalHeaderItem(5)->text() == QStringLiteral("◆"));
    CHECK(marks.first().toInt() > 0); // the weeks the trajectory still runs

    // Edit → Undo takes the last placement back; Redo puts it back.
    QAction *undo = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>())
        if (action->text().startsWith(QStringLiteral("&Undo")))
            undo = action;
    REQUIRE(undo);
    CHECK(undo->text() == QStringLiteral("&Undo place Jayden Smit in Zeepaardjes"));
    undo->trigger();
    CHECK(PlacementRepository(db).all().size() == 2);
    window.document()->undoStack()->redo();
    CHECK(PlacementRepository(db).all().size() == 3);
}
