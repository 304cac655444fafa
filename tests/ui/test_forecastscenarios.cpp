// Scenarios kept in the file, on the forecast page (issue #16 item 3): started, changed change by
// change, shown beside the plan with the differences highlighted, applied as one undo step, discarded;
// the waiting-list what-if saved as one; the change dialog for each kind of change.

#include "catch.h"
#include "forecastwindow.h"
#include "modal.h"
#include "scenariofixture.h"

#include "changes/scenariochanges.h"
#include "forecast/forecastview.h"
#include "forecast/scenariochangedialog.h"
#include "forecast/scenariopanel.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/scenariorepository.h"
#include "persistence/waitinglistrepository.h"
#include "shell/document.h"
#include "shell/mainwindow.h"
#include "widgets/datefield.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

struct Window : ForecastWindow {
    Group group(const QString &name) const { return demoGroup(db(), name); }
    int row(const QString &groupName) const
    {
        for (int r = 0; r < forecast->table()->rowCount(); ++r) {
            if (forecast->table()->verticalHeaderItem(r)->text() == groupName)
                return r;
        }
        return -1;
    }
    bool differs(const QString &groupName) const
    {
        const int r = row(groupName);
        REQUIRE(r >= 0);
        return forecast->table()->item(r, 0)->data(ForecastView::DifferRole).toBool();
    }
};

} // namespace

TEST_CASE("a scenario is started, changed, shown beside the plan, applied and discarded, each one undo step", "[gui][forecast][scenario]")
{
    Window w;
    ScenarioPanel *panel = w.forecast->scenarios();
    const Group rupsjes = w.group(QStringLiteral("Rupsjes"));
    panel->newScenario(QStringLiteral("Rupsjes groter"));
    REQUIRE(panel->choice() == ScenarioPanel::Choice::Stored);
    REQUIRE(panel->stored());
    CHECK(panel->stored()->name == QStringLiteral("Rupsjes groter"));
    CHECK(w.undo()->count() == 1);

    capacity::ScenarioChange bigger;
    bigger.kind = capacity::ScenarioChangeKind::GroupMaximum;
    bigger.groupId = rupsjes.id;
    bigger.number = rupsjes.maxChildren + 2;
    bigger.seats = rupsjes.youthCareSeats;
    panel->addChange(bigger);
    REQUIRE(panel->stored()->changes.size() == 1);
    CHECK(panel->list()->topLevelItemCount() == 1);
    CHECK(panel->list()->topLevelItem(0)->text(1).contains(QStringLiteral("Rupsjes")));
    // Beside the plan: only Rupsjes differs (two more places).
    CHECK(w.differs(QStringLiteral("Rupsjes")));
    CHECK_FALSE(w.differs(QStringLiteral("Vlinders")));
    CHECK(w.forecast->shown().first().months.first().weekdays.first().regularPlaces
          == w.forecast->plan().first().months.first().weekdays.first().regularPlaces + 2);
    CHECK(GroupRepository(w.db()).find(rupsjes.id)->maxChildren == rupsjes.maxChildren); // the plan is untouched

    panel->applyStored();
    CHECK(GroupRepository(w.db()).find(rupsjes.id)->maxChildren == rupsjes.maxChildren + 2);
    CHECK(panel->stored()->appliedOn.isValid());
    CHECK_FALSE(w.differs(QStringLiteral("Rupsjes"))); // its changes are the plan now
    w.undo()->undo();
    CHECK(GroupRepository(w.db()).find(rupsjes.id)->maxChildren == rupsjes.maxChildren);
    CHECK_FALSE(panel->stored()->appliedOn.isValid());
    CHECK(w.differs(QStringLiteral("Rupsjes")));

    panel->discardStored();
    CHECK(ScenarioRepository(w.db()).all().isEmpty());
    CHECK(panel->choice() == ScenarioPanel::Choice::Plan);
    w.undo()->undo();
    REQUIRE(ScenarioRepository(w.db()).all().size() == 1);
    CHECK(ScenarioRepository(w.db()).all().first().changes.size() == 1);
}

TEST_CASE("the waiting-list what-if is saved as a scenario without placing anyone", "[gui][forecast][scenario]")
{
    Window w;
    const int placements = int(PlacementRepository(w.db()).all().size());
    w.forecast->setWhatIf(true);
    REQUIRE(w.forecast->scenario());
    w.forecast->scenarios()->saveWaitingListAs(QStringLiteral("Wachtlijst december"));
    CHECK(w.forecast->scenarios()->choice() == ScenarioPanel::Choice::Stored);
    const auto stored = ScenarioRepository(w.db()).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().changes.size() == 2); // Olivia and Yusuf
    for (const capacity::ScenarioChange &c : stored.first().changes) {
        CHECK(c.kind == capacity::ScenarioChangeKind::Place);
        CHECK(c.waitingListId != NoId);
    }
    CHECK(PlacementRepository(w.db()).all().size() == placements);
    CHECK(WaitingListRepository(w.db()).all().size() == 2);
    // The same name again is refused by the door, and the user is told: nothing more is stored.
    w.forecast->setWhatIf(true);
    MessageBoxes messages;
    w.forecast->scenarios()->saveWaitingListAs(QStringLiteral("wachtlijst december"));
    CHECK(ScenarioRepository(w.db()).all().size() == 1);
    REQUIRE(messages.texts.size() == 1);
    CHECK((messages.texts.first() + QLatin1Char(' ') + messages.informativeTexts.first())
              .contains(QStringLiteral("wachtlijst december")));
    CHECK(w.forecast->scenarios()->choice() == ScenarioPanel::Choice::WaitingList);
}

TEST_CASE("the change dialog makes each kind of change and says what is missing", "[gui][forecast][scenario]")
{
    Window w;
    const capacity::CapacityData records = capacity::CapacityData::load(w.db(), DemoMonday);
    capacity::Scenario scenario;
    scenario.name = QStringLiteral("Proef");
    const Id location = records.locations.first().id;
    ScenarioChangeDialog dialog(records, scenario, location);

    // A wish from the waiting list: its child, its days at the opening hours, its wished group.
    CHECK_FALSE(dialog.problem().isEmpty());
    REQUIRE(dialog.wishBox()->count() == 3); // "(choose a wish)" and the demo's two wishes
    dialog.wishBox()->setCurrentIndex(1);
    const capacity::ScenarioChange place = dialog.change();
    CHECK(place.kind == capacity::ScenarioChangeKind::Place);
    CHECK(place.childId != NoId);
    CHECK_FALSE(place.days.isEmpty());
    CHECK(place.date.isValid());
    CHECK(dialog.problem().isEmpty());

    dialog.setKind(capacity::ScenarioChangeKind::AddGroup);
    CHECK_FALSE(dialog.problem().isEmpty()); // no name yet
    dialog.groupName()->setText(QStringLiteral("Kikkers"));
    dialog.maximumBox()->setValue(9);
    dialog.seatsBox()->setValue(0);
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.change().group.name == QStringLiteral("Kikkers"));
    CHECK(dialog.change().group.maxChildren == 9);

    dialog.setKind(capacity::ScenarioChangeKind::GroupMaximum);
    CHECK_FALSE(dialog.problem().isEmpty()); // no group chosen
    dialog.groupBox()->setCurrentIndex(1);
    dialog.maximumBox()->setValue(3);
    dialog.seatsBox()->setValue(4);
    CHECK_FALSE(dialog.problem().isEmpty()); // more seats than children
    dialog.seatsBox()->setValue(0);
    CHECK(dialog.problem().isEmpty());

    dialog.setKind(capacity::ScenarioChangeKind::PlacementEnd);
    CHECK_FALSE(dialog.problem().isEmpty());
    dialog.placementBox()->setCurrentIndex(1);
    dialog.dateField()->setDate({}); // empty: the placement runs on
    CHECK(dialog.problem().isEmpty());
    CHECK_FALSE(dialog.change().date.isValid());

    dialog.setKind(capacity::ScenarioChangeKind::TrajectoryEnd);
    REQUIRE(dialog.referralBox()->count() > 1); // the demo's youth-care seats
    dialog.referralBox()->setCurrentIndex(1);
    dialog.dateField()->setDate(DemoMonday.addMonths(11));
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.change().referralId != NoId);
}

TEST_CASE("undo and redo walk a scenario's steps back and forth, applied and discarded ones too", "[gui][forecast][scenario]")
{
    Window w;
    MessageBoxes refusals; // a step that no longer finds its scenario is refused with a message
    ScenarioPanel *panel = w.forecast->scenarios();
    const Group rupsjes = w.group(QStringLiteral("Rupsjes"));
    panel->newScenario(QStringLiteral("Heen en terug"));
    { // a later scenario, so that a new row would not get the old id by chance
        capacity::Scenario other;
        other.name = QStringLiteral("Ander");
        Transaction t(w.db());
        changes::add(w.db(), other);
        t.commit();
    }
    capacity::ScenarioChange bigger;
    bigger.kind = capacity::ScenarioChangeKind::GroupMaximum;
    bigger.groupId = rupsjes.id;
    bigger.number = rupsjes.maxChildren + 1;
    bigger.seats = rupsjes.youthCareSeats;
    panel->addChange(bigger);
    panel->applyStored();
    panel->discardStored();
    REQUIRE(w.undo()->count() == 4);
    CHECK(ScenarioRepository(w.db()).all().size() == 1); // "Ander"
    CHECK(GroupRepository(w.db()).find(rupsjes.id)->maxChildren == rupsjes.maxChildren + 1); // discarding keeps the plan
    // All the way back: each step finds the scenario it made.
    for (int i = 0; i < 4; ++i)
        w.undo()->undo();
    CHECK(w.undo()->index() == 0);
    CHECK(ScenarioRepository(w.db()).all().size() == 1);
    CHECK(GroupRepository(w.db()).find(rupsjes.id)->maxChildren == rupsjes.maxChildren);
    // And forward again.
    for (int i = 0; i < 4; ++i)
        w.undo()->redo();
    CHECK(w.undo()->index() == 4);
    CHECK(ScenarioRepository(w.db()).all().size() == 1);
    CHECK(GroupRepository(w.db()).find(rupsjes.id)->maxChildren == rupsjes.maxChildren + 1);
    w.undo()->undo(); // the discard: back with its change, marked applied
    const auto back = ScenarioRepository(w.db()).byName(QStringLiteral("Heen en terug"));
    REQUIRE(back);
    CHECK(back->changes.size() == 1);
    CHECK(back->appliedOn.isValid());
    CHECK(refusals.texts.isEmpty());
}
