#include "calendarsite.h"
#include "clirunner.h"

#include "changes/attendancechanges.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "roster/rostercheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;
using namespace calendartest;

namespace {

// Regio midden: Monday 9 February 2026 is a school day, Monday 16 February in the spring holiday.
const QDate SchoolMonday(2026, 2, 9);
const QDate HolidayMonday(2026, 2, 16);

QList<roster::Violation> itemsOn(const Database &db, const QDate &date, Id groupId)
{
    const IsoWeek week = IsoWeek::containing(date);
    const planning::PlanningData data = planning::PlanningData::load(db, week.monday(), week.day(7));
    QList<roster::Violation> result;
    for (const roster::Violation &v : roster::checkWeek(data, StaffRepository(db).allFixedFaces(), week)) {
        if (v.date == date && (groupId == NoId || v.groupId == groupId))
            result.append(v);
    }
    return result;
}

bool has(const QList<roster::Violation> &items, const QString &rule, Severity severity)
{
    return std::any_of(items.begin(), items.end(), [&](const roster::Violation &v) { return v.rule == rule && v.severity == severity; });
}

// Twelve children aged 5 from 14:00 (two professionals), one pedagogue from 14:00 and one from
// 15:00: an hour below the ratio with half the professionals there.
void shortHour(Site &site, const QDate &date)
{
    for (int i = 0; i < 12; ++i)
        site.child(QStringLiteral("Kind%1").arg(i), site.bso, 5, TimeRange{at(14), at(18, 30)}, SchoolMonday);
    site.shift(site.staff(QStringLiteral("Anna")), site.bso, date, TimeRange{at(14), at(18, 30)});
    site.shift(site.staff(QStringLiteral("Bram")), site.bso, date, TimeRange{at(15), at(18, 30)});
}

} // namespace

TEST_CASE("Out-of-school care with the same roster: half an hour on a school day, the three-hour rule in the holidays", "[calendar][roster]")
{
    Site site;
    shortHour(site, SchoolMonday);
    site.shift(StaffRepository(*site.db).all().at(0).id, site.bso, HolidayMonday, TimeRange{at(14), at(18, 30)});
    site.shift(StaffRepository(*site.db).all().at(1).id, site.bso, HolidayMonday, TimeRange{at(15), at(18, 30)});

    const QList<roster::Violation> school = itemsOn(*site.db, SchoolMonday, site.bso);
    CHECK(has(school, roster::rule::DeviationBudget, Severity::Violation));
    CHECK(has(school, roster::rule::Ratio, Severity::Violation));
    CHECK_FALSE(has(school, roster::rule::Ratio, Severity::Allowed));

    const QList<roster::Violation> holiday = itemsOn(*site.db, HolidayMonday, site.bso);
    CHECK(has(holiday, roster::rule::Ratio, Severity::Allowed));
    CHECK_FALSE(has(holiday, roster::rule::DeviationBudget, Severity::Violation));
    CHECK_FALSE(has(holiday, roster::rule::Ratio, Severity::Violation));

    // The group's own hours: on the school day the ratio is analysed from 14:00, in the holiday from 07:30.
    const planning::PlanningData data = planning::PlanningData::load(*site.db, SchoolMonday, HolidayMonday);
    const Group *bso = data.group(site.bso);
    const Location *location = data.location(site.location);
    REQUIRE((bso && location));
    CHECK(data.calendar.openingOf(*location, *bso, SchoolMonday) == TimeRange{at(14), at(18, 30)});
    CHECK(data.calendar.openingOf(*location, *bso, HolidayMonday) == TimeRange{at(7, 30), at(18, 30)});
    CHECK(data.calendar.dayOf(*location, HolidayMonday).reason == QLatin1String("Voorjaarsvakantie"));
    // The same day in another region is a school day.
    Location north = *location;
    north.holidayRegion = HolidayRegion::Noord;
    CHECK(data.calendar.dayOf(north, HolidayMonday).kind == calendar::DayKind::SchoolDay);
}

TEST_CASE("A closing day is not checked or planned, and a shift on it is flagged closed-day", "[calendar][roster]")
{
    Site site;
    const QDate tuesday = SchoolMonday.addDays(1);
    shortHour(site, tuesday);
    REQUIRE(has(itemsOn(*site.db, tuesday, site.bso), roster::rule::Ratio, Severity::Violation));
    {
        Transaction transaction(*site.db);
        changes::add(*site.db, ClosingDay{NoId, site.location, tuesday, QStringLiteral("Teamdag")});
        transaction.commit();
    }
    const QList<roster::Violation> items = itemsOn(*site.db, tuesday, NoId);
    CHECK_FALSE(has(items, roster::rule::Ratio, Severity::Violation));
    CHECK_FALSE(has(items, roster::rule::DeviationBudget, Severity::Violation));
    int closed = 0;
    for (const roster::Violation &v : items) {
        if (v.rule == roster::rule::ClosedDay) {
            ++closed;
            CHECK(v.severity == Severity::Violation);
            CHECK(v.shiftId != NoId);
            CHECK(v.message.contains(QStringLiteral("Teamdag")));
        }
    }
    CHECK(closed == 2);
    const planning::PlanningData data = planning::PlanningData::load(*site.db, tuesday, tuesday);
    CHECK(data.childrenPresent(site.bso, tuesday).isEmpty());

    // The same closing day twice is refused; the command line lists the item with its severity.
    {
        Transaction again(*site.db);
        CHECK_THROWS_AS(changes::add(*site.db, ClosingDay{NoId, site.location, tuesday, QString()}), ChangeRefused);
    }
    site.db.reset();
    const CliRun run = runCliWith({QStringLiteral("check"), site.path, QStringLiteral("--week"), QStringLiteral("2026-W07"),
                                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    int listed = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("violations")).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("rule")).toString() == QLatin1String("closed-day")) {
            ++listed;
            CHECK(item.value(QStringLiteral("severity")).toString() == QLatin1String("violation"));
            CHECK(item.value(QStringLiteral("date")).toString() == QLatin1String("2026-02-10"));
        }
    }
    CHECK(listed == 2);
}

TEST_CASE("A public holiday closes the location unless it stays open, then it is a school-free day", "[calendar][roster]")
{
    Site site;
    const QDate easterMonday(2026, 4, 6);
    shortHour(site, easterMonday);
    QList<roster::Violation> items = itemsOn(*site.db, easterMonday, site.bso);
    CHECK(has(items, roster::rule::ClosedDay, Severity::Violation));
    CHECK_FALSE(has(items, roster::rule::Ratio, Severity::Violation));

    Location open = *LocationRepository(*site.db).find(site.location);
    open.closedOnPublicHolidays = false;
    LocationRepository(*site.db).update(open);
    items = itemsOn(*site.db, easterMonday, site.bso);
    CHECK_FALSE(has(items, roster::rule::ClosedDay, Severity::Violation));
    CHECK(has(items, roster::rule::Ratio, Severity::Allowed)); // school-free: the three-hour rule
}

TEST_CASE("Copying a week plans nobody on a closing day", "[calendar][roster]")
{
    Site site;
    const Id anna = site.staff(QStringLiteral("Anna"));
    {
        Transaction transaction(*site.db);
        changes::add(*site.db, ClosingDay{NoId, site.location, HolidayMonday.addDays(2), QStringLiteral("Teamdag")});
        transaction.commit();
    }
    QList<Shift> week;
    for (int day = 0; day < 5; ++day) {
        Shift s;
        s.staffId = anna;
        s.groupId = site.daycare;
        s.date = HolidayMonday.addDays(day);
        s.hours = TimeRange{at(8), at(17)};
        week.append(s);
    }
    const QList<Shift> kept = roster::withoutClosedDays(week, planning::PlanningData::load(*site.db, HolidayMonday, HolidayMonday.addDays(6)));
    REQUIRE(kept.size() == 4);
    for (const Shift &s : kept)
        CHECK(s.date != HolidayMonday.addDays(2));
}
