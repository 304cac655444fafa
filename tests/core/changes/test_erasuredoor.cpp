// Erasure through the one door: what goes, what stays anonymous, inside the caller's transaction.

#include "catch.h"
#include "demodb.h"

#include "changes/erasure.h"
#include "domain/outcome.h"
#include "persistence/auditlogrepository.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"

using namespace samenplan;

namespace {

Id childCalled(const Database &db, const QString &name)
{
    for (const Child &child : ChildRepository(db).all()) {
        if (child.displayName() == name)
            return child.id;
    }
    return NoId;
}

bool focusOfCoaching(const Database &db, Id childId)
{
    for (const CoachingSession &session : CoachingRepository(db).sessionsBetween(QDate(2000, 1, 1), QDate(2100, 1, 1))) {
        if (session.focusChildId == childId)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the door erases a child within the caller's transaction: referrals, fixed faces and coaching focus go, "
          "placements stay with an anonymous child", "[door][erasure]")
{
    TempDir tmp;
    auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    const Id kiki = childCalled(db, QStringLiteral("Kiki Boateng"));
    REQUIRE(kiki != NoId);
    const Child before = *ChildRepository(db).find(kiki);
    REQUIRE_FALSE(ReferralRepository(db).ofChild(kiki).isEmpty());
    REQUIRE_FALSE(StaffRepository(db).fixedFacesOf(kiki).isEmpty());
    REQUIRE(focusOfCoaching(db, kiki));

    SECTION("rolled back with the transaction, nothing is erased")
    {
        {
            Transaction transaction(db);
            changes::eraseChild(db, kiki);
            CHECK(ReferralRepository(db).ofChild(kiki).isEmpty());
        }
        CHECK(ChildRepository(db).find(kiki)->displayName() == QStringLiteral("Kiki Boateng"));
        CHECK_FALSE(ReferralRepository(db).ofChild(kiki).isEmpty());
        CHECK(AuditLogRepository(db).all().isEmpty());
    }
    SECTION("committed, the child is anonymous and the erasure logged without the name")
    {
        Transaction transaction(db);
        changes::eraseChild(db, kiki);
        transaction.commit();
        const Child after = *ChildRepository(db).find(kiki);
        CHECK(after.displayName() == QStringLiteral("Erased #%1").arg(kiki));
        CHECK(after.birthDate == QDate(before.birthDate.year(), before.birthDate.month(), 1));
        CHECK(after.parentName.isEmpty());
        CHECK(after.parentPhone.isEmpty());
        CHECK(after.parentEmail.isEmpty());
        CHECK(after.notes.isEmpty());
        CHECK(ReferralRepository(db).ofChild(kiki).isEmpty());
        CHECK(StaffRepository(db).fixedFacesOf(kiki).isEmpty());
        CHECK_FALSE(focusOfCoaching(db, kiki));
        CHECK(PlacementRepository(db).ofChild(kiki).size() == 1);
        const auto log = AuditLogRepository(db).all();
        REQUIRE(log.size() == 1);
        CHECK(log.first().action == QStringLiteral("erase-child"));
        CHECK_FALSE(log.first().detail.contains(QStringLiteral("Kiki")));
    }
}

TEST_CASE("the door refuses to erase a child that is not stored, and writes nothing", "[door][erasure]")
{
    TempDir tmp;
    auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    Transaction transaction(db);
    try {
        changes::eraseChild(db, 987654);
        FAIL("no refusal");
    } catch (const ChangeRefused &refused) {
        REQUIRE(refused.outcome().refusals.size() == 1);
        CHECK(refused.outcome().refusals.first().rule == doorrule::NotFound);
    }
    CHECK(AuditLogRepository(db).all().isEmpty());
}
