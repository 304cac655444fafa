#include "capacity/forecast.h"

#include "capacity/earliestfit.h"
#include "rules/staffratio.h"
#include "util/clock.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace samenplan::capacity {
namespace {

constexpr int SlotMinutes = 15;

struct Present {
    TimeRange hours;
    planning::Seat seat = planning::Seat::Regular;
    int ageYears = 0;
    bool operator<(const Present &o) const
    {
        return std::tie(hours.from, hours.to, seat, ageYears) < std::tie(o.hours.from, o.hours.to, o.seat, o.ageYears);
    }
};

struct DayCount {
    int regular = 0;
    int inSeats = 0;
    int required = 0;
};

// One group's days, counted once per distinct set of children present (most weeks repeat).
class DayCounter {
public:
    DayCounter(const CapacityData &data, const Group &group, const Location &location)
        : m_data(data), m_group(group), m_location(location), m_taken(data.placesTaken(group.id)) {}

    DayCount count(const QDate &date)
    {
        const auto open = m_data.calendar.openingOf(m_location, m_group, date);
        QList<Present> present;
        for (const Placement &p : std::as_const(m_taken)) {
            if (!p.activeOn(date))
                continue;
            for (const PlacementDay &day : p.days) {
                if (day.weekday == date.dayOfWeek() && day.hours.isValid()) {
                    const auto child = m_data.children.constFind(p.childId); // read, not copied
                    const QDate birth = child == m_data.children.constEnd() ? QDate() : child->birthDate;
                    present.append({day.hours, planning::seatOf(p), ageInYears(birth, date)});
                }
            }
        }
        std::sort(present.begin(), present.end());
        // The day's key in numbers: the ratio table, the opening hours (out-of-school groups open
        // longer in the holidays) and each child's hours, seat and age.
        QList<int> key{date >= rules::OutOfSchoolPerLocationFrom ? 1 : 0, open ? open->from : -1, open ? open->to : -1};
        key.reserve(3 + 4 * present.size());
        for (const Present &p : std::as_const(present))
            key << p.hours.from << p.hours.to << int(p.seat) << p.ageYears;
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd())
            return *cached;
        const DayCount result = countPresent(present, open, date);
        m_cache.insert(key, result);
        return result;
    }

private:
    DayCount countPresent(const QList<Present> &present, const std::optional<TimeRange> &open, const QDate &date) const
    {
        QList<planning::SeatPresence> seats;
        for (const Present &p : present)
            seats.append({p.hours, p.seat});
        const planning::PlacesCount places = planning::countPlaces(m_group, seats);
        DayCount result{places.regular, places.inSeats, 0};
        if (!open)
            return result;
        // The staff-child ratio per quarter hour, as the occupancy counts it: a child counts in a slot
        // when present in any part of it.
        QList<int> ages, previous{-1};
        for (int from = open->from; from < open->to; from += SlotMinutes) {
            const TimeRange slot{from, std::min(from + SlotMinutes, open->to)};
            ages.clear();
            for (const Present &p : present) {
                if (p.hours.overlaps(slot))
                    ages.append(p.ageYears);
            }
            if (std::ranges::equal(ages, previous)) // not ==: it hands memcmp an empty list's null data
                continue;
            result.required = std::max(result.required,
                                       rules::staffRatio(m_group.careType, ages, date, rules::Explain::No).required);
            std::swap(ages, previous); // no copy: ages is refilled next
        }
        return result;
    }

    const CapacityData &m_data;
    const Group &m_group;
    const Location &m_location;
    QList<Placement> m_taken;
    QHash<QList<int>, DayCount> m_cache;
};

// The waiting-list entries that want each group: the preferred group, or where the child fits first.
QHash<Id, QList<WaitingListEntry>> demandByGroup(const CapacityData &data)
{
    QHash<Id, QList<WaitingListEntry>> byGroup;
    for (const WaitingListEntry &entry : data.waitingList) {
        Id groupId = data.group(entry.preferredGroupId) ? entry.preferredGroupId : NoId;
        if (groupId == NoId) {
            if (const auto fit = firstFit(earliestFits(data, wishOf(data, entry))))
                groupId = fit->groupId;
        }
        if (groupId != NoId)
            byGroup[groupId].append(entry);
    }
    return byGroup;
}

int waitingOn(const Group &group, const CapacityData &data, const QList<WaitingListEntry> &entries, const QDate &first,
              const QDate &last, int weekday)
{
    int count = 0;
    for (const WaitingListEntry &entry : entries) {
        if (entry.wishedStart > last || (entry.days && !(entry.days & weekdayBit(weekday))))
            continue;
        const QDate birth = data.children.value(entry.childId).birthDate;
        if (birth > last || ageInMonths(birth, last) < group.minAgeMonths || ageInMonths(birth, std::max(first, birth)) >= group.maxAgeMonths)
            continue;
        ++count;
    }
    return count;
}

// The group's placements, in the data's order.
QList<Placement> placementsOf(const CapacityData &data, const Group &group)
{
    QList<Placement> ofGroup;
    for (const Placement &p : data.placements) {
        if (p.groupId == group.id)
            ofGroup.append(p);
    }
    return ofGroup;
}

// The children whose place in the group ends in [first, last], unless they stay on under another
// placement; ofGroup: the group's placements (placementsOf).
QList<Leaving> leavingBetween(const CapacityData &data, const Group &group, const QList<Placement> &ofGroup,
                              const QDate &first, const QDate &last)
{
    static const Child unknown;
    QList<Leaving> leaving;
    for (const Placement &p : ofGroup) {
        const auto found = data.children.constFind(p.childId); // read, not copied
        const Child &child = found == data.children.constEnd() ? unknown : *found;
        const QDate until = planning::placeTakenUntil(group, p, child.birthDate, data.referrals.value(p.childId));
        if (until.isNull() || until < first || until > last || until < p.start)
            continue;
        const bool staysOn = std::any_of(ofGroup.cbegin(), ofGroup.cend(), [&](const Placement &q) {
            return q.id != p.id && q.childId == p.childId && q.start > p.start && q.start <= until.addDays(1)
                && (q.end.isNull() || q.end > until);
        });
        if (staysOn)
            continue;
        Leaving l{p.childId, child.displayName(), until, LeavingReason::TrajectoryEnd};
        if (child.birthDate.isValid() && until == firstDayAgedMonths(child.birthDate, group.maxAgeMonths).addDays(-1))
            l.reason = LeavingReason::Age;
        else if (until == p.end)
            l.reason = LeavingReason::PlacementEnd;
        leaving.append(l);
    }
    std::sort(leaving.begin(), leaving.end(), [](const Leaving &a, const Leaving &b) {
        return std::tie(a.lastDay, a.name) < std::tie(b.lastDay, b.name);
    });
    return leaving;
}

} // namespace

QString leavingReasonCode(LeavingReason reason)
{
    switch (reason) {
    case LeavingReason::Age:
        return QStringLiteral("age");
    case LeavingReason::PlacementEnd:
        return QStringLiteral("placement-end");
    case LeavingReason::TrajectoryEnd:
        return QStringLiteral("trajectory-end");
    }
    return {};
}

QList<GroupForecast> forecast(const CapacityData &data, const QDate &firstMonth, int months, const QList<Id> &onlyGroups)
{
    const QDate start(firstMonth.year(), firstMonth.month(), 1);
    const QHash<Id, QList<WaitingListEntry>> demand = demandByGroup(data);
    QList<GroupForecast> result;
    for (const Group &group : data.groupsInOrder()) {
        const Location *location = data.location(group.locationId);
        if ((!onlyGroups.isEmpty() && !onlyGroups.contains(group.id)) || !location)
            continue;
        GroupForecast groupForecast{group.id, group.name, location->name, {}};
        DayCounter counter(data, group, *location);
        const QList<Placement> ofGroup = placementsOf(data, group);
        for (int m = 0; m < months; ++m) {
            const QDate first = start.addMonths(m);
            const QDate last = first.addMonths(1).addDays(-1);
            MonthForecast month{first, {}, leavingBetween(data, group, ofGroup, first, last)};
            for (int weekday = 1; weekday <= 7; ++weekday) {
                if (!location->hoursOn(weekday))
                    continue;
                WeekdayForecast day;
                day.weekday = weekday;
                day.regularPlaces = group.maxChildren - group.youthCareSeats;
                day.youthCareSeats = group.youthCareSeats;
                int dates = 0, regularSum = 0, seatSum = 0;
                for (QDate d = first.addDays((weekday - first.dayOfWeek() + 7) % 7); d <= last; d = d.addDays(7)) {
                    if (data.calendar.closed(*location, d))
                        continue; // a closing day, or a public holiday the location closes on: nobody there
                    const DayCount count = counter.count(d);
                    ++dates;
                    regularSum += count.regular;
                    seatSum += count.inSeats;
                    day.regularPeak = std::max(day.regularPeak, count.regular);
                    day.youthCarePeak = std::max(day.youthCarePeak, count.inSeats);
                    day.requiredStaffPeak = std::max(day.requiredStaffPeak, count.required);
                }
                day.regularAverage = dates ? double(regularSum) / dates : 0;
                day.youthCareAverage = dates ? double(seatSum) / dates : 0;
                day.waiting = waitingOn(group, data, demand.value(group.id), first, last, weekday);
                month.weekdays.append(day);
            }
            groupForecast.months.append(month);
        }
        result.append(groupForecast);
    }
    return result;
}

} // namespace samenplan::capacity
