#include "catch.h"
#include "tempdir.h"

#include "persistence/database.h"
#include "persistence/staffrepository.h"
#include "persistence/templaterepository.h"
#include "roster/weektemplate.h"

using namespace samenplan;
using namespace samenplan::roster;

namespace {

Shift shift(Id staff, const QDate &date, int from, int to)
{
    Shift s;
    s.id = 99;
    s.staffId = staff;
    s.groupId = 7;
    s.date = date;
    s.hours = TimeRange{from, to};
    s.breaks = {TimeRange{720, 750}};
    return s;
}

} // namespace

TEST_CASE("copying a week moves every shift weekday for weekday", "[roster][template]")
{
    const IsoWeek w48 = *IsoWeek::parse(QStringLiteral("2026-W48"));
    const IsoWeek w53 = *IsoWeek::parse(QStringLiteral("2026-W53"));
    const QList<Shift> source{shift(1, QDate(2026, 11, 23), 450, 990), shift(2, QDate(2026, 11, 27), 540, 1110),
                              shift(3, QDate(2026, 12, 1), 450, 990)}; // the last is in week 49: not copied
    const QList<Shift> copies = copyShifts(source, w48, w53);
    REQUIRE(copies.size() == 2);
    CHECK(copies.at(0).date == QDate(2026, 12, 28));
    CHECK(copies.at(1).date == QDate(2027, 1, 1)); // the Friday of week 53 lies in the next year
    CHECK(copies.at(0).id == NoId);
    CHECK(copies.at(0).breaks == source.at(0).breaks);
}

TEST_CASE("a template applies to the weeks of its parity", "[roster][template]")
{
    WeekTemplate odd;
    odd.parity = WeekParity::Odd;
    odd.shifts = templateFromShifts({shift(1, QDate(2026, 11, 23), 450, 990), shift(2, QDate(2026, 11, 25), 540, 1110)});
    REQUIRE(odd.shifts.size() == 2);
    CHECK(odd.shifts.at(1).weekday == 3);
    CHECK(odd.shifts.at(0).pause == TimeRange{720, 750});
    const QList<Shift> weeks = shiftsFromTemplate(odd, *IsoWeek::parse(QStringLiteral("2026-W48")),
                                                  *IsoWeek::parse(QStringLiteral("2026-W52")));
    // Weeks 49 and 51 are odd: two shifts each.
    REQUIRE(weeks.size() == 4);
    CHECK(weeks.at(0).date == QDate(2026, 11, 30));
    CHECK(weeks.at(3).date == QDate(2026, 12, 16));
    WeekTemplate every = odd;
    every.parity = WeekParity::Every;
    CHECK(shiftsFromTemplate(every, *IsoWeek::parse(QStringLiteral("2026-W48")), *IsoWeek::parse(QStringLiteral("2026-W52"))).size() == 10);
    CHECK(parityMatches(WeekParity::Even, *IsoWeek::parse(QStringLiteral("2026-W48"))));
    CHECK_FALSE(weekParityFromCode(QStringLiteral("weekly")));
}

TEST_CASE("templates are stored with their shifts", "[roster][template][repository]")
{
    TempDir tmp;
    auto opened = Database::open(tmp.file(QStringLiteral("t.samenplan")), Database::Mode::CreateNew);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    Staff anna;
    anna.name = QStringLiteral("Anna");
    const Id annaId = StaffRepository(db).insert(anna);
    WeekTemplate t;
    t.name = QStringLiteral("Even weken");
    t.parity = WeekParity::Even;
    t.shifts = {{annaId, NoId, 2, TimeRange{450, 990}, TimeRange{720, 750}}, {annaId, NoId, 4, TimeRange{480, 780}, std::nullopt}};
    const Id id = TemplateRepository(db).insert(t);
    const auto loaded = TemplateRepository(db).find(id);
    REQUIRE(loaded);
    CHECK(loaded->parity == WeekParity::Even);
    REQUIRE(loaded->shifts.size() == 2);
    CHECK(loaded->shifts.at(0).pause == TimeRange{720, 750});
    CHECK_FALSE(loaded->shifts.at(1).pause);
    // A removed staff member leaves the template without their shifts.
    StaffRepository(db).remove(annaId);
    CHECK(TemplateRepository(db).find(id)->shifts.isEmpty());
}
