// The door's rules for what a location set up from the interface adds: archiving a group from a
// date, expected babies, the reason a placement ends.

#include "doorsite.h"

#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"

using namespace samenplan;

namespace {

QString refusal(const std::function<void()> &change, const Database &db)
{
    try {
        Transaction t(db);
        change();
        t.commit();
        return {};
    } catch (const ChangeRefused &refused) {
        return refused.message();
    }
}

} // namespace

TEST_CASE("a group with placements is archived from a date on which none of them runs, never removed", "[door][archive]")
{
    DoorSite site;
    const Id aap = site.child(QStringLiteral("Aap"));
    Id placementId = NoId;
    REQUIRE(site.place(DoorSite::placement(aap, site.group, site.monday, {1, 2}), NoId, &placementId).isEmpty());

    // Removing is refused: the records keep the placements.
    const Group group = *GroupRepository(*site.db).find(site.group);
    CHECK(refusal([&] { changes::remove(*site.db, group); }, *site.db).contains(QStringLiteral("Archive it")));

    // Archiving while the child is still placed then is refused and names the child.
    const QDate archiveFrom = site.monday.addDays(28);
    const QString running = refusal([&] { changes::archive(*site.db, site.group, archiveFrom); }, *site.db);
    CHECK(running.contains(QStringLiteral("Aap Test")));
    CHECK(GroupRepository(*site.db).find(site.group)->archivedFrom.isNull());

    // Once the placement ends the day before, the group is archived from that date.
    REQUIRE(refusal([&] { changes::PlacementChanges(*site.db).end(placementId, archiveFrom.addDays(-1), QStringLiteral("Groep sluit")); },
                    *site.db).isEmpty());
    CHECK(PlacementRepository(*site.db).find(placementId)->endReason == QStringLiteral("Groep sluit"));
    CHECK(refusal([&] { changes::archive(*site.db, site.group, archiveFrom); }, *site.db).isEmpty());
    CHECK(GroupRepository(*site.db).find(site.group)->archivedFrom == archiveFrom);
    CHECK(site.count("placements") == 1);

    // No placement runs in an archived group from its date on; before it, the history may change.
    const Id beer = site.child(QStringLiteral("Beer"));
    CHECK(site.place(DoorSite::placement(beer, site.group, archiveFrom, {3})).contains(QStringLiteral("archived")));
    Placement before = DoorSite::placement(beer, site.group, site.monday, {3});
    before.end = archiveFrom.addDays(-1);
    CHECK(site.place(before).isEmpty());

    // Clearing the date brings the group back.
    Group restored = *GroupRepository(*site.db).find(site.group);
    restored.archivedFrom = QDate();
    CHECK(refusal([&] { changes::update(*site.db, restored); }, *site.db).isEmpty());
    CHECK(site.place(DoorSite::placement(site.child(QStringLiteral("Cobra")), site.group, archiveFrom, {3})).isEmpty());
}

TEST_CASE("a placement ends with a date and a reason, and not without a date", "[door]")
{
    DoorSite site;
    Id placementId = NoId;
    REQUIRE(site.place(DoorSite::placement(site.child(QStringLiteral("Aap")), site.group, site.monday, {1}), NoId, &placementId)
                .isEmpty());
    CHECK_FALSE(refusal([&] { changes::PlacementChanges(*site.db).end(placementId, QDate(), QStringLiteral("x")); }, *site.db)
                    .isEmpty());
    CHECK(refusal([&] { changes::PlacementChanges(*site.db).end(placementId, site.monday.addDays(-1), {}); }, *site.db)
              .contains(QStringLiteral("before the start")));
    CHECK(PlacementRepository(*site.db).find(placementId)->end.isNull());
}

TEST_CASE("an expected baby goes on the waiting list and is placed only once born", "[door][expected]")
{
    DoorSite site;
    Child baby;
    baby.firstName = QStringLiteral("Baby");
    baby.lastName = QStringLiteral("Visser");
    baby.birthDate = QDate::currentDate().addMonths(3);
    // A future birth date without the mark is refused, and says how to register an expected baby.
    CHECK(refusal([&] { changes::add(*site.db, baby); }, *site.db).contains(QStringLiteral("expected")));
    baby.expected = true;
    Id babyId = NoId;
    REQUIRE(refusal([&] { babyId = changes::add(*site.db, baby); }, *site.db).isEmpty());
    WaitingListEntry entry;
    entry.childId = babyId;
    entry.wishedStart = baby.birthDate.addMonths(4);
    entry.days = 0x3;
    CHECK(refusal([&] { changes::add(*site.db, entry); }, *site.db).isEmpty());

    // Too far ahead is refused.
    Child far = baby;
    far.birthDate = QDate::currentDate().addMonths(11);
    CHECK(refusal([&] { changes::add(*site.db, far); }, *site.db).contains(QStringLiteral("due date")));

    // Not placed while expected, even on a start after the due date.
    Group babies = *GroupRepository(*site.db).find(site.other);
    babies.minAgeMonths = 0;
    REQUIRE(refusal([&] { changes::update(*site.db, babies); }, *site.db).isEmpty());
    const Placement later = DoorSite::placement(babyId, site.other, baby.birthDate.addMonths(4), {1});
    CHECK(site.place(later).contains(QStringLiteral("placed once born")));

    // Born: the birth date recorded, the mark off; then placed.
    Child born = *ChildRepository(*site.db).find(babyId);
    born.expected = false;
    born.birthDate = QDate::currentDate().addDays(-2);
    REQUIRE(refusal([&] { changes::update(*site.db, born); }, *site.db).isEmpty());
    CHECK(site.place(later).isEmpty());
}

TEST_CASE("a location without an LRK number is refused with what to enter, a wrong one with the number", "[door][location]")
{
    DoorSite site;
    Location location;
    location.name = QStringLiteral("De Boomhut");
    CHECK(refusal([&] { changes::add(*site.db, location); }, *site.db)
          == QStringLiteral("The LRK number is missing: 6 to 12 digits, as in the Landelijk Register Kinderopvang."));
    location.lrkNumber = QStringLiteral("12a45");
    CHECK(refusal([&] { changes::add(*site.db, location); }, *site.db).contains(QStringLiteral("'12a45' is not an LRK number")));
    location.lrkNumber = QStringLiteral("123456789");
    CHECK(refusal([&] { changes::add(*site.db, location); }, *site.db).isEmpty());
}
