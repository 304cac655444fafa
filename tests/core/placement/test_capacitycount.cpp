// The first breach of a group's limits over a span (placement/capacity.h), as its quick counting
// gives it, against the plainest reading of the rule: every date of the span, its present children
// counted at every arrival. Groups of every kind of placement (open-ended, ending, youth-care,
// override, days without hours), seeded so a failure can be replayed.

#include "catch.h"

#include "domain/outcome.h"
#include "placement/capacity.h"
#include "util/clock.h"

#include <algorithm>
#include <random>

using namespace samenplan;
using namespace samenplan::planning;

namespace {

// The first breach on one date, counted minute by minute at each arrival.
std::optional<CapacityBreach> plainBreachOn(const Group &group, const QList<SeatPresence> &present, const QDate &date)
{
    QList<int> minutes;
    for (const SeatPresence &p : present)
        minutes.append(p.hours.from);
    std::sort(minutes.begin(), minutes.end());
    const int regularPlaces = group.maxChildren - group.youthCareSeats;
    for (const int minute : minutes) {
        int regular = 0;
        int inSeats = 0;
        for (const SeatPresence &p : present) {
            if (minute >= p.hours.from && minute < p.hours.to)
                ++(p.seat == Seat::YouthCare ? inSeats : regular);
        }
        if (inSeats > group.youthCareSeats)
            return CapacityBreach{doorrule::YouthCareSeats, date, minute, inSeats, group.youthCareSeats};
        if (regular > regularPlaces)
            return CapacityBreach{doorrule::RegularPlaces, date, minute, regular, regularPlaces};
        if (regular + inSeats > group.maxChildren)
            return CapacityBreach{doorrule::GroupSize, date, minute, regular + inSeats, group.maxChildren};
    }
    return std::nullopt;
}

// Every date from `from` to `to` (open-ended: far past every placement's dates) on the weekdays.
std::optional<CapacityBreach> plainFirstBreach(const Group &group, const QList<Placement> &placements, const QDate &from,
                                               const QDate &to, WeekdayMask weekdays, const QDate &horizon)
{
    for (QDate d = from; d <= (to.isValid() ? to : horizon); d = d.addDays(1)) {
        if (weekdays & weekdayBit(d.dayOfWeek())) {
            if (auto breach = plainBreachOn(group, presentOn(placements, d), d))
                return breach;
        }
    }
    return std::nullopt;
}

QString describe(const std::optional<CapacityBreach> &breach)
{
    if (!breach)
        return QStringLiteral("none");
    return QStringLiteral("%1 %2 %3 %4/%5").arg(breach->rule, breach->date.toString(Qt::ISODate)).arg(breach->minute)
        .arg(breach->count).arg(breach->limit);
}

} // namespace

TEST_CASE("the first breach over a span is the first date on which the present children break a limit",
          "[capacity][count]")
{
    const QDate base(2026, 9, 7); // a Monday
    const QDate horizon = base.addYears(3);
    const int seed = GENERATE(range(1, 301));
    std::mt19937 random(seed);
    auto below = [&random](int n) { return int(random() % unsigned(n)); };
    Group group;
    group.maxChildren = 3 + below(8);
    group.youthCareSeats = below(4);
    QList<Placement> placements;
    const int count = below(3 * group.maxChildren);
    for (int i = 0; i < count; ++i) {
        Placement p;
        p.id = i + 1;
        p.childId = i + 1;
        p.start = base.addDays(below(300) - 60);
        if (below(3) > 0)
            p.end = p.start.addDays(below(400) - 5); // some end before they start: they take no place
        p.kind = below(5) == 0 ? PlacementKind::YouthCare : PlacementKind::Regular;
        if (p.kind == PlacementKind::Regular && below(10) == 0)
            p.seatOverrideReason = QStringLiteral("override");
        for (int day = 1; day <= 7; ++day) {
            if (below(2) == 0)
                continue;
            const int arrives = 420 + 30 * below(8);
            const int leaves = below(12) == 0 ? arrives : arrives + 30 * (1 + below(12)); // some without hours
            p.days.append({day, TimeRange{arrives, leaves}});
        }
        placements.append(p);
    }
    const QDate from = base.addDays(below(200) - 30);
    const QDate to = below(3) == 0 ? QDate() : from.addDays(below(300));
    const WeekdayMask weekdays = WeekdayMask(1 + below(0x7f));
    INFO("seed " << seed << ", " << count << " placements, group of " << group.maxChildren << " with "
                 << group.youthCareSeats << " seats, from " << from.toString(Qt::ISODate).toStdString() << " to "
                 << to.toString(Qt::ISODate).toStdString() << ", weekdays " << weekdays);
    CHECK(describe(firstCapacityBreach(group, placements, from, to, weekdays))
          == describe(plainFirstBreach(group, placements, from, to, weekdays, horizon)));
}

TEST_CASE("a group filled to the brim has no breach, one child more breaks it from its first day", "[capacity][count]")
{
    const QDate monday(2026, 9, 7);
    Group group;
    group.maxChildren = 6;
    group.youthCareSeats = 2; // 4 regular places
    QList<Placement> placements;
    auto add = [&placements](const QDate &start, const QDate &end, PlacementKind kind, const TimeRange &hours) {
        Placement p;
        p.id = placements.size() + 1;
        p.childId = p.id;
        p.start = start;
        p.end = end;
        p.kind = kind;
        for (int day = 1; day <= 5; ++day)
            p.days.append({day, hours});
        placements.append(p);
    };
    // Four regular children, one of whom leaves after four weeks, and two in seats.
    for (int i = 0; i < 3; ++i)
        add(monday, {}, PlacementKind::Regular, {480, 1080});
    add(monday, monday.addDays(27), PlacementKind::Regular, {480, 1080});
    add(monday, {}, PlacementKind::YouthCare, {510, 780});
    add(monday, {}, PlacementKind::YouthCare, {540, 1020});
    CHECK_FALSE(firstCapacityBreach(group, placements, monday, {}, MondayToFriday));
    // A fifth regular child from the third week: regular places broken on its first Monday at 08:00.
    add(monday.addDays(14), {}, PlacementKind::Regular, {480, 1080});
    CHECK(describe(firstCapacityBreach(group, placements, monday, {}, MondayToFriday))
          == QStringLiteral("regular-places 2026-09-21 480 5/4"));
    // Only on Fridays from the fifth week, after the leaving child's last day: it fits.
    CHECK_FALSE(firstCapacityBreach(group, placements, monday.addDays(28), {}, weekdayBit(5)));
    // A third child in a seat, arriving later in the morning: seats broken at 09:00 on its first day.
    placements.removeLast();
    add(monday.addDays(3), monday.addDays(3), PlacementKind::YouthCare, {540, 600});
    CHECK(describe(firstCapacityBreach(group, placements, monday, {}, MondayToFriday))
          == QStringLiteral("youth-care-seats 2026-09-10 540 3/2"));
}
