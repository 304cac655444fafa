// The group board showing a stored what-if scenario instead of the plan (issue #16 item 3): a group
// the scenario adds with the child it places, a changed maximum, a placement it ends; read-only
// (no drops, no printing), the plan in the file untouched; back to the plan as it was.

#include "catch.h"
#include "boardfixture.h"
#include "scenariofixture.h"

#include "changes/scenariochanges.h"
#include "groups/unplacedmodel.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/waitinglistrepository.h"
#include "shell/document.h"
#include "views/groupcard.h"
#include "views/groupsview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>

#include <memory>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

struct WhatIfBoard : Board {
    Group group(const QString &name) const { return demoGroup(db(), name); }
    GroupCard *card(const QString &title) const
    {
        for (GroupCard *card : view.cards()) {
            for (QLabel *label : card->findChildren<QLabel *>()) {
                if (label->text().contains(title))
                    return card;
            }
        }
        return nullptr;
    }
    // The names on a card marked as the scenario's.
    static QStringList marked(GroupCard *card)
    {
        QStringList names;
        auto *table = card->findChild<QTableWidget *>();
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->data(Qt::UserRole).toBool())
                names << table->verticalHeaderItem(r)->toolTip();
        }
        return names;
    }
};

} // namespace

TEST_CASE("the group board shows a stored scenario instead of the plan, marked and read-only", "[gui][groups][scenario]")
{
    WhatIfBoard board;
    const Group rupsjes = board.group(QStringLiteral("Rupsjes"));
    const int cards = board.view.cardCount();
    const Id olivia = demoChild(board.db(), QStringLiteral("Olivia Vos"));
    Id aRupsje = NoId;
    const QList<Placement> inRupsjes = PlacementRepository(board.db()).all();
    for (const Placement &p : inRupsjes)
        aRupsje = p.groupId == rupsjes.id && p.activeOn(DemoMonday) && aRupsje == NoId ? p.id : aRupsje;
    REQUIRE(aRupsje != NoId);
    {
        capacity::Scenario s = kikkertjesScenario(board.db(), QStringLiteral("Kikkertjes erbij"), rupsjes.locationId,
                                                  {{1, {480, 1020}}, {3, {480, 1020}}});
        capacity::ScenarioChange bigger;
        bigger.kind = capacity::ScenarioChangeKind::GroupMaximum;
        bigger.groupId = rupsjes.id;
        bigger.number = rupsjes.maxChildren + 2;
        bigger.seats = rupsjes.youthCareSeats;
        capacity::ScenarioChange ends;
        ends.kind = capacity::ScenarioChangeKind::PlacementEnd;
        ends.placementId = aRupsje;
        ends.date = DemoMonday.addDays(1); // gone from Wednesday on
        s.changes << bigger << ends;
        storeScenario(board.db(), s);
        board.document->notifyChanged();
    }
    QComboBox *chooser = board.view.whatIfChooser();
    REQUIRE(chooser->count() == 2); // the plan and the scenario
    CHECK(board.view.whatIf().isEmpty());
    const int waiting = board.view.unplacedModel()->rowCount();

    board.view.showWhatIf(QStringLiteral("Kikkertjes erbij"));
    CHECK(chooser->currentText() == QStringLiteral("Kikkertjes erbij"));
    CHECK(board.view.cardCount() == cards + 1);
    GroupCard *kikkertjes = board.card(QStringLiteral("Kikkertjes"));
    REQUIRE(kikkertjes);
    CHECK(WhatIfBoard::marked(kikkertjes) == QStringList{QStringLiteral("Olivia Vos")});
    GroupCard *rupsjesCard = board.card(QStringLiteral("Rupsjes"));
    REQUIRE(rupsjesCard);
    CHECK(WhatIfBoard::marked(rupsjesCard).size() == 1); // the placement the scenario ends
    bool planMaximumShown = false;
    for (QLabel *label : rupsjesCard->findChildren<QLabel *>())
        planMaximumShown = planMaximumShown || label->text().contains(QString::number(rupsjes.maxChildren + 2));
    CHECK(planMaximumShown);
    // Read-only: no drops, no group list to print, Olivia no longer waiting.
    for (GroupCard *card : board.view.cards()) {
        CHECK_FALSE(card->acceptDrops());
        for (QToolButton *button : card->findChildren<QToolButton *>())
            CHECK(button->isHidden());
    }
    CHECK(board.view.unplacedModel()->rowCount() == waiting - 1);
    // The file holds the plan as it was.
    CHECK(GroupRepository(board.db()).find(rupsjes.id)->maxChildren == rupsjes.maxChildren);
    CHECK(PlacementRepository(board.db()).find(aRupsje)->end.isNull());
    CHECK(PlacementRepository(board.db()).ofChild(olivia).isEmpty());

    board.view.showWhatIf({});
    CHECK(board.view.cardCount() == cards);
    CHECK(WhatIfBoard::marked(board.card(QStringLiteral("Rupsjes"))).isEmpty());
    for (GroupCard *card : board.view.cards()) {
        CHECK(card->acceptDrops());
        for (QToolButton *button : card->findChildren<QToolButton *>())
            CHECK_FALSE(button->isHidden());
    }
    CHECK(board.view.unplacedModel()->rowCount() == waiting);
}
