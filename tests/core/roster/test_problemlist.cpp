#include "catch.h"
#include "demodb.h"
#include "randomweek.h"

#include "persistence/absencerepository.h"
#include "persistence/grouprepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "roster/problemlist.h"

using namespace samenplan;

namespace {

const IsoWeek Week48{2026, 48};

struct DemoWeek {
    TempDir tmp;
    std::unique_ptr<Database> db;

    DemoWeek()
    {
        auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        db = std::move(opened.database);
    }
    Id staffNamed(const QString &name) const { return StaffRepository(*db).findByName(name)->id; }
    void absent(const QString &name, const QDate &from, const QDate &to) const
    {
        Absence away;
        away.staffId = staffNamed(name);
        away.kind = AbsenceKind::Sick;
        away.start = from;
        away.end = to;
        AbsenceRepository(*db).insert(away);
    }
    // The check items and the problem list made of them; without fixed faces when asked.
    std::pair<QList<roster::Violation>, roster::ProblemList> check(bool withFixedFaces = true) const
    {
        const auto data = planning::PlanningData::load(*db, Week48.monday(), Week48.day(7));
        const auto items = roster::checkWeek(data, withFixedFaces ? StaffRepository(*db).allFixedFaces() : QList<FixedFace>(), Week48);
        return {items, roster::buildProblemList(items, data)};
    }
};

// Every item in exactly one problem, most serious first, counts that add up, and no two lines
// about the same thing at the same time.
void checkWellFormed(const QList<roster::Violation> &items, const roster::ProblemList &list)
{
    QList<int> seen;
    for (const roster::Problem &problem : list.problems) {
        CHECK_FALSE(problem.title.isEmpty());
        CHECK_FALSE(problem.items.isEmpty());
        seen += problem.items;
        CHECK_FALSE(problem.details.contains(problem.title));
        CHECK(QSet<QString>(problem.details.begin(), problem.details.end()).size() == problem.details.size());
    }
    std::sort(seen.begin(), seen.end());
    QList<int> all;
    for (int i = 0; i < items.size(); ++i)
        all.append(i);
    CHECK(seen == all);
    for (int i = 1; i < list.problems.size(); ++i)
        CHECK(int(list.problems.at(i - 1).severity) <= int(list.problems.at(i).severity));
    CHECK(list.count(Severity::Violation) + list.count(Severity::Allowed) + list.count(Severity::Advice) == list.problems.size());
    for (int i = 0; i < list.problems.size(); ++i) {
        for (int j = i + 1; j < list.problems.size(); ++j) {
            const roster::Problem &a = list.problems.at(i);
            const roster::Problem &b = list.problems.at(j);
            if (a.rule != b.rule || a.groupId != b.groupId || a.staffId != b.staffId || a.date != b.date)
                continue;
            INFO(a.title.toStdString() << " / " << b.title.toStdString());
            CHECK_FALSE((a.severity == b.severity && (!a.time() || !b.time())));
            if (a.time() && b.time())
                CHECK_FALSE(a.time()->overlaps(*b.time()));
        }
    }
}

} // namespace

TEST_CASE("problem list of the demo week: one line per group day for what the three-hour rule covers", "[roster][problems]")
{
    DemoWeek demo;
    const auto [items, list] = demo.check();
    checkWellFormed(items, list);
    // 22 shortfalls within the three-hour rule on Rupsjes (Mon-Thu) and Vlinders (Mon-Wed).
    REQUIRE(items.size() == 22);
    CHECK(list.count(Severity::Violation) == 0);
    CHECK(list.count(Severity::Allowed) == 7);
    const roster::Problem &monday = list.problems.first();
    CHECK(monday.date == Week48.monday());
    CHECK(monday.spans.size() == 4); // Rupsjes: 08:30, 12:00, 13:00, 16:30
    CHECK(monday.details.size() == 4);
    CHECK(monday.title == QStringLiteral("120 of 180 minutes below the staff-child ratio, within the three-hour rule"));
}

TEST_CASE("problem list: a shortage's ratio, below-half and budget items are one problem", "[roster][problems]")
{
    DemoWeek demo;
    demo.absent(QStringLiteral("Samira El Idrissi"), QDate(2026, 11, 26), QDate(2026, 11, 29));
    const auto [items, list] = demo.check();
    checkWellFormed(items, list);
    const QDate thursday(2026, 11, 26);
    QList<roster::Problem> rupsjes;
    for (const roster::Problem &problem : list.problems) {
        if (problem.rule == roster::rule::Ratio && problem.date == thursday)
            rupsjes.append(problem);
    }
    // Ten items (five ratio spans, three below half, the budget) make one line.
    REQUIRE(rupsjes.size() == 1);
    const roster::Problem &shortage = rupsjes.first();
    CHECK(shortage.severity == Severity::Violation);
    CHECK(shortage.items.size() == 9);
    CHECK(shortage.time() == TimeRange{7 * 60 + 30, 16 * 60 + 30});
    CHECK(shortage.title == QStringLiteral("Too few professionals; fewer than half 07:30-09:00, 13:00-13:30"));
    CHECK(shortage.details == QStringList{
        QStringLiteral("Only 0 of 1 professionals from 07:30 to 08:00: fewer than half is never allowed."),
        QStringLiteral("Only 0 of 2 professionals from 08:00 to 09:00: fewer than half is never allowed."),
        QStringLiteral("1 of 2 professionals from 09:00 to 13:00."),
        QStringLiteral("Only 0 of 2 professionals from 13:00 to 13:30: fewer than half is never allowed."),
        QStringLiteral("1 of 2 professionals from 13:30 to 16:30."),
        QStringLiteral("Below the staff-child ratio for 540 minutes; the day allows 180.")});
    // The violations come first: the shortage and Samira's shift during her absence.
    CHECK(list.count(Severity::Violation) == 2);
    CHECK(list.problems.at(0).severity == Severity::Violation);
    CHECK(list.problems.at(1).severity == Severity::Violation);
    CHECK(list.problems.at(2).severity == Severity::Allowed);
}

TEST_CASE("problem list: children without fixed faces are one line of advice per group, after the rest", "[roster][problems]")
{
    DemoWeek demo;
    // Two more shifts for Samira on Monday morning: three overlapping pairs make one line.
    Shift extra;
    extra.staffId = demo.staffNamed(QStringLiteral("Samira El Idrissi"));
    extra.groupId = ShiftRepository(*demo.db).between(Week48.monday(), Week48.monday()).first().groupId;
    extra.date = Week48.monday();
    extra.hours = TimeRange{9 * 60, 11 * 60};
    ShiftRepository(*demo.db).insert(extra);
    extra.hours = TimeRange{10 * 60, 12 * 60};
    ShiftRepository(*demo.db).insert(extra);
    const auto [items, list] = demo.check(false);
    checkWellFormed(items, list);
    int advice = 0;
    int childrenWithout = 0;
    QSet<Id> groups;
    for (const roster::Problem &problem : list.problems) {
        if (problem.rule == roster::rule::FixedFaces) {
            CHECK(problem.severity == Severity::Advice);
            CHECK_FALSE(problem.date.isValid());
            CHECK_FALSE(groups.contains(problem.groupId));
            groups.insert(problem.groupId);
            childrenWithout += int(problem.items.size());
            ++advice;
        }
    }
    CHECK(advice >= 2);
    CHECK(childrenWithout > advice);
    CHECK(list.problems.last().severity == Severity::Advice);
    int doubles = 0;
    for (const roster::Problem &problem : list.problems) {
        if (problem.rule == roster::rule::DoubleBooking) {
            ++doubles;
            CHECK(problem.items.size() == 3); // each pair of the three shifts
            CHECK(problem.title == QStringLiteral("Samira El Idrissi has shifts that overlap"));
            CHECK(problem.details.size() == 3);
            CHECK(problem.time() == TimeRange{9 * 60, 12 * 60});
            CHECK(problem.severity == Severity::Violation);
        }
    }
    CHECK(doubles == 1);
}

TEST_CASE("problem list: a group without staff all day is one line, fewer than half throughout", "[roster][problems]")
{
    DemoWeek demo;
    // Nobody on Zonnestraal on Monday.
    Id zonnestraal = NoId;
    for (const Group &group : GroupRepository(*demo.db).all())
        zonnestraal = group.name == QStringLiteral("Zonnestraal") ? group.id : zonnestraal;
    for (const Shift &shift : ShiftRepository(*demo.db).between(Week48.monday(), Week48.monday())) {
        if (shift.groupId == zonnestraal)
            ShiftRepository(*demo.db).remove(shift.id);
    }
    const auto [items, list] = demo.check();
    checkWellFormed(items, list);
    QList<roster::Problem> monday;
    for (const roster::Problem &problem : list.problems) {
        if (problem.groupId == zonnestraal && problem.rule == roster::rule::Ratio)
            monday.append(problem);
    }
    REQUIRE(monday.size() == 1);
    CHECK(monday.first().severity == Severity::Violation);
    CHECK(monday.first().date == Week48.monday());
    CHECK(monday.first().title.startsWith(QStringLiteral("Fewer than half the professionals needed")));
}

TEST_CASE("problem list of random weeks: every item in one problem, most serious first", "[roster][problems][property]")
{
    const ScratchDatabases scratch;
    for (quint32 seed = 1001; seed <= 1100; ++seed) {
        auto created = Database::open(scratch.fresh(QStringLiteral("random.samenplan")), Database::Mode::OpenExisting);
        REQUIRE(created.database);
        const RandomWeek w = writeRandomWeek(seed, *created.database);
        const auto data = planning::PlanningData::load(*created.database, w.week.monday(), w.week.day(7));
        const auto items = roster::checkWeek(data, StaffRepository(*created.database).allFixedFaces(), w.week);
        INFO("seed " << seed);
        checkWellFormed(items, roster::buildProblemList(items, data));
    }
}
