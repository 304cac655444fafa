// Every new change is one undo step: locations and groups added, edited, archived, restored and
// removed through their dialogs; placements edited and ended from the board; a refused archive keeps
// OK off and names the children; erasure on request is no undo step and clears the history.

#include "core/changes/doorsite.h"

#include "boarddrag.h"
#include "modal.h"

#include "children/privacyactions.h"
#include "commands/placementcommands.h"
#include "groups/childrowstable.h"
#include "groups/placementflow.h"
#include "persistence/calendarrepository.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "planning/planningdata.h"
#include "report/grouplist.h"
#include "setup/locationdialog.h"
#include "setup/setupactions.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/groupcard.h"
#include "views/groupsview.h"
#include "widgets/datefield.h"
#include "widgets/timefield.h"
#include "widgets/weekhours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

struct SetupBoard {
    DoorSite site;
    Id aap = NoId;
    Id aapPlacement = NoId;
    std::unique_ptr<Document> document;
    GroupsView view;

    SetupBoard()
    {
        aap = site.child(QStringLiteral("Aap"), true);
        REQUIRE(site.place(DoorSite::placement(aap, site.group, site.monday, {1, 2}, TimeRange{480, 780}, PlacementKind::YouthCare),
                           NoId, &aapPlacement).isEmpty());
        site.db.reset();
        QString error;
        document = Document::open(site.path, false, &error);
        REQUIRE(document);
        view.setDate(site.monday);
        view.setDocument(document.get());
    }
    ~SetupBoard() { view.setDocument(nullptr); }
    const Database &db() const { return document->database(); }
    QUndoStack *stack() const { return document->undoStack(); }
    Placement placement() const { return *PlacementRepository(db()).find(aapPlacement); }
};

} // namespace

TEST_CASE("a location is added, edited and removed, each one undo step", "[gui][setup][undo]")
{
    SetupBoard b;
    bool typingStartsInName = false;
    whenModal([&](QWidget *dialog) {
        typingStartsInName = dialog->focusWidget() == dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("De Uitkijk"));
        dialog->findChild<QLineEdit *>(QStringLiteral("lrk"))->setText(QStringLiteral("998877665"));
        okButton(dialog)->click();
    });
    b.view.setup()->newLocation();
    CHECK(typingStartsInName);
    REQUIRE(LocationRepository(b.db()).all().size() == 2);
    CHECK(b.stack()->undoText() == QStringLiteral("add location De Uitkijk"));
    b.stack()->undo();
    CHECK(LocationRepository(b.db()).all().size() == 1);
    b.stack()->redo();
    Id added = NoId;
    for (const Location &l : LocationRepository(b.db()).all())
        if (l.name == QStringLiteral("De Uitkijk"))
            added = l.id;
    REQUIRE(added != NoId);

    // Edit: Saturday mornings open, a closing day, the holiday region.
    whenModal([&](QWidget *dialog) {
        auto *hours = dialog->findChild<WeekHoursEditor *>();
        hours->dayBox(6)->setChecked(true);
        hours->setSameTimes(false);
        hours->toField(6)->setMinutes(13 * 60);
        dialog->findChild<DateField *>(QStringLiteral("closedDate"))->setDate(b.site.monday);
        buttonNamed(dialog, QStringLiteral("Add"))->click();
        auto *region = dialog->findChild<QComboBox *>(QStringLiteral("region"));
        region->setCurrentIndex(region->findData(int(HolidayRegion::Zuid)));
        dialog->findChild<QCheckBox *>(QStringLiteral("publicHolidays"))->setChecked(false);
        okButton(dialog)->click();
    });
    b.view.setup()->editLocation(added);
    Location edited = *LocationRepository(b.db()).find(added);
    CHECK(edited.hoursOn(6) == TimeRange{450, 780});
    REQUIRE(CalendarRepository(b.db()).closingDays(added).size() == 1);
    CHECK(CalendarRepository(b.db()).closingDays(added).first().date == b.site.monday);
    CHECK(edited.holidayRegion == HolidayRegion::Zuid);
    CHECK_FALSE(edited.closedOnPublicHolidays);
    b.stack()->undo();
    edited = *LocationRepository(b.db()).find(added);
    CHECK_FALSE(edited.hoursOn(6));
    CHECK(CalendarRepository(b.db()).closingDays(added).isEmpty());
    CHECK(edited.holidayRegion == HolidayRegion::Midden);
    CHECK(edited.closedOnPublicHolidays);
    b.stack()->redo();

    whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    b.view.setup()->removeLocation(added);
    CHECK(LocationRepository(b.db()).all().size() == 1);
    CHECK(CalendarRepository(b.db()).closingDaysBetween(b.site.monday, b.site.monday).isEmpty());
    b.stack()->undo(); // back under a new id, with its closing day
    REQUIRE(LocationRepository(b.db()).all().size() == 2);
    const QList<ClosingDay> back = CalendarRepository(b.db()).closingDaysBetween(b.site.monday, b.site.monday);
    REQUIRE(back.size() == 1);
    CHECK(LocationRepository(b.db()).find(back.first().locationId)->name == QStringLiteral("De Uitkijk"));
}

TEST_CASE("a location dialog with a closing day given twice keeps one, and a bad LRK number keeps OK off", "[gui][setup]")
{
    SetupBoard b;
    const Location location = *LocationRepository(b.db()).find(b.site.location);
    LocationDialog dialog(location, {});
    dialog.addClosingDay(b.site.monday, QStringLiteral("Studiedag"));
    dialog.addClosingDay(b.site.monday, QStringLiteral("Nog eens"));
    dialog.addClosingDay(QDate(), QStringLiteral("Geen datum"));
    REQUIRE(dialog.closingDays().size() == 1);
    CHECK(dialog.closingDays().first().reason == QStringLiteral("Studiedag"));
    CHECK(dialog.problem().isEmpty());
    dialog.findChild<QLineEdit *>(QStringLiteral("lrk"))->setText(QStringLiteral("12ab"));
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK_FALSE(okButton(&dialog)->isEnabled());
}

TEST_CASE("a closing day typed as no date is named below the form, and one typed and not added is kept by OK",
          "[gui][setup]")
{
    SetupBoard b;
    const Location location = *LocationRepository(b.db()).find(b.site.location);
    LocationDialog dialog(location, {});
    auto *date = dialog.findChild<DateField *>(QStringLiteral("closedDate"));
    REQUIRE(date);
    const auto shownProblem = [&dialog] {
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (label->styleSheet().contains(QStringLiteral("#b00020")))
                return label->text();
        return QString();
    };
    QTest::keyClicks(date->lineEdit(), QStringLiteral("31-02-2026"));
    CHECK(shownProblem().contains(QStringLiteral("Closing days")));
    CHECK(shownProblem().contains(QStringLiteral("23-11-2026")));
    CHECK_FALSE(okButton(&dialog)->isEnabled());

    date->lineEdit()->clear();
    CHECK(shownProblem().isEmpty());
    CHECK(okButton(&dialog)->isEnabled());
    QTest::keyClicks(date->lineEdit(), QStringLiteral("24-12-2026"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("closedReason")), QStringLiteral("Kerstavond"));
    okButton(&dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.closingDays().size() == 1);
    CHECK(dialog.closingDays().first().date == QDate(2026, 12, 24));
    CHECK(dialog.closingDays().first().reason == QStringLiteral("Kerstavond"));
}

TEST_CASE("a group is added, edited, archived, restored and removed, each one undo step", "[gui][setup][undo]")
{
    SetupBoard b;
    whenModal([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Kikkers"));
        okButton(dialog)->click();
    });
    b.view.setup()->newGroup(b.site.location);
    Id kikkers = NoId;
    for (const Group &g : GroupRepository(b.db()).all())
        if (g.name == QStringLiteral("Kikkers"))
            kikkers = g.id;
    REQUIRE(kikkers != NoId);
    CHECK(b.view.cardCount() == 3);
    b.stack()->undo();
    CHECK(b.view.cardCount() == 2);
    b.stack()->redo();
    for (const Group &g : GroupRepository(b.db()).all())
        if (g.name == QStringLiteral("Kikkers"))
            kikkers = g.id;

    whenModal([](QWidget *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("seats"))->setValue(2);
        okButton(dialog)->click();
    });
    b.view.setup()->editGroup(kikkers);
    CHECK(GroupRepository(b.db()).find(kikkers)->youthCareSeats == 2);
    b.stack()->undo();
    CHECK(GroupRepository(b.db()).find(kikkers)->youthCareSeats == 4);

    // A group without placements is removed (and comes back with undo).
    whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    b.view.setup()->removeGroup(kikkers);
    CHECK(GroupRepository(b.db()).all().size() == 2);
    b.stack()->undo();
    CHECK(GroupRepository(b.db()).all().size() == 3);

    // A group with placements is not removed: archiving is offered, and refused while Aap is placed.
    QString problem;
    bool okEnabled = true;
    whenModal([&](QWidget *box) {
        whenModal([&](QWidget *dialog) {
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text().startsWith(QStringLiteral("Still placed")))
                    problem = label->text();
            okEnabled = okButton(dialog)->isEnabled();
            dialog->close();
        }, box);
        buttonNamed(box, QStringLiteral("Archive..."))->click();
    });
    b.view.setup()->removeGroup(b.site.group);
    CHECK(problem.contains(QStringLiteral("Aap Test")));
    CHECK_FALSE(okEnabled);
    CHECK(GroupRepository(b.db()).all().size() == 3);

    // Once Aap's placement ends, the group is archived from the day after and leaves the board.
    const QDate lastDay = b.site.monday.addDays(4);
    whenModal([&](QWidget *dialog) {
        dialog->findChild<DateField *>(QStringLiteral("lastDay"))->setDate(lastDay);
        dialog->findChild<QComboBox *>(QStringLiteral("reason"))->setCurrentText(QStringLiteral("Verhuisd"));
        okButton(dialog)->click();
    });
    b.view.flow()->endPlacement(b.aapPlacement);
    CHECK(b.placement().end == lastDay);
    CHECK(b.placement().endReason == QStringLiteral("Verhuisd"));
    whenModal([&](QWidget *dialog) {
        auto *from = dialog->findChild<DateField *>();
        CHECK(from->date() >= lastDay.addDays(1)); // offered: the first free date
        from->setDate(b.site.monday.addDays(7));
        REQUIRE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    b.view.setup()->archiveGroup(b.site.group);
    CHECK(GroupRepository(b.db()).find(b.site.group)->archivedFrom == b.site.monday.addDays(7));
    CHECK(b.view.cardCount() == 3); // still on the board the week it leaves
    b.view.setDate(b.site.monday.addDays(7));
    CHECK(b.view.cardCount() == 2);
    b.stack()->undo();
    CHECK(GroupRepository(b.db()).find(b.site.group)->archivedFrom.isNull());
    CHECK(b.view.cardCount() == 3);
    b.stack()->redo();
    b.view.setup()->restoreGroup(b.site.group);
    CHECK(GroupRepository(b.db()).find(b.site.group)->archivedFrom.isNull());
    b.stack()->undo();
    CHECK(GroupRepository(b.db()).find(b.site.group)->archivedFrom.isValid());
    b.stack()->undo(); // the archive
    b.stack()->undo(); // the end of Aap's placement
    CHECK(b.placement().end.isNull());
}

TEST_CASE("a placement is edited from the board's double-click with same times every day, and undone", "[gui][undo]")
{
    SetupBoard b;
    GroupCard *card = nullptr;
    for (GroupCard *c : b.view.cards())
        if (c->groupId() == b.site.group)
            card = c;
    REQUIRE(card);
    auto *table = card->findChild<ChildRowsTable *>();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->childAt(r))
            row = r;
    REQUIRE(row >= 0);
    QString staffing;
    whenModal([&](QWidget *dialog) {
        auto *hours = dialog->findChild<WeekHoursEditor *>();
        CHECK(hours->sameTimes());
        hours->dayBox(3)->setChecked(true);
        hours->fromField(1)->setMinutes(8 * 60 + 30); // same times: every day follows
        CHECK(hours->fromField(3)->minutes() == 8 * 60 + 30);
        dialog->findChild<DateField *>(QStringLiteral("end"))->setDate(b.site.monday.addMonths(2));
        staffing = dialog->findChild<QLabel *>(QStringLiteral("staffing"))->text();
        REQUIRE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    // The dialog opens once the card's double-click is handled (the change reloads the board).
    REQUIRE(QTest::qWaitFor([&] { return b.placement().days.size() == 3; }, 5000));
    const Placement after = b.placement();
    REQUIRE(after.days.size() == 3);
    for (const PlacementDay &day : after.days)
        CHECK(day.hours == TimeRange{510, 780});
    CHECK(after.end == b.site.monday.addMonths(2));
    CHECK(staffing.contains(QStringLiteral("Wednesday")));
    CHECK(b.stack()->undoText() == QStringLiteral("change the placement of Aap Test"));
    b.stack()->undo();
    CHECK(b.placement().days.size() == 2);
    CHECK(b.placement().end.isNull());
    b.stack()->redo();
    CHECK(b.placement().days.size() == 3);
}

TEST_CASE("erasure on request is confirmed, is no undo step and clears the undo history", "[gui][privacy]")
{
    SetupBoard b;
    PrivacyActions privacy(&b.view);
    privacy.setDocument(b.document.get());
    const Id beer = [&] {
        Transaction t(b.db());
        Child c;
        c.firstName = QStringLiteral("Beer");
        c.lastName = QStringLiteral("Test");
        c.birthDate = b.site.monday.addYears(-3);
        const Id id = changes::add(b.db(), c);
        t.commit();
        return id;
    }();
    planning::PlacementProposal proposal;
    proposal.placement = DoorSite::placement(beer, b.site.other, b.site.monday, {3});
    REQUIRE(b.view.flow()->place(proposal));
    REQUIRE(b.stack()->count() == 1);
    // Cancel leaves everything.
    QString text;
    whenModal([&](QWidget *box) {
        text = static_cast<QMessageBox *>(box)->text();
        static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
    });
    CHECK_FALSE(privacy.erase(b.aap));
    CHECK(text.contains(QStringLiteral("Removed:")));
    CHECK(text.contains(QStringLiteral("Kept, without personal data:")));
    CHECK(ChildRepository(b.db()).find(b.aap)->firstName == QStringLiteral("Aap"));
    whenModal([](QWidget *box) { buttonNamed(box, QStringLiteral("Erase the personal data"))->click(); });
    CHECK(privacy.erase(b.aap));
    CHECK(ChildRepository(b.db()).find(b.aap)->firstName != QStringLiteral("Aap"));
    CHECK(ReferralRepository(b.db()).ofChild(b.aap).isEmpty());
    CHECK(PlacementRepository(b.db()).ofChild(b.aap).size() == 1); // kept, anonymous
    CHECK(b.stack()->count() == 0);
}

TEST_CASE("a placement is ended with a last day and a reason, not without a reason, and undone", "[gui][undo]")
{
    SetupBoard b;
    const QDate lastDay = b.site.monday.addDays(25);
    bool okWithoutReason = true;
    whenModal([&](QWidget *dialog) {
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reason"));
        reason->setCurrentText(QString());
        okWithoutReason = okButton(dialog)->isEnabled();
        dialog->findChild<DateField *>(QStringLiteral("lastDay"))->setDate(lastDay);
        reason->setCurrentText(QStringLiteral("Verhuisd"));
        REQUIRE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    b.view.flow()->endPlacement(b.aapPlacement);
    CHECK_FALSE(okWithoutReason);
    CHECK(b.placement().end == lastDay);
    CHECK(b.placement().endReason == QStringLiteral("Verhuisd"));
    CHECK(b.stack()->undoText() == QStringLiteral("end the placement of Aap Test"));
    b.stack()->undo();
    CHECK(b.placement().end.isNull());
    CHECK(b.placement().endReason.isEmpty());
    b.stack()->redo();
    CHECK(b.placement().end == lastDay);
    b.stack()->undo(); // again: on the version the redo left
    CHECK(b.placement().end.isNull());
    CHECK(b.stack()->count() == 1);
}

TEST_CASE("a changed placement is undone and redone more than once: each step writes on the version the last one left",
          "[gui][undo]")
{
    SetupBoard b;
    const Placement before = b.placement();
    Placement after = before;
    after.end = b.site.monday.addDays(30);
    after.endReason = QStringLiteral("Gaat naar school");
    b.stack()->push(new ChangePlacementCommand(b.document.get(), QStringLiteral("Aap Test"), before, after));
    REQUIRE(b.placement().end == after.end);
    for (int round = 0; round < 2; ++round) {
        b.stack()->undo();
        CHECK(b.placement().end.isNull());
        CHECK(b.placement().endReason.isEmpty());
        b.stack()->redo();
        CHECK(b.placement().end == after.end);
    }
    CHECK(b.stack()->count() == 1); // never refused as stale, so never dropped from the stack
    CHECK(b.placement().rowVersion == before.rowVersion + 5);
}

TEST_CASE("the board marks a youth-care seat with the weeks left, the printed group list does not", "[gui][seat]")
{
    SetupBoard b;
    GroupCard *card = nullptr;
    for (GroupCard *c : b.view.cards())
        if (c->groupId() == b.site.group)
            card = c;
    REQUIRE(card);
    auto *table = card->findChild<ChildRowsTable *>();
    REQUIRE(table->columnCount() == 6);
    CHECK(table->horizontalHeaderItem(5)->text() == QStringLiteral("◆"));
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->childAt(r) && table->childAt(r)->childId == b.aap)
            row = r;
    REQUIRE(row >= 0);
    REQUIRE(table->item(row, 5));
    bool isNumber = false;
    CHECK(table->item(row, 5)->text().toInt(&isNumber) > 0); // the weeks the trajectory still runs
    CHECK(isNumber);
    CHECK(table->item(row, 5)->toolTip().contains(QStringLiteral("trajectory runs until")));

    const auto plan = planning::PlanningData::load(b.db(), b.site.monday, b.site.monday.addDays(6));
    QTextDocument printed;
    report::buildGroupList(printed, plan, b.site.group, IsoWeek::containing(b.site.monday), b.site.monday);
    CHECK(printed.toPlainText().contains(QStringLiteral("Aap")));
    CHECK_FALSE(printed.toPlainText().contains(QStringLiteral("◆")));
    CHECK_FALSE(printed.toPlainText().contains(QStringLiteral("trajectory")));
}
