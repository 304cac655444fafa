#include "catch.h"
#include "clirunner.h"
#include "tempdir.h"

#include "changes/placementchanges.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "persistence/waitinglistrepository.h"
#include "util/clock.h"

#include <QSet>

using namespace samenplan;

namespace {

std::unique_ptr<Database> demo(const TempDir &tmp, const QString &name)
{
    const QString path = tmp.file(name);
    const CliRun run = runCliWith({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--date"),
                                   QStringLiteral("2026-11-25")});
    REQUIRE(run.exitCode == 0);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    return std::move(opened.database);
}

} // namespace

TEST_CASE("samenplan-cli init --demo writes a realistic location", "[demo]")
{
    TempDir tmp;
    auto db = demo(tmp, QStringLiteral("demo.samenplan"));
    const QDate monday(2026, 11, 23);

    const auto locations = LocationRepository(*db).all();
    REQUIRE(locations.size() == 1);
    CHECK(locations.first().lrkNumber.size() == 12);
    for (int day = 1; day <= 5; ++day)
        CHECK(locations.first().hoursOn(day) == TimeRange{450, 1110});
    CHECK_FALSE(locations.first().hoursOn(6));

    const auto groups = GroupRepository(*db).all();
    REQUIRE(groups.size() == 4);
    QSet<CareType> types;
    for (const Group &g : groups)
        types.insert(g.careType);
    CHECK(types.contains(CareType::DayCare));
    CHECK(types.contains(CareType::Preschool));
    CHECK(types.contains(CareType::OutOfSchool));

    const auto children = ChildRepository(*db).all();
    CHECK(children.size() >= 40);
    CHECK(children.size() <= 50);

    // Every placed child fits its group's age range on the anchor week.
    QHash<Id, Group> groupById;
    for (const Group &g : groups)
        groupById.insert(g.id, g);
    QHash<Id, Child> childById;
    for (const Child &c : children)
        childById.insert(c.id, c);
    const auto placements = PlacementRepository(*db).activeBetween(monday, monday.addDays(4));
    for (const Placement &p : placements) {
        const int months = ageInMonths(childById.value(p.childId).birthDate, monday);
        const Group &g = groupById[p.groupId];
        INFO(childById.value(p.childId).displayName().toStdString() << " in " << g.name.toStdString());
        CHECK(months >= g.minAgeMonths);
        CHECK(months < g.maxAgeMonths);
    }

    // Four youth-care toddlers in the pre-school group, each with an active referral.
    int youthCareInPreschool = 0;
    for (const Placement &p : placements) {
        const Group &g = groupById[p.groupId];
        if (p.kind != PlacementKind::YouthCare)
            continue;
        bool referred = false;
        for (const Referral &r : ReferralRepository(*db).ofChild(p.childId))
            referred = referred || r.activeOn(monday);
        CHECK(referred);
        if (g.careType == CareType::Preschool)
            ++youthCareInPreschool;
    }
    CHECK(youthCareInPreschool == 4);

    const auto staff = StaffRepository(*db).all();
    CHECK(staff.size() >= 13);
    CHECK(staff.size() <= 16);
    QSet<StaffRole> roles;
    for (const Staff &s : staff)
        roles.insert(s.role);
    for (StaffRole role : {StaffRole::Pedagogue, StaffRole::YouthCarePedagogue, StaffRole::OutreachWorker,
                           StaffRole::BehaviouralScientist, StaffRole::Coach, StaffRole::Volunteer})
        CHECK(roles.contains(role));

    // Shifts on all ten weekdays of the two weeks, none at the weekend.
    QSet<QDate> shiftDays;
    for (const Shift &s : ShiftRepository(*db).between(monday, monday.addDays(13)))
        shiftDays.insert(s.date);
    CHECK(shiftDays.size() == 10);
    CHECK(CoachingRepository(*db).sessionsBetween(monday.addDays(-7), monday.addDays(13)).size() >= 3);
    CHECK(WaitingListRepository(*db).all().size() == 2);
}

TEST_CASE("the demo is the same every time for the same date", "[demo]")
{
    TempDir tmp;
    auto first = demo(tmp, QStringLiteral("a.samenplan"));
    auto second = demo(tmp, QStringLiteral("b.samenplan"));
    auto names = [](const Database &db) {
        QStringList result;
        for (const Child &c : ChildRepository(db).all())
            result << c.displayName() + c.birthDate.toString(Qt::ISODate);
        for (const Shift &s : ShiftRepository(db).between(QDate(2026, 11, 23), QDate(2026, 12, 6)))
            result << QString::number(s.staffId) + s.date.toString(Qt::ISODate) + formatRange(s.hours);
        return result;
    };
    CHECK(names(*first) == names(*second));
}

TEST_CASE("init --date needs --demo and a real date", "[demo][cli]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("x.samenplan"));
    CHECK(runCliWith({QStringLiteral("init"), path, QStringLiteral("--date"), QStringLiteral("2026-11-23")}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--date"),
                      QStringLiteral("2026-02-30")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the demo is built through the change layer, so every placement passes the rules at the door", "[demo][door]")
{
    TempDir tmp;
    auto db = demo(tmp, QStringLiteral("d.samenplan"));
    changes::PlacementChanges door(*db);
    const QList<Placement> placements = PlacementRepository(*db).all();
    REQUIRE(placements.size() > 40);
    for (const Placement &p : placements) {
        planning::PlacementProposal asStored;
        asStored.placement = p;
        const Outcome outcome = door.check(asStored);
        INFO(p.id << ": " << outcome.reason().toStdString());
        CHECK(outcome.allowed());
    }
}

TEST_CASE("init --demo refuses a date around which its children would not be born yet", "[demo][cli]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("future.samenplan"));
    const CliRun run = runCliWith({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--date"),
                                   QDate::currentDate().addYears(2).toString(Qt::ISODate)});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("born after today")));
    CHECK_FALSE(QFile::exists(path));
}
