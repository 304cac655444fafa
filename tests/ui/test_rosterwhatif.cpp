// The roster page's what-if (issue #16 item 3): the week's checks with a stored scenario beside the
// plan's: a group the scenario adds, with a child on Monday and nobody rostered, is one more ratio
// problem there; the plan's own list stays as it is.

#include "catch.h"
#include "demodb.h"

#include "changes/scenariochanges.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "roster/problemlistview.h"
#include "roster/scenariochecks.h"
#include "shell/document.h"
#include "views/rosterview.h"

#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>

#include <memory>

using namespace samenplan;
using namespace samenplan::ui;

TEST_CASE("the roster page shows a scenario's checks of the week beside the plan's", "[gui][roster][scenario]")
{
    TempDir tmp;
    QString error;
    std::unique_ptr<Document> document = Document::open(makeDemoDatabase(tmp), false, &error);
    REQUIRE(document);
    RosterView view;
    view.setDate(DemoMonday);
    view.setDocument(document.get());
    const Database &db = document->database();
    ScenarioChecks *whatIf = view.whatIf();
    CHECK(whatIf->isHidden()); // no scenarios yet
    const int planProblems = view.problemList()->tree()->topLevelItemCount();

    Id olivia = NoId;
    for (const Child &c : ChildRepository(db).all())
        olivia = c.displayName() == QStringLiteral("Olivia Vos") ? c.id : olivia;
    REQUIRE(olivia != NoId);
    capacity::Scenario s;
    s.name = QStringLiteral("Kikkertjes");
    capacity::ScenarioChange added;
    added.kind = capacity::ScenarioChangeKind::AddGroup;
    added.group.locationId = GroupRepository(db).all().first().locationId;
    added.group.name = QStringLiteral("Kikkertjes");
    added.group.maxChildren = 9;
    added.group.youthCareSeats = 0;
    capacity::ScenarioChange placed;
    placed.kind = capacity::ScenarioChangeKind::Place;
    placed.childId = olivia;
    placed.newGroup = 0;
    placed.date = DemoMonday;
    placed.days = {{1, {480, 1020}}};
    s.changes = {added, placed};
    s.locationId = added.group.locationId; // as the Forecast page makes it: about one location
    {
        Transaction t(db);
        changes::add(db, s);
        t.commit();
    }
    document->notifyChanged();
    CHECK_FALSE(whatIf->isHidden());
    REQUIRE(whatIf->chooser()->count() == 2);
    CHECK(whatIf->list()->isHidden());

    whatIf->chooser()->setCurrentIndex(1);
    Q_EMIT whatIf->choiceChanged();
    CHECK(whatIf->chooser()->currentText() == QStringLiteral("Kikkertjes"));
    REQUIRE(whatIf->list()->topLevelItemCount() > 0);
    for (int i = 0; i < whatIf->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = whatIf->list()->topLevelItem(i);
        CHECK(item->text(0) == QStringLiteral("+"));
        CHECK(item->data(1, ScenarioChecks::WhereRole).toString() == QStringLiteral("Kikkertjes"));
    }
    CHECK(whatIf->summary()->text().contains(QString::number(whatIf->list()->topLevelItemCount())));
    CHECK(view.problemList()->tree()->topLevelItemCount() == planProblems); // the plan's list is the plan's
    view.setDocument(nullptr);
}
