#include "placement/occupancy.h"

#include "placement/capacity.h"
#include "planning/planningdata.h"
#include "rules/staffratio.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace samenplan::planning {
namespace {

class OccupancyText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::planning::OccupancyText)
};

constexpr int SlotMinutes = 15;
constexpr int Noon = 13 * 60; // mornings end at 13:00, as the Dutch day parts go

// The most children of each kind at one moment, the requirement per part of the day, and the
// moments the group is over its limits.
void countPerMoment(const PlanningData &data, const Group &group, const QDate &date,
                    const QList<ChildPresence> &present, GroupOccupancy &result)
{
    const Location *location = data.location(group.locationId);
    const auto opening = location ? location->hoursOn(date.dayOfWeek()) : std::nullopt;
    if (!opening)
        return;
    result.requiredByPart = {{QStringLiteral("morning"), {opening->from, std::max(opening->from, std::min(Noon, opening->to))}, 0, true},
                             {QStringLiteral("afternoon"), {std::max(Noon, opening->from), opening->to}, 0, true}};
    // Places per moment: the same count the change layer refuses changes with.
    QList<SeatPresence> seats;
    for (const ChildPresence &child : present)
        seats.append({child.hours, child.youthCare || child.seatOverride ? Seat::YouthCare : Seat::Regular});
    const PlacesCount places = countPlaces(group, seats);
    result.regularPresent = places.regular;
    result.youthCarePresent = places.inSeats;
    result.childrenPresent = places.total;
    const int fullFrom = places.totalOverFrom, seatsFrom = places.seatsOverFrom, placesFrom = places.regularOverFrom;
    // The staff-child ratio per quarter hour: a child counts in a slot when present in any part of it.
    // Most slots have the children of the slot before; their answer is the same. A child is in a
    // slot while it arrived before the slot's end and leaves after its start: the children change
    // only at a slot whose span an arrival or a departure reaches (a slot begins where the one
    // before ended), so only there are they counted again.
    std::vector<int> arrivals, departures;
    arrivals.reserve(size_t(present.size()));
    departures.reserve(size_t(present.size()));
    for (const ChildPresence &child : present) {
        arrivals.push_back(child.hours.from);
        departures.push_back(child.hours.to);
    }
    std::sort(arrivals.begin(), arrivals.end());
    std::sort(departures.begin(), departures.end());
    auto arrival = arrivals.cbegin();
    auto departure = departures.cbegin();
    QList<int> ages, previousAges;
    ages.reserve(present.size());
    previousAges.reserve(present.size());
    rules::RatioResult ratio;
    for (int from = opening->from; from < opening->to; from += SlotMinutes) {
        const TimeRange slot{from, std::min(from + SlotMinutes, opening->to)};
        bool changed = from == opening->from;
        for (; arrival != arrivals.cend() && *arrival < slot.to; ++arrival)
            changed = true; // in from this slot on
        for (; departure != departures.cend() && *departure <= slot.from; ++departure)
            changed = true; // gone from this slot on
        if (changed) { // otherwise the same children as the slot before, and its answer
            ages.clear();
            for (const ChildPresence &child : present) {
                if (child.hours.overlaps(slot))
                    ages.append(child.ageYears);
            }
            // std::ranges::equal: QList's == hands memcmp the null data of an empty list (UBSan).
            if (from == opening->from || !std::ranges::equal(ages, previousAges)) {
                ratio = rules::staffRatio(group.careType, ages, date, rules::Explain::No);
                std::swap(ages, previousAges); // no copy: ages is refilled next
            }
        }
        result.requiredStaff = std::max(result.requiredStaff, ratio.required);
        for (PartOfDay &part : result.requiredByPart) {
            if (part.hours.contains(from)) {
                part.required = std::max(part.required, ratio.required);
                part.allowed = part.allowed && ratio.valid;
            }
        }
    }
    if (fullFrom >= 0)
        result.warnings.append({occupancyrule::GroupSize,
                                OccupancyText::tr("%1 children at one moment, more than the group's maximum of %2 "
                                                  "(from %3).")
                                    .arg(result.childrenPresent).arg(group.maxChildren).arg(formatMinutes(fullFrom))});
    if (seatsFrom >= 0)
        result.warnings.append({occupancyrule::YouthCareSeats,
                                OccupancyText::tr("%1 children in youth-care seats at one moment, but the group keeps "
                                                  "%2 (from %3).")
                                    .arg(result.youthCarePresent).arg(group.youthCareSeats).arg(formatMinutes(seatsFrom))});
    if (placesFrom >= 0)
        result.warnings.append({occupancyrule::RegularPlaces,
                                OccupancyText::tr("%1 regular children at one moment, but the group has %2 regular "
                                                  "places (from %3).")
                                    .arg(result.regularPresent).arg(result.regularPlaces).arg(formatMinutes(placesFrom))});
    for (const PartOfDay &part : std::as_const(result.requiredByPart)) {
        if (!part.allowed)
            result.warnings.append({occupancyrule::GroupSize,
                                    OccupancyText::tr("The children present in the %1 are more than the staff-child "
                                                      "ratio table allows in one group.")
                                        .arg(part.part == QLatin1String("morning") ? OccupancyText::tr("morning")
                                                                                   : OccupancyText::tr("afternoon"))});
    }
}

// A warning about a child whose text needs the child's name: made once the names of all the
// children warned about are known (a caller may read names only for them: ChildNames).
struct NamedWarning {
    qsizetype group = 0;   // in occupancyOn()'s result
    qsizetype warning = 0; // in that group's warnings
    std::function<QString(const QString &name)> text;
};

void childWarnings(const PlanningData &data, const Group &group, const QDate &date, const QList<ChildPresence> &present,
                   const OccupancySettings &settings, GroupOccupancy &result, qsizetype groupIndex,
                   QList<NamedWarning> &named)
{
    const auto warn = [&](const QString &rule, Id child, std::function<QString(const QString &)> text) {
        result.warnings.append({rule, QString(), child});
        named.append({groupIndex, result.warnings.size() - 1, std::move(text)});
    };
    const IsoWeek week = IsoWeek::containing(date);
    for (auto at = present.cbegin(); at != present.cend(); ++at) {
        const ChildPresence &child = *at;
        // A child with two placements in the group that day: warned once (a group holds a few
        // children, so the ones before are looked through instead of kept in a set).
        if (std::any_of(present.cbegin(), at, [&child](const ChildPresence &before) { return before.childId == child.childId; }))
            continue;
        // A child the user may not see (another location's, on a server) counts in the totals but
        // gets no warnings by name.
        const auto found = data.children.constFind(child.childId);
        if (found == data.children.constEnd())
            continue;
        const Child &record = *found;
        if (child.youthCare && data.referralsVisible) {
            const Referral *referral = data.activeReferral(child.childId, date);
            if (!referral) {
                warn(occupancyrule::YouthCareSeats, child.childId, [](const QString &name) {
                    return OccupancyText::tr("%1 takes a youth-care seat without an active referral.").arg(name);
                });
            } else if (date.daysTo(referral->plannedEnd) <= settings.trajectoryWarningDays) {
                warn(occupancyrule::TrajectoryEnding, child.childId, [ends = referral->plannedEnd](const QString &name) {
                    return OccupancyText::tr("The trajectory of %1 ends on %2: extend it, continue as a regular "
                                             "placement, or end it with a follow-up note.")
                        .arg(name, shortDate(ends));
                });
            }
        }
        if (child.seatOverride) {
            const Placement *placement = data.placement(child.placementId);
            const QString reason = placement ? placement->seatOverrideReason : QString();
            warn(occupancyrule::SeatOverride, child.childId, [reason](const QString &name) {
                return OccupancyText::tr("%1 is a regular child in a youth-care seat (override: %2).").arg(name, reason);
            });
        }
        // Age range: outside it now, or outgrowing it soon.
        const QDate leaves = record.birthDate.addMonths(group.maxAgeMonths);
        if (child.ageMonths < group.minAgeMonths || date >= leaves) {
            warn(occupancyrule::AgeRange, child.childId, [](const QString &name) {
                return OccupancyText::tr("%1 is outside the group's age range.").arg(name);
            });
        } else if (date.daysTo(leaves) <= settings.ageRangeWarningDays) {
            warn(occupancyrule::AgeRange, child.childId,
                 [leaves, outOfSchool = group.careType == CareType::OutOfSchool, years = group.maxAgeMonths / 12](
                     const QString &name) {
                     return outOfSchool ? OccupancyText::tr("%1 outgrows the group on %2.").arg(name, shortDate(leaves))
                                        : OccupancyText::tr("%1 turns %2 on %3: plan the move to the next group or to "
                                                            "out-of-school care.")
                                              .arg(name)
                                              .arg(years)
                                              .arg(shortDate(leaves));
                 });
        }
        // Groups per child: one base group, one other only with written consent, at most two a week.
        const int groups = data.groupsOfChildBetween(child.childId, week.monday(), week.day(7));
        if (groups > 2)
            warn(occupancyrule::SecondGroup, child.childId, [groups](const QString &name) {
                return OccupancyText::tr("%1 is placed in %2 groups this week; at most two are allowed.").arg(name).arg(groups);
            });
        else if (groups == 2)
            warn(occupancyrule::SecondGroup, child.childId, [](const QString &name) {
                return OccupancyText::tr("%1 is also placed in another group this week; that needs the parents' "
                                         "written consent for an agreed period.")
                    .arg(name);
            });
    }
}

} // namespace

QList<GroupOccupancy> occupancyOn(const PlanningData &data, const QDate &date, const OccupancySettings &settings,
                                  Id onlyGroup, const ChildNames &names)
{
    QList<GroupOccupancy> result;
    QList<NamedWarning> named;
    for (const Group &group : data.groups) {
        if (onlyGroup != NoId && group.id != onlyGroup)
            continue;
        GroupOccupancy occupancy;
        occupancy.groupId = group.id;
        occupancy.group = group.name;
        const Location *location = data.location(group.locationId);
        occupancy.location = location ? location->name : QString();
        occupancy.regularPlaces = group.maxChildren - group.youthCareSeats;
        occupancy.youthCareSeats = group.youthCareSeats;
        occupancy.maxChildren = group.maxChildren;
        const QList<ChildPresence> present = data.childrenPresent(group.id, date);
        countPerMoment(data, group, date, present, occupancy);
        childWarnings(data, group, date, present, settings, occupancy, result.size(), named);
        result.append(occupancy);
    }
    // The warned children's names, each asked once: from the data's records unless the caller reads them.
    QList<Id> warned;
    for (const NamedWarning &warning : std::as_const(named))
        warned.append(result.at(warning.group).warnings.at(warning.warning).childId);
    std::sort(warned.begin(), warned.end());
    warned.erase(std::unique(warned.begin(), warned.end()), warned.end());
    const ChildNames fromRecords = [&data](const QList<Id> &children) {
        QHash<Id, QString> found;
        for (const Id child : children)
            found.insert(child, data.children.value(child).displayName());
        return found;
    };
    const QHash<Id, QString> nameOf = (names ? names : fromRecords)(warned);
    for (const NamedWarning &warning : std::as_const(named)) {
        OccupancyWarning &made = result[warning.group].warnings[warning.warning];
        made.message = warning.text(nameOf.value(made.childId));
    }
    return result;
}

} // namespace samenplan::planning
