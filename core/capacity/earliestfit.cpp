#include "capacity/earliestfit.h"

#include "rules/staffratio.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace samenplan::capacity {
namespace {

class FitText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::capacity::FitText)
};

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

// Whether the child's age falls within the ages the care type takes (rules/staffratio.h) on some
// day of [from, until].
bool careTypeSuits(CareType type, const QDate &birth, const QDate &from, const QDate &until)
{
    if (birth > until)
        return false;
    const int youngest = ageInMonths(birth, std::max(from, birth));
    const int oldest = ageInMonths(birth, until);
    return oldest >= rules::minimumAge(type) * 12 && youngest < (rules::maximumAge(type) + 1) * 12;
}

// The wished days with their hours at the location; a closed day or hours outside the opening
// hours make a reason each.
QList<PlacementDay> daysAt(const Location *location, const FitWish &wish, QStringList &reasons)
{
    QList<PlacementDay> days;
    QList<PlacementDay> wished = wish.days;
    if (wished.isEmpty()) { // any day: every day the location opens
        for (int day = 1; day <= 7; ++day) {
            if (location && location->hoursOn(day))
                wished.append(PlacementDay{day, TimeRange{}});
        }
    }
    for (const PlacementDay &day : std::as_const(wished)) {
        const auto open = location ? location->hoursOn(day.weekday) : std::nullopt;
        if (!open) {
            reasons << FitText::tr("The location is closed on %1.").arg(QLocale().dayName(day.weekday));
            continue;
        }
        if (!day.hours.isValid()) {
            days.append({day.weekday, *open});
            continue;
        }
        if (day.hours.from < open->from || day.hours.to > open->to)
            reasons << FitText::tr("%1 %2 falls outside the opening hours (%3).")
                           .arg(QLocale().dayName(day.weekday), formatRange(day.hours), formatRange(*open));
        else
            days.append(day);
    }
    return days;
}

class GroupFitter {
public:
    GroupFitter(const CapacityData &data, const Group &group, const FitWish &wish, const QDate &horizonEnd)
        : m_data(data), m_group(group), m_wish(wish), m_horizonEnd(horizonEnd)
    {
        if (wish.childId != NoId)
            m_referrals = data.referrals.value(wish.childId);
    }

    GroupFit fit()
    {
        GroupFit result;
        result.groupId = m_group.id;
        result.group = m_group.name;
        const Location *location = m_data.location(m_group.locationId);
        result.location = location ? location->name : QString();
        const QList<PlacementDay> days = daysAt(location, m_wish, result.reasons);
        result.days = days;
        if (!result.reasons.isEmpty() || days.isEmpty())
            return result;
        if (m_wish.youthCare && m_group.youthCareSeats == 0) {
            result.reasons << FitText::tr("%1 keeps no youth-care seats.").arg(m_group.name);
            return result;
        }
        const auto start = firstPossibleStart(result.reasons);
        if (start)
            result.earliestStart = firstFreeStart(*start, days, result.reasons);
        return result;
    }

private:
    // The wished start, or later when the child reaches the age range or its referral starts later.
    std::optional<QDate> firstPossibleStart(QStringList &reasons) const
    {
        const QDate birth = m_wish.birthDate;
        const QDate enters = firstDayAgedMonths(birth, m_group.minAgeMonths);
        const QDate leaves = firstDayAgedMonths(birth, m_group.maxAgeMonths);
        QDate start = std::max(m_wish.from, std::max(enters, birth));
        if (start >= leaves) {
            reasons << FitText::tr("The child is past the group's age range (%1 to %2 months) from %3.")
                           .arg(m_group.minAgeMonths).arg(m_group.maxAgeMonths).arg(shortDate(leaves));
            return std::nullopt;
        }
        if (start == enters && enters > m_wish.from)
            reasons << FitText::tr("The child reaches the group's age range (%1 to %2 months) on %3.")
                           .arg(m_group.minAgeMonths).arg(m_group.maxAgeMonths).arg(shortDate(enters));
        if (m_wish.youthCare && !m_referrals.isEmpty()) {
            const Referral *referral = referralFrom(start);
            if (!referral) {
                reasons << FitText::tr("The child has no referral running on or after %1.").arg(shortDate(start));
                return std::nullopt;
            }
            if (referral->start > start) {
                start = referral->start;
                reasons << FitText::tr("A youth-care seat can be taken from the referral's start on %1.")
                               .arg(shortDate(start));
            }
        }
        if (start > m_horizonEnd) {
            reasons << FitText::tr("That is after the %1 months looked ahead.").arg(monthsAhead());
            return std::nullopt;
        }
        return start;
    }

    // Whether a place from start to end (null: open) holds one of the wished weekdays.
    static bool takesAWishedDay(const QDate &start, const QDate &end, WeekdayMask mask)
    {
        if (end.isNull())
            return true;
        for (QDate date = start; date <= end && date < start.addDays(7); date = date.addDays(1)) {
            if (mask & weekdayBit(date.dayOfWeek()))
                return true;
        }
        return false;
    }

    const Referral *referralFrom(const QDate &date) const
    {
        const Referral *found = nullptr;
        for (const Referral &r : m_referrals) {
            if (r.plannedEnd >= date && (!found || r.start < found->start))
                found = &r;
        }
        return found;
    }

    int monthsAhead() const { return ageInMonths(m_wish.from, m_horizonEnd); }

    // The wished placement from a date, for as long as it would take its place.
    Placement wished(const QDate &start, const QList<PlacementDay> &days) const
    {
        Placement p;
        p.id = -1;
        p.childId = m_wish.childId;
        p.groupId = m_group.id;
        p.start = start;
        p.kind = m_wish.youthCare ? PlacementKind::YouthCare : PlacementKind::Regular;
        p.days = days;
        p.end = planning::placeTakenUntil(m_group, p, m_wish.birthDate, m_referrals);
        if (m_wish.youthCare && !m_referrals.isEmpty()) {
            // A seat only under a running referral: past the last one, the day it ended.
            bool running = false;
            QDate ended;
            for (const Referral &r : m_referrals) {
                running = running || r.activeOn(start);
                if (r.plannedEnd < start && (ended.isNull() || r.plannedEnd > ended))
                    ended = r.plannedEnd;
            }
            if (!running)
                p.end = ended.isValid() ? ended : start.addDays(-1);
        }
        if (m_wish.youthCare && m_referrals.isEmpty()) {
            const QDate trajectoryEnd = start.addMonths(m_wish.trajectoryMonths).addDays(-1);
            if (p.end.isNull() || trajectoryEnd < p.end)
                p.end = trajectoryEnd;
        }
        return p;
    }

    // The first date from `start` from which the wished days fit every week for as long as the
    // child takes the place: the day after the last day without room, again until none is left.
    QDate firstFreeStart(QDate start, const QList<PlacementDay> &days, QStringList &reasons) const
    {
        WeekdayMask mask = 0;
        for (const PlacementDay &day : days)
            mask |= weekdayBit(day.weekday);
        const QList<Placement> taken = m_data.placesTaken(m_group.id, m_wish.childId);
        std::optional<planning::CapacityBreach> lastFull;
        for (;;) {
            const Placement place = wished(start, days);
            if (!takesAWishedDay(start, place.end, mask)) {
                // The place would end before the child comes once: no room while it could stay.
                const bool leavesAge = place.end == firstDayAgedMonths(m_wish.birthDate, m_group.maxAgeMonths).addDays(-1);
                reasons << (leavesAge ? FitText::tr("No room before the child leaves the group's age range on %1.")
                                            .arg(shortDate(place.end.addDays(1)))
                                      : FitText::tr("No seat is free before the referral ends on %1.").arg(shortDate(place.end)));
                return {};
            }
            QList<Placement> trial = taken;
            trial.append(place);
            const auto breach = planning::lastCapacityBreach(m_group, trial, start, place.end, mask);
            if (!breach)
                break;
            lastFull = breach;
            start = breach->date.addDays(1);
            if (start > m_horizonEnd) {
                reasons << FitText::tr("No room within %1 months (on %2 with this child: %3).")
                               .arg(monthsAhead()).arg(shortDate(breach->date))
                               .arg(planning::describeBreach(*breach, breach->date));
                return {};
            }
        }
        if (lastFull)
            reasons << FitText::tr("No room until %1 (with this child: %2).")
                           .arg(shortDate(lastFull->date), planning::describeBreach(*lastFull, lastFull->date));
        return start;
    }

    const CapacityData &m_data;
    const Group &m_group;
    const FitWish &m_wish;
    QDate m_horizonEnd;
    QList<Referral> m_referrals;
};

} // namespace

QList<GroupFit> earliestFits(const CapacityData &data, const FitWish &wish, int horizonMonths)
{
    const QDate horizonEnd = wish.from.addMonths(horizonMonths);
    QList<GroupFit> fits;
    for (const Group &group : data.groupsInOrder()) {
        if ((wish.groupId != NoId && group.id != wish.groupId) || (wish.locationId != NoId && group.locationId != wish.locationId))
            continue;
        if (!careTypeSuits(group.careType, wish.birthDate, wish.from, horizonEnd)) {
            if (wish.groupId == NoId)
                continue;
            GroupFit refused;
            refused.groupId = group.id;
            refused.group = group.name;
            const Location *location = data.location(group.locationId);
            refused.location = location ? location->name : QString();
            refused.reasons << FitText::tr("%1 takes children aged %2 to %3; the child is not that age within %4 months.")
                                   .arg(careTypeName(group.careType))
                                   .arg(rules::minimumAge(group.careType))
                                   .arg(rules::maximumAge(group.careType))
                                   .arg(horizonMonths);
            fits.append(refused);
            continue;
        }
        fits.append(GroupFitter(data, group, wish, horizonEnd).fit());
    }
    return fits;
}

FitWish wishOf(const CapacityData &data, const WaitingListEntry &entry)
{
    FitWish wish;
    wish.childId = entry.childId;
    wish.birthDate = data.children.value(entry.childId).birthDate;
    wish.from = entry.wishedStart;
    wish.groupId = entry.preferredGroupId;
    for (int day = 1; day <= 7; ++day) {
        if (entry.days & weekdayBit(day))
            wish.days.append(PlacementDay{day, TimeRange{}});
    }
    for (const Referral &referral : data.referrals.value(entry.childId)) {
        if (referral.plannedEnd >= entry.wishedStart)
            wish.youthCare = true;
    }
    return wish;
}

std::optional<GroupFit> firstFit(const QList<GroupFit> &fits)
{
    std::optional<GroupFit> first;
    for (const GroupFit &fit : fits) {
        if (fit.earliestStart.isValid() && (!first || fit.earliestStart < first->earliestStart))
            first = fit;
    }
    return first;
}

} // namespace samenplan::capacity
