#include "placement/capacity.h"

#include "domain/outcome.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <set>

namespace samenplan::planning {
namespace {

class CapacityText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::planning::CapacityText)
};

struct Moment {
    int regular = 0;
    int inSeats = 0;
};

// The moments at which the count can rise: every arrival, in order.
template <typename Present>
QVarLengthArray<int, 64> arrivals(const Present &present)
{
    QVarLengthArray<int, 64> moments;
    for (const SeatPresence &p : present)
        moments.append(p.hours.from);
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());
    return moments;
}

template <typename Present>
Moment countAt(const Present &present, int minute)
{
    Moment m;
    for (const SeatPresence &p : present) {
        if (p.hours.contains(minute))
            (p.seat == Seat::YouthCare ? m.inSeats : m.regular) += 1;
    }
    return m;
}

// The first moment of the date at which the present children exceed a limit.
template <typename Present>
std::optional<CapacityBreach> breachOn(const Group &group, const Present &present, const QDate &date)
{
    const int regularPlaces = group.maxChildren - group.youthCareSeats;
    for (const int minute : arrivals(present)) {
        const Moment m = countAt(present, minute);
        if (m.inSeats > group.youthCareSeats)
            return CapacityBreach{doorrule::YouthCareSeats, date, minute, m.inSeats, group.youthCareSeats};
        if (m.regular > regularPlaces)
            return CapacityBreach{doorrule::RegularPlaces, date, minute, m.regular, regularPlaces};
        if (m.regular + m.inSeats > group.maxChildren)
            return CapacityBreach{doorrule::GroupSize, date, minute, m.regular + m.inSeats, group.maxChildren};
    }
    return std::nullopt;
}

} // namespace

PlacesCount countPlaces(const Group &group, const QList<SeatPresence> &present)
{
    PlacesCount count;
    const int regularPlaces = group.maxChildren - group.youthCareSeats;
    for (const int minute : arrivals(present)) {
        const Moment m = countAt(present, minute);
        count.regular = std::max(count.regular, m.regular);
        count.inSeats = std::max(count.inSeats, m.inSeats);
        count.total = std::max(count.total, m.regular + m.inSeats);
        if (m.inSeats > group.youthCareSeats && count.seatsOverFrom < 0)
            count.seatsOverFrom = minute;
        if (m.regular > regularPlaces && count.regularOverFrom < 0)
            count.regularOverFrom = minute;
        if (m.regular + m.inSeats > group.maxChildren && count.totalOverFrom < 0)
            count.totalOverFrom = minute;
    }
    return count;
}

Seat seatOf(const Placement &placement)
{
    return placement.kind == PlacementKind::YouthCare || !placement.seatOverrideReason.isEmpty() ? Seat::YouthCare
                                                                                                 : Seat::Regular;
}

namespace {

// The dates from which the set of running placements changes within [from, to]: between two of
// them every week is the same.
std::set<QDate> changeDates(const QList<Placement> &placements, const QDate &from, const QDate &to)
{
    std::set<QDate> changes{from};
    for (const Placement &p : placements) {
        if (p.start > from && (!to.isValid() || p.start <= to))
            changes.insert(p.start);
        if (p.end.isValid()) {
            const QDate after = p.end.addDays(1);
            if (after > from && (!to.isValid() || after <= to))
                changes.insert(after);
        }
    }
    return changes;
}

// One stretch of unchanged weeks, [first, last] (last null: open-ended).
struct Stretch {
    QDate first;
    QDate last;
};

QList<Stretch> stretches(const QList<Placement> &placements, const QDate &from, const QDate &to)
{
    const std::set<QDate> changes = changeDates(placements, from, to);
    QList<Stretch> result;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const auto next = std::next(it);
        QDate last = next != changes.end() ? next->addDays(-1) : to;
        result.append({*it, last});
    }
    return result;
}

// The breach on the stretch's first date of each given weekday, by date: the stretch repeats it
// every week.
QList<CapacityBreach> breachesInFirstWeek(const Group &group, const QList<Placement> &placements, const Stretch &stretch,
                                          WeekdayMask weekdays)
{
    QList<CapacityBreach> found;
    for (QDate d = stretch.first; d <= stretch.first.addDays(6); d = d.addDays(1)) {
        if (stretch.last.isValid() && d > stretch.last)
            break;
        if (!(weekdays & weekdayBit(d.dayOfWeek())))
            continue;
        if (auto breach = breachOn(group, presentOn(placements, d), d))
            found.append(*breach);
    }
    return found;
}

// The first breach from one date on, as firstCapacityBreach() defines it, without building a
// QList or a set per date: each placement's days sorted by weekday once, with the dates the
// placement runs as Julian days. The answer is that of breachesInFirstWeek() over stretches():
// the first of the checked dates on which the present children break a limit. A weekday is only
// counted again after a placement with hours on that weekday started or ended: until then its
// children are those it was counted with, which broke no limit.
class SpanCounter {
public:
    SpanCounter(const Group &group, const QList<Placement> &placements, const QDate &from, const QDate &to,
                WeekdayMask weekdays)
        : m_group(group), m_from(from.toJulianDay()), m_to(to.isValid() ? to.toJulianDay() : Open), m_weekdays(weekdays)
    {
        m_changes.append({m_from, 0});
        for (const Placement &p : placements) {
            const qint64 first = p.start.toJulianDay(); // a null date's is below every date's
            const qint64 last = p.end.isNull() ? Open : p.end.toJulianDay();
            WeekdayMask days = 0;
            for (const PlacementDay &day : p.days) {
                if (day.weekday < 1 || day.weekday > 7 || !day.hours.isValid())
                    continue; // never present: presentOn() compares with a date's weekday
                m_days[day.weekday - 1].append({first, last, {day.hours, seatOf(p)}});
                days |= weekdayBit(day.weekday);
            }
            if (first > m_from && first <= m_to)
                m_changes.append({first, days});
            if (p.end.isValid() && last + 1 > m_from && last + 1 <= m_to)
                m_changes.append({last + 1, days});
        }
        std::sort(m_changes.begin(), m_changes.end(), [](const Change &a, const Change &b) { return a.day < b.day; });
        m_weekdays &= ~withinLimitsAlways();
    }

    std::optional<CapacityBreach> first()
    {
        WeekdayMask stale = 0x7f; // weekdays to count on their next date
        for (qsizetype i = 0; i < m_changes.size();) {
            const qint64 start = m_changes.at(i).day;
            for (; i < m_changes.size() && m_changes.at(i).day == start; ++i)
                stale |= m_changes.at(i).days;
            const qint64 last = i < m_changes.size() ? m_changes.at(i).day - 1 : m_to;
            for (qint64 day = start; day <= start + 6 && day <= last; ++day) {
                const int weekday = weekdayOf(day);
                const WeekdayMask bit = weekdayBit(weekday);
                if (!(m_weekdays & bit & stale))
                    continue;
                stale &= ~bit;
                if (auto breach = breachOn(m_group, presentOn(day, weekday), QDate::fromJulianDay(day)))
                    return breach;
            }
        }
        return std::nullopt;
    }

private:
    static constexpr qint64 Open = std::numeric_limits<qint64>::max();

    struct Day {
        qint64 first;
        qint64 last;
        SeatPresence presence;
    };
    struct Change {
        qint64 day;
        WeekdayMask days; // the weekdays of the placements that start or end then
    };

    static int weekdayOf(qint64 julianDay) { return int(((julianDay % 7) + 7) % 7) + 1; } // day 0 is a Monday

    const QVarLengthArray<SeatPresence, 64> &presentOn(qint64 day, int weekday)
    {
        m_present.clear();
        for (const Day &d : std::as_const(m_days[weekday - 1])) {
            if (day >= d.first && day <= d.last)
                m_present.append(d.presence);
        }
        return m_present;
    }

    // The weekdays on which even every child of the span at once stays within the limits.
    WeekdayMask withinLimitsAlways() const
    {
        const int regularPlaces = m_group.maxChildren - m_group.youthCareSeats;
        WeekdayMask fits = 0;
        for (int weekday = 1; weekday <= 7; ++weekday) {
            int regular = 0;
            int inSeats = 0;
            for (const Day &d : m_days[weekday - 1]) {
                if (d.first <= m_to && d.last >= m_from)
                    (d.presence.seat == Seat::YouthCare ? inSeats : regular) += 1;
            }
            if (inSeats <= m_group.youthCareSeats && regular <= regularPlaces && regular + inSeats <= m_group.maxChildren)
                fits |= weekdayBit(weekday);
        }
        return fits;
    }

    const Group &m_group;
    const qint64 m_from;
    const qint64 m_to;
    WeekdayMask m_weekdays;
    QVarLengthArray<Day, 32> m_days[7];
    QVarLengthArray<Change, 64> m_changes;
    QVarLengthArray<SeatPresence, 64> m_present;
};

} // namespace

QList<SeatPresence> presentOn(const QList<Placement> &placements, const QDate &date)
{
    QList<SeatPresence> present;
    present.reserve(placements.size()); // most placements are there on most days: one allocation
    const int weekday = date.dayOfWeek();
    for (const Placement &p : placements) {
        if (!p.activeOn(date))
            continue;
        for (const PlacementDay &day : p.days) {
            if (day.weekday == weekday && day.hours.isValid())
                present.append({day.hours, seatOf(p)});
        }
    }
    return present;
}

QDate placeTakenUntil(const Group &group, const Placement &placement, const QDate &birthDate,
                      const QList<Referral> &referrals)
{
    QDate until = placement.end;
    auto bringForward = [&until](const QDate &last) {
        if (last.isValid() && (until.isNull() || last < until))
            until = last;
    };
    if (birthDate.isValid())
        bringForward(firstDayAgedMonths(birthDate, group.maxAgeMonths).addDays(-1));
    if (placement.kind == PlacementKind::YouthCare) {
        // The referral the seat starts under, then each one that continues it without a gap.
        QDate seatEnd;
        for (const Referral &r : referrals) {
            if (r.activeOn(placement.start) && (seatEnd.isNull() || r.plannedEnd > seatEnd))
                seatEnd = r.plannedEnd;
        }
        for (bool extended = seatEnd.isValid(); extended;) {
            extended = false;
            for (const Referral &r : referrals) {
                if (r.start <= seatEnd.addDays(1) && r.plannedEnd > seatEnd) {
                    seatEnd = r.plannedEnd;
                    extended = true;
                }
            }
        }
        bringForward(seatEnd);
    }
    return until;
}

namespace {

template <typename ChildRecords>
QList<Placement> placesTakenWith(const Group &group, const QList<Placement> &placements, ChildRecords recordsOf)
{
    QList<Placement> taken;
    taken.reserve(placements.size());
    for (const Placement &p : placements) {
        const auto [birthDate, referrals] = recordsOf(p.childId);
        Placement place = p;
        place.end = placeTakenUntil(group, p, birthDate, referrals);
        if (place.end.isNull() || place.end >= place.start)
            taken.append(place);
    }
    return taken;
}

} // namespace

QList<Placement> placesTaken(const Group &group, const QList<Placement> &placements, const GroupChildren &children)
{
    return placesTakenWith(group, placements, [&children](Id childId) {
        return std::pair(children.birthDates.value(childId), children.referrals.value(childId));
    });
}

QList<Placement> placesTaken(const Group &group, const QList<Placement> &placements, const GroupChildren &children,
                             Id childId, const QDate &birthDate, const QList<Referral> &referrals)
{
    return placesTakenWith(group, placements, [&](Id id) {
        return id == childId ? std::pair(birthDate, referrals)
                             : std::pair(children.birthDates.value(id), children.referrals.value(id));
    });
}

std::optional<CapacityBreach> firstCapacityBreach(const Group &group, const QList<Placement> &placements,
                                                  const QDate &from, const QDate &to, WeekdayMask weekdays)
{
    if (!from.isValid() || (to.isValid() && to < from) || weekdays == 0)
        return std::nullopt;
    return SpanCounter(group, placements, from, to, weekdays).first();
}

std::optional<CapacityBreach> lastCapacityBreach(const Group &group, const QList<Placement> &placements,
                                                 const QDate &from, const QDate &to, WeekdayMask weekdays)
{
    if (!from.isValid() || !to.isValid() || to < from || weekdays == 0)
        return std::nullopt;
    const QList<Stretch> all = stretches(placements, from, to);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        std::optional<CapacityBreach> last;
        for (CapacityBreach breach : breachesInFirstWeek(group, placements, *it, weekdays)) {
            // The same weekday's last date in the stretch breaks the limits the same way.
            breach.date = breach.date.addDays(7 * (breach.date.daysTo(it->last) / 7));
            if (!last || breach.date > last->date)
                last = breach;
        }
        if (last)
            return last;
    }
    return std::nullopt;
}

QString describeBreach(const CapacityBreach &breach, const QDate &since)
{
    const QString day = QLocale().dayName(breach.date.dayOfWeek());
    const QString time = formatMinutes(breach.minute);
    QString text;
    if (breach.rule == doorrule::YouthCareSeats)
        text = CapacityText::tr("%1: %2 children in youth-care seats at %3, the group keeps %4")
                   .arg(day).arg(breach.count).arg(time).arg(breach.limit);
    else if (breach.rule == doorrule::RegularPlaces)
        text = CapacityText::tr("%1: %2 regular children at %3, the group has %4 regular places")
                   .arg(day).arg(breach.count).arg(time).arg(breach.limit);
    else
        text = CapacityText::tr("%1: %2 children at %3, the group takes at most %4")
                   .arg(day).arg(breach.count).arg(time).arg(breach.limit);
    if (since.isValid() && since.daysTo(breach.date) >= 7)
        text += CapacityText::tr(" (from %1)").arg(shortDate(breach.date));
    return text;
}

} // namespace samenplan::planning
