#include "catch.h"
#include "demodb.h"

#include "coaching/coachingcheck.h"
#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"

using namespace samenplan;

namespace {

struct Demo {
    TempDir tmp;
    std::unique_ptr<Database> db;
    Demo()
    {
        auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        // Only the sessions each test adds.
        for (const CoachingSession &s : CoachingRepository(*db).sessionsBetween(DemoMonday.addDays(-30), DemoMonday.addDays(30)))
            CoachingRepository(*db).remove(s.id);
    }
    Id staff(const QString &name) const { return StaffRepository(*db).findByName(name)->id; }
    Id group(const QString &name) const
    {
        for (const Group &g : GroupRepository(*db).all()) {
            if (g.name == name)
                return g.id;
        }
        return NoId;
    }
    void session(int day, TimeRange hours, const QString &coach, QList<QString> coachees, const QString &groupName, bool offFloor)
    {
        CoachingSession s;
        s.date = DemoMonday.addDays(day);
        s.hours = hours;
        s.coachStaffId = staff(coach);
        for (const QString &name : coachees)
            s.coacheeIds.append(staff(name));
        s.groupId = group(groupName);
        s.offFloor = offFloor;
        CoachingRepository(*db).insert(s);
    }
    QStringList rules() const
    {
        const IsoWeek week = IsoWeek::containing(DemoMonday);
        QStringList codes;
        for (const roster::Violation &v : coaching::checkCoaching(planning::PlanningData::load(*db, week.monday(), week.day(7)), week))
            codes << v.rule;
        return codes;
    }
};

const QString Hanna = QStringLiteral("Hanna Verbeek");

} // namespace

TEST_CASE("coaching on the job needs the coachee on that group at that time", "[coaching][check]")
{
    Demo d;
    d.session(0, {600, 660}, Hanna, {QStringLiteral("Priya Ramdin")}, QStringLiteral("Zonnestraal"), false);
    CHECK(d.rules().isEmpty());
    d.session(1, {600, 660}, Hanna, {QStringLiteral("Jeroen Visser")}, QStringLiteral("Rupsjes"), false);
    CHECK(d.rules() == QStringList{coaching::rule::OffRoster});
}

TEST_CASE("a coach in two places at once", "[coaching][check]")
{
    Demo d;
    d.session(0, {600, 660}, Hanna, {QStringLiteral("Priya Ramdin")}, QStringLiteral("Zonnestraal"), false);
    d.session(0, {630, 690}, Hanna, {QStringLiteral("Lotte Jansen")}, QStringLiteral("Zonnestraal"), false);
    CHECK(d.rules().contains(coaching::rule::CoachDoubleBooked));
}

TEST_CASE("pedagogues off the floor for coaching must leave the group within the ratio", "[coaching][check]")
{
    Demo d;
    // Thursday 13:30-14:30 on Vlinders: with both pedagogues away only the trainee is left.
    d.session(3, {810, 870}, QStringLiteral("Ingrid Mulder"), {QStringLiteral("Jeroen Visser"), QStringLiteral("Ayşe Yılmaz")},
              QStringLiteral("Vlinders"), true);
    CHECK(d.rules().contains(coaching::rule::Ratio));

    Demo one;
    one.session(3, {810, 870}, QStringLiteral("Ingrid Mulder"), {QStringLiteral("Jeroen Visser")}, QStringLiteral("Vlinders"), true);
    CHECK_FALSE(one.rules().contains(coaching::rule::Ratio));
}

TEST_CASE("no coaching on a day the location is closed", "[coaching][check]")
{
    Demo d;
    d.session(5, {600, 660}, Hanna, {QStringLiteral("Priya Ramdin")}, QStringLiteral("Zonnestraal"), true);
    CHECK(d.rules().contains(coaching::rule::ClosedDay));
}
