#include "catch.h"
#include "enginedb.h"

#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "persistence/waitinglistrepository.h"

using namespace samenplan;

namespace {

struct Fixture {
    EngineDatabase tmp;
    std::unique_ptr<Database> db;
    Id location = NoId;
    Id group = NoId;
    Id child = NoId;
    Id staff = NoId;

    Fixture()
    {
        auto opened = Database::open(tmp.location(QStringLiteral("r.samenplan")), Database::Mode::CreateNew);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        Location l;
        l.name = QStringLiteral("De Linde");
        l.lrkNumber = QStringLiteral("123456789012");
        l.openingHours[0] = TimeRange{450, 1110};
        l.openingHours[4] = TimeRange{450, 1080};
        location = LocationRepository(*db).insert(l);
        Group g;
        g.locationId = location;
        g.name = QStringLiteral("Egeltjes");
        group = GroupRepository(*db).insert(g);
        Child c;
        c.firstName = QStringLiteral("Fien");
        c.lastName = QStringLiteral("Dijkstra");
        c.birthDate = QDate(2024, 4, 2);
        child = ChildRepository(*db).insert(c);
        Staff s;
        s.name = QStringLiteral("Anouk Meijer");
        staff = StaffRepository(*db).insert(s);
    }
};

} // namespace

TEST_CASE("locations keep their opening hours per weekday", "[repository]")
{
    Fixture f;
    auto location = LocationRepository(*f.db).find(f.location);
    REQUIRE(location);
    CHECK(location->hoursOn(1) == TimeRange{450, 1110});
    CHECK_FALSE(location->hoursOn(2));
    CHECK(location->hoursOn(5) == TimeRange{450, 1080});
    location->openingHours[4].reset();
    location->name = QStringLiteral("De Linde-Noord");
    LocationRepository(*f.db).update(*location);
    const auto again = LocationRepository(*f.db).find(f.location);
    CHECK(again->name == QStringLiteral("De Linde-Noord"));
    CHECK_FALSE(again->hoursOn(5));
    CHECK(again->hoursOn(1));
}

TEST_CASE("groups and children round-trip", "[repository]")
{
    Fixture f;
    auto group = GroupRepository(*f.db).find(f.group);
    REQUIRE(group);
    CHECK(group->youthCareSeats == 4);
    group->careType = CareType::Preschool;
    group->preschoolEducation = true;
    group->youthCareSeats = 0;
    GroupRepository(*f.db).update(*group);
    CHECK(GroupRepository(*f.db).ofLocation(f.location).first().careType == CareType::Preschool);
    CHECK(GroupRepository(*f.db).find(f.group)->youthCareSeats == 0);

    auto child = ChildRepository(*f.db).find(f.child);
    REQUIRE(child);
    CHECK(child->birthDate == QDate(2024, 4, 2));
    CHECK(child->notes.isEmpty());
    child->notes = QStringLiteral("Allergisch voor pinda's");
    ChildRepository(*f.db).update(*child);
    CHECK(ChildRepository(*f.db).all().first().notes == QStringLiteral("Allergisch voor pinda's"));
    CHECK_FALSE(ChildRepository(*f.db).find(9999));
}

TEST_CASE("placements keep their days and an open end", "[repository]")
{
    Fixture f;
    Placement p;
    p.childId = f.child;
    p.groupId = f.group;
    p.start = QDate(2026, 1, 5);
    p.days = {{1, TimeRange{480, 1050}}, {3, TimeRange{510, 780}}};
    const Id id = PlacementRepository(*f.db).insert(p);
    const auto loaded = PlacementRepository(*f.db).find(id);
    REQUIRE(loaded);
    CHECK(loaded->end.isNull());
    REQUIRE(loaded->days.size() == 2);
    CHECK(loaded->days.at(1).weekday == 3);
    CHECK(loaded->days.at(1).hours == TimeRange{510, 780});
    CHECK(PlacementRepository(*f.db).activeBetween(QDate(2026, 11, 23), QDate(2026, 11, 29)).size() == 1);
    CHECK(PlacementRepository(*f.db).activeBetween(QDate(2025, 11, 23), QDate(2025, 11, 29)).isEmpty());

    Placement ended = *loaded;
    ended.end = QDate(2026, 6, 30);
    ended.days = {{5, TimeRange{480, 1050}}};
    PlacementRepository(*f.db).update(ended);
    CHECK(PlacementRepository(*f.db).activeBetween(QDate(2026, 11, 23), QDate(2026, 11, 29)).isEmpty());
    CHECK(PlacementRepository(*f.db).ofChild(f.child).first().days.size() == 1);

    Placement backwards = p;
    backwards.end = QDate(2025, 1, 1);
    CHECK_THROWS_AS(PlacementRepository(*f.db).insert(backwards), DbError);
    PlacementRepository(*f.db).remove(id);
    CHECK(PlacementRepository(*f.db).ofGroup(f.group).isEmpty());
}

TEST_CASE("providers, referrals and the waiting list round-trip", "[repository]")
{
    Fixture f;
    YouthCareProvider provider;
    provider.name = QStringLiteral("Jeugdzorg Oost");
    const Id providerId = ProviderRepository(*f.db).insert(provider);
    CHECK(ProviderRepository(*f.db).findByName(QStringLiteral("Jeugdzorg Oost"))->trajectoryMonths == 9);

    Referral r;
    r.childId = f.child;
    r.providerId = providerId;
    r.reference = QStringLiteral("JO-1");
    r.start = QDate(2026, 3, 1);
    r.plannedEnd = QDate(2026, 12, 1);
    r.outreachWorkerId = f.staff;
    const Id referralId = ReferralRepository(*f.db).insert(r);
    const auto loaded = ReferralRepository(*f.db).find(referralId);
    REQUIRE(loaded);
    CHECK(loaded->outreachWorkerId == f.staff);
    CHECK(loaded->behaviouralScientistId == NoId);
    CHECK(loaded->activeOn(QDate(2026, 11, 23)));
    // Removing the outreach worker keeps the referral, without the worker.
    StaffRepository(*f.db).remove(f.staff);
    CHECK(ReferralRepository(*f.db).ofChild(f.child).first().outreachWorkerId == NoId);

    WaitingListEntry low;
    low.childId = f.child;
    low.wishedStart = QDate(2027, 1, 4);
    low.priority = 1;
    WaitingListEntry high = low;
    high.priority = 5;
    high.preferredGroupId = f.group;
    WaitingListRepository(*f.db).insert(low);
    WaitingListRepository(*f.db).insert(high);
    const auto list = WaitingListRepository(*f.db).all();
    REQUIRE(list.size() == 2);
    CHECK(list.first().priority == 5);
    CHECK(list.first().preferredGroupId == f.group);
    CHECK(list.last().preferredGroupId == NoId);
}

TEST_CASE("staff keep the counting flag and fixed faces", "[repository]")
{
    Fixture f;
    auto member = StaffRepository(*f.db).find(f.staff);
    REQUIRE(member);
    CHECK_FALSE(member->countsForRatio.has_value());
    CHECK(member->countsTowardRatio());
    member->role = StaffRole::Trainee;
    member->countsForRatio = true;
    StaffRepository(*f.db).update(*member);
    const auto trainee = StaffRepository(*f.db).find(f.staff);
    CHECK(trainee->role == StaffRole::Trainee);
    CHECK(trainee->countsForRatio == std::optional<bool>(true));

    StaffRepository(*f.db).setFixedFaces(f.child, {f.staff});
    CHECK(StaffRepository(*f.db).fixedFacesOf(f.child) == QList<Id>{f.staff});
    StaffRepository(*f.db).setFixedFaces(f.child, {});
    CHECK(StaffRepository(*f.db).allFixedFaces().isEmpty());
}

TEST_CASE("shifts keep their breaks, absences overlap ranges", "[repository]")
{
    Fixture f;
    Shift s;
    s.staffId = f.staff;
    s.groupId = f.group;
    s.date = QDate(2026, 11, 24);
    s.hours = TimeRange{450, 990};
    s.breaks = {TimeRange{720, 750}};
    const Id id = ShiftRepository(*f.db).insert(s);
    const auto loaded = ShiftRepository(*f.db).find(id);
    REQUIRE(loaded);
    CHECK(loaded->breaks == QList<TimeRange>{TimeRange{720, 750}});
    CHECK(loaded->workedMinutes() == 510);
    Shift office = s;
    office.groupId = NoId;
    office.breaks.clear();
    ShiftRepository(*f.db).insert(office);
    const auto week = ShiftRepository(*f.db).between(QDate(2026, 11, 23), QDate(2026, 11, 29));
    REQUIRE(week.size() == 2);
    CHECK((week.at(0).groupId == NoId || week.at(1).groupId == NoId));
    CHECK(ShiftRepository(*f.db).between(QDate(2026, 11, 25), QDate(2026, 11, 29)).isEmpty());

    Absence leave;
    leave.staffId = f.staff;
    leave.kind = AbsenceKind::Leave;
    leave.start = QDate(2026, 11, 20);
    leave.end = QDate(2026, 11, 24);
    AbsenceRepository(*f.db).insert(leave);
    Absence doctor = leave;
    doctor.kind = AbsenceKind::Other;
    doctor.start = doctor.end = QDate(2026, 12, 2);
    doctor.hours = TimeRange{600, 660};
    AbsenceRepository(*f.db).insert(doctor);
    const auto overlapping = AbsenceRepository(*f.db).staffAbsencesBetween(QDate(2026, 11, 23), QDate(2026, 11, 29));
    REQUIRE(overlapping.size() == 1);
    CHECK_FALSE(overlapping.first().hours);
    const auto december = AbsenceRepository(*f.db).staffAbsencesBetween(QDate(2026, 12, 1), QDate(2026, 12, 6));
    REQUIRE(december.size() == 1);
    CHECK(december.first().hours == TimeRange{600, 660});

    ChildAbsence sick{NoId, f.child, QDate(2026, 11, 25), QStringLiteral("koorts")};
    AbsenceRepository(*f.db).insert(sick);
    CHECK(AbsenceRepository(*f.db).childAbsencesBetween(QDate(2026, 11, 23), QDate(2026, 11, 29)).size() == 1);
}

TEST_CASE("coaching sessions keep coachees and external coaches", "[repository]")
{
    Fixture f;
    ExternalCoach coach;
    coach.name = QStringLiteral("Bas Hermans");
    coach.organisation = QStringLiteral("CJG");
    coach.kind = CoachKind::CentreProfessional;
    const Id coachId = CoachingRepository(*f.db).insert(coach);
    CoachingSession s;
    s.date = QDate(2026, 11, 26);
    s.hours = TimeRange{600, 660};
    s.externalCoachId = coachId;
    s.coacheeIds = {f.staff};
    s.groupId = f.group;
    s.focusChildId = f.child;
    s.status = CoachingStatus::Cancelled;
    s.cancelReason = QStringLiteral("storm");
    const Id id = CoachingRepository(*f.db).insert(s);
    const auto loaded = CoachingRepository(*f.db).find(id);
    REQUIRE(loaded);
    CHECK(loaded->coacheeIds == QList<Id>{f.staff});
    CHECK(loaded->coachStaffId == NoId);
    CHECK(loaded->status == CoachingStatus::Cancelled);
    CHECK(loaded->focusChildId == f.child);
    CHECK(CoachingRepository(*f.db).externalCoaches().first().kind == CoachKind::CentreProfessional);
    CHECK(CoachingRepository(*f.db).sessionsBetween(QDate(2026, 11, 23), QDate(2026, 11, 29)).size() == 1);
    // Removing a coachee removes the link, not the session.
    StaffRepository(*f.db).remove(f.staff);
    CHECK(CoachingRepository(*f.db).find(id)->coacheeIds.isEmpty());
}

TEST_CASE("fixed faces can be set from the staff member's side", "[repository]")
{
    Fixture f;
    Child other;
    other.firstName = QStringLiteral("Jip");
    other.lastName = QStringLiteral("Dijkstra");
    other.birthDate = QDate(2025, 1, 1);
    const Id second = ChildRepository(*f.db).insert(other);
    StaffRepository(*f.db).setFixedFaceChildren(f.staff, {f.child, second});
    CHECK(StaffRepository(*f.db).fixedFaceChildrenOf(f.staff) == QList<Id>{f.child, second});
    CHECK(StaffRepository(*f.db).fixedFacesOf(second) == QList<Id>{f.staff});
    StaffRepository(*f.db).setFixedFaceChildren(f.staff, {second});
    CHECK(StaffRepository(*f.db).fixedFacesOf(f.child).isEmpty());
}
