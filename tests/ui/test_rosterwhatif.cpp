// The roster page's what-if (issue #16 item 3): the week's checks with a stored scenario beside the
// plan's: a group the scenario adds, with a child on Monday and nobody rostered, is one more ratio
// problem there; the plan's own list stays as it is.

#include "catch.h"
#include "demodb.h"
#include "scenariofixture.h"

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

    // As the Forecast page makes it: about one location.
    storeScenario(db, kikkertjesScenario(db, QStringLiteral("Kikkertjes"), GroupRepository(db).all().first().locationId,
                                         {{1, {480, 1020}}}));
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
