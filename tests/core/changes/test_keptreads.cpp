// The door with kept reads (changes/keptreads.h), as an import uses it: many changes in one
// transaction, each still checked against everything stored and everything the transaction wrote
// before it.

#include "doorsite.h"

#include "changes/keptreads.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"

using namespace samenplan;

namespace {

const TimeRange Morning{480, 780}; // 08:00-13:00

// The refusal's message of a change, or empty when it was allowed.
template <typename Change>
QString refusal(Change change)
{
    try {
        change();
        return {};
    } catch (const ChangeRefused &refused) {
        return refused.message();
    }
}

Id addChild(const Database &db, const QString &name, const QDate &monday)
{
    Child c;
    c.firstName = name;
    c.lastName = QStringLiteral("Kept");
    c.birthDate = monday.addYears(-3);
    return changes::add(db, c);
}

} // namespace

TEST_CASE("with kept reads, a placement is checked against the placements the transaction wrote", "[door][kept]")
{
    DoorSite site;
    const Database &db = *site.db;
    Transaction t(db);
    const changes::KeptReads kept(db);
    changes::PlacementChanges door(db);
    auto place = [&](const Placement &p) {
        return refusal([&] {
            planning::PlacementProposal proposal;
            proposal.placement = p;
            door.place(proposal);
        });
    };
    const Id aap = addChild(db, QStringLiteral("Aap"), site.monday);
    REQUIRE(place(DoorSite::placement(aap, site.group, site.monday, {1}, Morning)).isEmpty());
    // The child's placements were read (none) before the first was written: the second group at
    // the same time is refused all the same.
    CHECK(place(DoorSite::placement(aap, site.other, site.monday, {1}, Morning))
          == QStringLiteral("Monday: Aap Kept is in Parelvissers then (08:00-13:00); a child is in one group at a time."));
    // A seat only with a referral, and the referral added in the same transaction counts.
    const Id beer = addChild(db, QStringLiteral("Beer"), site.monday);
    CHECK(place(DoorSite::placement(beer, site.group, site.monday, {2}, Morning, PlacementKind::YouthCare))
              .endsWith(QStringLiteral("has no active referral on ") + QLocale().toString(site.monday, QStringLiteral("d MMM yyyy"))
                        + QStringLiteral(", so cannot take a youth-care seat.")));
    Referral referral;
    referral.childId = beer;
    referral.providerId = site.provider;
    referral.reference = QStringLiteral("R-Beer");
    referral.start = site.monday.addDays(-7);
    referral.plannedEnd = site.monday.addMonths(9);
    changes::add(db, referral);
    CHECK(place(DoorSite::placement(beer, site.group, site.monday, {2}, Morning, PlacementKind::YouthCare)).isEmpty());
    // The group's places count every placement the transaction wrote: 4 regular places.
    for (const char *name : {"Cobra", "Das", "Egel"})
        REQUIRE(place(DoorSite::placement(addChild(db, QString::fromLatin1(name), site.monday), site.group, site.monday, {1},
                                          Morning)).isEmpty());
    CHECK(place(DoorSite::placement(addChild(db, QStringLiteral("Fret"), site.monday), site.group, site.monday, {1}, Morning))
          == QStringLiteral("Monday: 5 regular children at 08:00, the group has 4 regular places"));
}

TEST_CASE("with kept reads, names stay unique and links must exist", "[door][kept]")
{
    DoorSite site;
    const Database &db = *site.db;
    Transaction t(db);
    const changes::KeptReads kept(db);
    Staff anna;
    anna.name = QStringLiteral("Anna de Wit");
    anna.contractMinutesPerWeek = 24 * 60;
    const Id annaId = changes::add(db, anna);
    CHECK(refusal([&] { changes::add(db, anna); }) == QStringLiteral("Anna de Wit is already on the staff list."));
    YouthCareProvider provider;
    provider.name = QStringLiteral("Jeugdhulp Test");
    CHECK(refusal([&] { changes::add(db, provider); }) == QStringLiteral("A provider called Jeugdhulp Test already exists."));
    Shift shift;
    shift.staffId = annaId;
    shift.groupId = site.group;
    shift.date = site.monday;
    shift.hours = TimeRange{420, 960};
    CHECK(refusal([&] { changes::add(db, shift); }).isEmpty());
    shift.staffId = annaId + 1000;
    CHECK(refusal([&] { changes::add(db, shift); }) == QStringLiteral("The record no longer exists; another change removed it."));
    shift.staffId = annaId;
    shift.groupId = site.group + 1000;
    CHECK(refusal([&] { changes::add(db, shift); }) == QStringLiteral("The record no longer exists; another change removed it."));
}

TEST_CASE("with kept reads, a change to a group's limits counts for the placements after it", "[door][kept]")
{
    DoorSite site; // 8 places, 4 seats
    const Database &db = *site.db;
    Transaction t(db);
    const changes::KeptReads kept(db);
    changes::PlacementChanges door(db);
    auto place = [&](const QString &name) {
        return refusal([&] {
            planning::PlacementProposal proposal;
            proposal.placement = DoorSite::placement(addChild(db, name, site.monday), site.group, site.monday, {1}, Morning);
            door.place(proposal);
        });
    };
    REQUIRE(place(QStringLiteral("Aap")).isEmpty());
    REQUIRE(place(QStringLiteral("Beer")).isEmpty()); // the group has been read and kept
    Group smaller = *GroupRepository(db).find(site.group);
    smaller.maxChildren = 6; // 2 regular places
    changes::update(db, smaller);
    CHECK(place(QStringLiteral("Cobra")) == QStringLiteral("Monday: 3 regular children at 08:00, the group has 2 regular places"));
}

TEST_CASE("with kept reads, a placement keeps its stored row version and a change on an older one is refused",
          "[door][kept][rowversion]")
{
    DoorSite site;
    const Database &db = *site.db;
    Transaction t(db);
    const changes::KeptReads kept(db);
    changes::PlacementChanges door(db);
    const Id aap = addChild(db, QStringLiteral("Aap"), site.monday);
    Id placed = NoId;
    planning::PlacementProposal proposal;
    proposal.placement = DoorSite::placement(aap, site.group, site.monday, {1, 2}, Morning);
    door.place(proposal, &placed);
    auto keptVersion = [&] {
        for (const Placement &p : door.context(site.group, aap).groupPlacements) {
            if (p.id == placed)
                return p.rowVersion;
        }
        return -1;
    };
    auto storedVersion = [&] { return PlacementRepository(db).find(placed)->rowVersion; };
    // What is kept of the new placement and of each change to it has the stored row version.
    CHECK(keptVersion() == storedVersion());
    const Placement read = *PlacementRepository(db).find(placed);
    Placement longer = read;
    longer.days.append({3, Morning});
    CHECK(refusal([&] { door.update(longer); }).isEmpty());
    CHECK(keptVersion() == storedVersion());
    CHECK(storedVersion() == read.rowVersion + 1);
    // The placement as read before that change: refused, though the group and child are kept.
    Placement stale = read;
    stale.end = site.monday.addMonths(3);
    const QString staleMessage = refusal([&] { door.update(stale); });
    CHECK(staleMessage.startsWith(QStringLiteral("Another planner changed this meanwhile")));
    CHECK(refusal([&] { door.remove(placed, read.rowVersion); }) == staleMessage);
    // A change written past the door (another planner's, which nothing kept has seen) counts too.
    Placement current = *PlacementRepository(db).find(placed);
    Placement elsewhere = current;
    elsewhere.end = site.monday.addMonths(6);
    REQUIRE(PlacementRepository(db).update(elsewhere));
    CHECK(refusal([&] { door.update(current); }) == staleMessage);
    CHECK(refusal([&] { door.end(placed, site.monday.addMonths(2)); }).isEmpty()); // end() reads what is stored
    CHECK(PlacementRepository(db).find(placed)->end == site.monday.addMonths(2));
}

namespace {

// Places children in the site's group in one transaction, with or without kept reads, and gives
// every answer of the door in order ("placed" or the refusal); the transaction is rolled back.
QStringList fillToTheBrim(const DoorSite &site, bool keep)
{
    const Database &db = *site.db;
    const QDate monday = site.monday;
    Transaction t(db);
    std::optional<changes::KeptReads> kept;
    if (keep)
        kept.emplace(db);
    changes::PlacementChanges door(db);
    QStringList answers;
    auto child = [&](const char *name, const QDate &birth) {
        Child c;
        c.firstName = QString::fromLatin1(name);
        c.lastName = QStringLiteral("Kept");
        c.birthDate = birth;
        return changes::add(db, c);
    };
    auto referral = [&](Id childId, const QDate &start, const QDate &plannedEnd) {
        Referral r;
        r.childId = childId;
        r.providerId = site.provider;
        r.reference = QStringLiteral("R-%1-%2").arg(childId).arg(start.toJulianDay());
        r.start = start;
        r.plannedEnd = plannedEnd;
        const QString refused = refusal([&] { changes::add(db, r); });
        answers << (refused.isEmpty() ? QStringLiteral("referral") : refused);
    };
    auto place = [&](Id childId, const QDate &start, PlacementKind kind = PlacementKind::Regular) {
        const QString refused = refusal([&] {
            planning::PlacementProposal proposal;
            proposal.placement = DoorSite::placement(childId, site.group, start, {1, 2, 3, 4, 5}, Morning, kind);
            door.place(proposal);
        });
        answers << (refused.isEmpty() ? QStringLiteral("placed") : refused);
    };
    const QDate three = monday.addYears(-3);
    // Four regular places: the oldest child's is taken until the day before its 4th birthday, three
    // weeks on.
    place(child("Oudste", monday.addYears(-4).addDays(21)), monday);
    for (const char *name : {"Aap", "Beer", "Cobra"})
        place(child(name, three), monday);
    const Id das = child("Das", three);
    place(das, monday);
    place(das, monday.addDays(14));
    place(das, monday.addDays(21));
    // Four seats; the last one's referral ends after two weeks.
    for (const char *name : {"Egel", "Fret", "Gans"}) {
        const Id id = child(name, three);
        referral(id, monday.addDays(-7), monday.addMonths(9));
        place(id, monday, PlacementKind::YouthCare);
    }
    const Id haas = child("Haas", three);
    referral(haas, monday.addDays(-7), monday.addDays(13));
    place(haas, monday, PlacementKind::YouthCare);
    const Id ijsvogel = child("Ijsvogel", three);
    referral(ijsvogel, monday, monday.addMonths(9));
    place(ijsvogel, monday.addDays(7), PlacementKind::YouthCare);
    // A referral that continues the short one keeps its seat taken: the group's children counted
    // before it must be counted again.
    referral(haas, monday.addDays(14), monday.addMonths(3));
    place(ijsvogel, monday.addDays(14), PlacementKind::YouthCare);
    // Full: one child more is refused.
    place(child("Jak", three), monday.addDays(21));
    return answers;
}

} // namespace

TEST_CASE("with kept reads, a group filled to the brim and one over gets the answers it gets without them",
          "[door][kept][capacity]")
{
    DoorSite site; // 8 places, 4 of them seats
    const QStringList kept = fillToTheBrim(site, true);
    CHECK(kept == fillToTheBrim(site, false));
    const QString regular = QStringLiteral("Monday: 5 regular children at 08:00, the group has 4 regular places");
    const QString seats = QStringLiteral("Monday: 5 children in youth-care seats at 08:00, the group keeps 4");
    const QString placed = QStringLiteral("placed");
    const QString referral = QStringLiteral("referral");
    CHECK(kept == QStringList{placed, placed, placed, placed, regular, regular, placed,       // regular places
                              referral, placed, referral, placed, referral, placed,           // three seats
                              referral, placed, referral, seats, referral, seats, regular}); // and the fourth
}
