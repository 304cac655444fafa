#include "placement/capacity.h"

#include "domain/outcome.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
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
QVarLengthArray<int, 64> arrivals(const QList<SeatPresence> &present)
{
    QVarLengthArray<int, 64> moments;
    for (const SeatPresence &p : present)
        moments.append(p.hours.from);
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());
    return moments;
}

Moment countAt(const QList<SeatPresence> &present, int minute)
{
    Moment m;
    for (const SeatPresence &p : present) {
        if (p.hours.contains(minute))
            (p.seat == Seat::YouthCare ? m.inSeats : m.regular) += 1;
    }
    return m;
}

// The first moment of the date at which the present children exceed a limit.
std::optional<CapacityBreach> breachOn(const Group &group, const QList<SeatPresence> &present, const QDate &date)
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

QList<Placement> placesTaken(const Group &group, const QList<Placement> &placements, const GroupChildren &children)
{
    QList<Placement> taken;
    taken.reserve(placements.size());
    for (const Placement &p : placements) {
        Placement place = p;
        place.end = placeTakenUntil(group, p, children.birthDates.value(p.childId),
                                    children.referrals.value(p.childId));
        if (place.end.isNull() || place.end >= place.start)
            taken.append(place);
    }
    return taken;
}

std::optional<CapacityBreach> firstCapacityBreach(const Group &group, const QList<Placement> &placements,
                                                  const QDate &from, const QDate &to, WeekdayMask weekdays)
{
    if (!from.isValid() || (to.isValid() && to < from) || weekdays == 0)
        return std::nullopt;
    for (const Stretch &stretch : stretches(placements, from, to)) {
        const QList<CapacityBreach> found = breachesInFirstWeek(group, placements, stretch, weekdays);
        if (!found.isEmpty())
            return found.first();
    }
    return std::nullopt;
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
