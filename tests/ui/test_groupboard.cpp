#include "catch.h"
#include "boardfixture.h"
#include "demodb.h"

#include "changes/recordchanges.h"
#include "groups/childdrag.h"
#include "groups/childrowstable.h"
#include "groups/unplacedmodel.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/waitinglistrepository.h"
#include "placement/occupancy.h"
#include "shell/document.h"
#include "views/groupcard.h"
#include "views/groupsview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSet>
#include <QUndoStack>

#include <memory>

using namespace samenplan;
using namespace samenplan::ui;

namespace {


} // namespace

TEST_CASE("the list of children to place is a sound model that drags child ids", "[gui][groups]")
{
    Board board;
    UnplacedModel *model = board.view.unplacedModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() >= 2);
    CHECK(model->index(0, 0).data().toString().contains(QStringLiteral("Olivia")));
    CHECK(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0)}));
    const auto drag = childDragFrom(mime.get());
    REQUIRE(drag);
    CHECK(drag->childId == board.childNamed(QStringLiteral("Olivia")));
    CHECK(drag->placementId == NoId);
    QMimeData foreign;
    foreign.setText(QStringLiteral("Olivia"));
    CHECK_FALSE(childDragFrom(&foreign));
}

TEST_CASE("hovering says whether a drop is allowed and why not", "[gui][groups]")
{
    Board board;
    const Id olivia = board.childNamed(QStringLiteral("Olivia"));
    std::unique_ptr<QMimeData> mime(childMimeData({olivia, NoId}));
    const auto allowed = board.card(board.groupNamed(QStringLiteral("Rupsjes")))->adviseDrop(mime.get());
    CHECK(allowed.allowed());
    const auto refused = board.card(board.groupNamed(QStringLiteral("Kompas")))->adviseDrop(mime.get());
    CHECK_FALSE(refused.allowed());
    CHECK(refused.reason().contains(QStringLiteral("months")));
}

TEST_CASE("a proposed placement starts on the first day the child comes, never on a weekend", "[gui][groups]")
{
    Board board;
    const Id olivia = board.childNamed(QStringLiteral("Olivia"));
    const Id rupsjes = board.groupNamed(QStringLiteral("Rupsjes"));
    const Database &db = board.document->database();
    // Her wish (Mondays and Wednesdays) moved to a Saturday well ahead.
    const QDate saturday = IsoWeek::containing(QDate::currentDate().addDays(60)).day(6);
    for (WaitingListEntry entry : WaitingListRepository(db).all()) {
        if (entry.childId != olivia)
            continue;
        entry.wishedStart = saturday;
        Transaction t(db);
        changes::update(db, entry);
        t.commit();
    }
    board.document->notifyChanged();
    const auto proposal = board.view.proposalFor({olivia, NoId}, rupsjes);
    CHECK(proposal.placement.start == saturday.addDays(2)); // the Monday after
    CHECK(proposal.placement.start.dayOfWeek() == 1);
}

TEST_CASE("a drop places the child as one undoable change", "[gui][groups]")
{
    Board board;
    const Id olivia = board.childNamed(QStringLiteral("Olivia"));
    const Id rupsjes = board.groupNamed(QStringLiteral("Rupsjes"));
    auto proposal = board.view.proposalFor({olivia, NoId}, rupsjes);
    proposal.placement.start = DemoMonday; // the proposal starts today at the earliest; keep the test in its week
    CHECK(proposal.placement.days.size() == 2); // her waiting-list days, Monday and Wednesday
    REQUIRE(board.view.place(proposal));
    REQUIRE(board.placementsOf(olivia).size() == 1);
    CHECK(board.placementsOf(olivia).first().groupId == rupsjes);
    // The board was rebuilt: she is no longer in the list to place.
    bool listed = false;
    for (int row = 0; row < board.view.unplacedModel()->rowCount(); ++row)
        listed = listed || board.view.unplacedModel()->index(row, 0).data(UnplacedModel::ChildIdRole).toLongLong() == olivia;
    CHECK_FALSE(listed);

    CHECK(WaitingListRepository(board.document->database()).all().size() == 1);

    board.document->undoStack()->undo();
    CHECK(board.placementsOf(olivia).isEmpty());
    CHECK(WaitingListRepository(board.document->database()).all().size() == 2);
    board.document->undoStack()->redo();
    CHECK(board.placementsOf(olivia).size() == 1);
}

TEST_CASE("moving a child ends its old placement, and undo restores it", "[gui][groups]")
{
    Board board;
    const Id liv = board.childNamed(QStringLiteral("Liv"));
    const Placement before = board.placementsOf(liv).first();
    const Id zonnestraal = board.groupNamed(QStringLiteral("Zonnestraal"));
    auto proposal = board.view.proposalFor({liv, before.id}, zonnestraal);
    proposal.placement.start = DemoMonday.addDays(7);
    for (PlacementDay &day : proposal.placement.days)
        day.hours = TimeRange{510, 750};
    REQUIRE(board.view.evaluate(proposal).allowed());
    REQUIRE(board.view.place(proposal));
    const auto after = board.placementsOf(liv);
    REQUIRE(after.size() == 2);
    for (const Placement &p : after) {
        if (p.groupId == zonnestraal)
            CHECK(p.start == proposal.placement.start);
        else
            CHECK(p.end == proposal.placement.start.addDays(-1));
    }
    board.document->undoStack()->undo();
    const auto restored = board.placementsOf(liv);
    REQUIRE(restored.size() == 1);
    CHECK(restored.first().end.isNull());
    CHECK(restored.first().groupId == before.groupId);
}

TEST_CASE("a fifth youth-care child on the same day is refused, with its reason", "[gui][groups]")
{
    Board board;
    const Database &db = board.document->database();
    Child child;
    child.firstName = QStringLiteral("Vijfde");
    child.lastName = QStringLiteral("Kind");
    child.birthDate = DemoMonday.addMonths(-36);
    const Id fifth = ChildRepository(db).insert(child);
    Referral referral;
    referral.childId = fifth;
    referral.providerId = ProviderRepository(db).all().first().id;
    referral.reference = QStringLiteral("JH-TEST");
    referral.start = DemoMonday.addMonths(-1);
    referral.plannedEnd = DemoMonday.addMonths(8);
    ReferralRepository(db).insert(referral);
    board.document->notifyChanged();

    auto proposal = board.view.proposalFor({fifth, NoId}, board.groupNamed(QStringLiteral("Zonnestraal")));
    proposal.placement.start = DemoMonday;
    proposal.placement.kind = PlacementKind::YouthCare;
    proposal.placement.days = {{4, TimeRange{510, 750}}}; // Thursday: all four seats are taken
    const auto verdict = board.view.evaluate(proposal);
    CHECK_FALSE(verdict.allowed());
    CHECK(verdict.reason().contains(QStringLiteral("youth-care seats")));
    const int before = board.document->undoStack()->count();
    CHECK_FALSE(board.view.place(proposal));
    CHECK(board.document->undoStack()->count() == before);
    // On Friday the seats are free.
    proposal.placement.days = {{5, TimeRange{510, 750}}};
    CHECK(board.view.evaluate(proposal).allowed());
}

TEST_CASE("an organisation with two locations shows one location's board at a time", "[gui][groups]")
{
    Board board;
    const Database &db = board.document->database();
    Location second;
    second.name = QStringLiteral("Kindcentrum De Uitkijk");
    second.lrkNumber = QStringLiteral("998877665544");
    second.openingHours[0] = TimeRange{450, 1110};
    const Id secondId = LocationRepository(db).insert(second);
    Group group;
    group.locationId = secondId;
    group.name = QStringLiteral("Zeehondjes");
    GroupRepository(db).insert(group);
    board.document->notifyChanged();
    CHECK(board.view.cardCount() == 4);
    board.view.setLocation(secondId);
    CHECK(board.view.cardCount() == 1);
    CHECK(board.view.cards().first()->groupId() == board.groupNamed(QStringLiteral("Zeehondjes")));
}

namespace {

// The children on a card's rows.
QSet<Id> childrenOn(const GroupCard *card)
{
    QSet<Id> children;
    for (const ChildRowsTable *table : card->findChildren<ChildRowsTable *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (const auto drag = table->childAt(row))
                children.insert(drag->childId);
        }
    }
    return children;
}

QStringList rulesOn(const GroupCard *card)
{
    QStringList rules;
    for (const QLabel *label : card->findChildren<QLabel *>())
        rules << label->property("rule").toString();
    return rules;
}

} // namespace

TEST_CASE("switching location shows that location's children, and a child's group at the other location still counts", "[gui][groups]")
{
    Board board;
    const Database &db = board.document->database();
    Location second;
    second.name = QStringLiteral("Kindcentrum De Uitkijk");
    second.lrkNumber = QStringLiteral("998877665544");
    for (int day = 0; day < 5; ++day)
        second.openingHours[day] = TimeRange{450, 1110};
    const Id secondId = LocationRepository(db).insert(second);
    Group group;
    group.locationId = secondId;
    group.name = QStringLiteral("Zeehondjes");
    const Id zeehondjes = GroupRepository(db).insert(group);

    // A child of the first location who also goes to the second one on Friday, and a child only there.
    const QList<Placement> running = PlacementRepository(db).activeBetween(DemoMonday, DemoMonday.addDays(6));
    REQUIRE_FALSE(running.isEmpty());
    const Placement both = running.first();
    Placement friday;
    friday.childId = both.childId;
    friday.groupId = zeehondjes;
    friday.start = DemoMonday.addDays(-7);
    friday.days = {{5, TimeRange{480, 720}}};
    PlacementRepository(db).insert(friday);
    Child only;
    only.firstName = QStringLiteral("Zoë");
    only.lastName = QStringLiteral("Uitkijk");
    only.birthDate = group.minAgeMonths > 0 ? DemoMonday.addMonths(-group.minAgeMonths - 6) : DemoMonday.addMonths(-20);
    const Id onlyId = ChildRepository(db).insert(only);
    Placement there = friday;
    there.childId = onlyId;
    PlacementRepository(db).insert(there);
    board.document->notifyChanged();

    // The first location's board: its own groups; the child's group elsewhere is still seen.
    CHECK(board.view.cardCount() == 4);
    CHECK(childrenOn(board.card(both.groupId)).contains(both.childId));
    CHECK(rulesOn(board.card(both.groupId)).contains(planning::occupancyrule::SecondGroup));
    // The child placed only at the other location is placed, so not in the list to place.
    for (int row = 0; row < board.view.unplacedModel()->rowCount(); ++row)
        CHECK(board.view.unplacedModel()->index(row, 0).data(UnplacedModel::ChildIdRole).toLongLong() != onlyId);

    board.view.setLocation(secondId);
    REQUIRE(board.view.cardCount() == 1);
    const GroupCard *card = board.view.cards().first();
    CHECK(card->groupId() == zeehondjes);
    CHECK(childrenOn(card) == QSet<Id>{both.childId, onlyId});
    CHECK(rulesOn(card).contains(planning::occupancyrule::SecondGroup));

    // And back: the first location's children again, none of the second's only.
    board.view.setLocation(GroupRepository(db).find(both.groupId)->locationId);
    CHECK(board.view.cardCount() == 4);
    QSet<Id> shown;
    for (const GroupCard *c : board.view.cards())
        shown += childrenOn(c);
    CHECK(shown.contains(both.childId));
    CHECK_FALSE(shown.contains(onlyId));
}

TEST_CASE("a child placed from a later week leaves the list to place at once, and a child who left is none to place", "[gui][groups]")
{
    Board board;
    const auto listed = [&board](Id childId) {
        for (int row = 0; row < board.view.unplacedModel()->rowCount(); ++row) {
            if (board.view.unplacedModel()->index(row, 0).data(UnplacedModel::ChildIdRole).toLongLong() == childId)
                return true;
        }
        return false;
    };
    Child tess;
    tess.firstName = QStringLiteral("Tess");
    tess.lastName = QStringLiteral("Nieuwland");
    tess.birthDate = DemoMonday.addMonths(-12);
    const Id child = ChildRepository(board.db()).insert(tess);
    board.document->notifyChanged();
    REQUIRE(listed(child)); // new: never placed

    auto proposal = board.view.proposalFor({child, NoId}, board.groupNamed(QStringLiteral("Rupsjes")));
    proposal.placement.start = DemoMonday.addDays(7); // from next week, as a drop on a Sunday proposes
    REQUIRE(board.view.place(proposal));
    CHECK_FALSE(listed(child)); // placed already, though not in the week shown
    board.document->undoStack()->undo();
    CHECK(listed(child));
    board.document->undoStack()->redo();
    CHECK_FALSE(listed(child));

    // A child whose only placement ended before the week shown has left: not to place either.
    const Id zara = board.childNamed(QStringLiteral("Zara"));
    Placement ended = board.placementsOf(zara).first();
    ended.end = DemoMonday.addDays(-3);
    REQUIRE(PlacementRepository(board.db()).update(ended));
    board.document->notifyChanged();
    CHECK_FALSE(childrenOn(board.card(ended.groupId)).contains(zara));
    CHECK_FALSE(listed(zara));
}
