#include "placement/capacity.h"

#include "domain/outcome.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QLocale>

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
QList<int> arrivals(const QList<SeatPresence> &present)
{
    QList<int> moments;
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

std::optional<CapacityBreach> firstCapacityBreach(const Group &group, const QList<Placement> &placements,
                                                  const QDate &from, const QDate &to, WeekdayMask weekdays)
{
    if (!from.isValid() || (to.isValid() && to < from) || weekdays == 0)
        return std::nullopt;
    // The dates on which the set of running placements changes; between two of them every week is
    // the same, so one week from each is enough.
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
    std::set<QDate> dates;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const auto next = std::next(it);
        QDate last = it->addDays(6);
        if (next != changes.end())
            last = std::min(last, next->addDays(-1));
        if (to.isValid())
            last = std::min(last, to);
        for (QDate d = *it; d <= last; d = d.addDays(1)) {
            if (weekdays & weekdayBit(d.dayOfWeek()))
                dates.insert(d);
        }
    }
    for (const QDate &date : dates) {
        QList<SeatPresence> present;
        const int weekday = date.dayOfWeek();
        for (const Placement &p : placements) {
            if (!p.activeOn(date))
                continue;
            for (const PlacementDay &day : p.days) {
                if (day.weekday == weekday && day.hours.isValid())
                    present.append({day.hours, seatOf(p)});
            }
        }
        if (auto breach = breachOn(group, present, date))
            return breach;
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
        text += CapacityText::tr(" (from %1)").arg(QLocale().toString(breach.date, QStringLiteral("d MMM yyyy")));
    return text;
}

} // namespace samenplan::planning
