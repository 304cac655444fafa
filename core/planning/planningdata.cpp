#include "planning/planningdata.h"

#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "util/clock.h"

#include <algorithm>
#include <tuple>

namespace samenplan::planning {

PlanningData PlanningData::load(const Database &db, const QDate &from, const QDate &to)
{
    PlanningData data;
    data.from = from;
    data.to = to;
    data.locations = LocationRepository(db).all();
    data.groups = GroupRepository(db).all();
    for (const Child &child : ChildRepository(db).all())
        data.children.insert(child.id, child);
    data.placements = PlacementRepository(db).activeBetween(from, to);
    data.referrals = ReferralRepository(db).all();
    data.staff = StaffRepository(db).all();
    data.shifts = ShiftRepository(db).between(from, to);
    const AbsenceRepository absences(db);
    data.absences = absences.staffAbsencesBetween(from, to);
    data.childAbsences = absences.childAbsencesBetween(from, to);
    data.coachingSessions = CoachingRepository(db).sessionsBetween(from, to);
    data.index();
    return data;
}

void PlanningData::index()
{
    for (int i = 0; i < groups.size(); ++i)
        m_groupIndex.insert(groups.at(i).id, i);
    for (int i = 0; i < locations.size(); ++i)
        m_locationIndex.insert(locations.at(i).id, i);
    for (int i = 0; i < staff.size(); ++i)
        m_staffIndex.insert(staff.at(i).id, i);
}

QList<Group> PlanningData::groupsInOrder() const
{
    QList<Group> ordered = groups;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Group &a, const Group &b) {
        return std::tie(a.locationId, a.minAgeMonths, a.maxAgeMonths) < std::tie(b.locationId, b.minAgeMonths, b.maxAgeMonths);
    });
    return ordered;
}

const Group *PlanningData::group(Id id) const
{
    const auto it = m_groupIndex.constFind(id);
    return it == m_groupIndex.constEnd() ? nullptr : &groups.at(*it);
}

const Location *PlanningData::location(Id id) const
{
    const auto it = m_locationIndex.constFind(id);
    return it == m_locationIndex.constEnd() ? nullptr : &locations.at(*it);
}

const Staff *PlanningData::staffMember(Id id) const
{
    const auto it = m_staffIndex.constFind(id);
    return it == m_staffIndex.constEnd() ? nullptr : &staff.at(*it);
}

QList<ChildPresence> PlanningData::childrenPresent(Id groupId, const QDate &date) const
{
    QList<ChildPresence> present;
    const int weekday = date.dayOfWeek();
    for (const Placement &placement : placements) {
        if (placement.groupId != groupId || !placement.activeOn(date))
            continue;
        bool absent = false;
        for (const ChildAbsence &absence : childAbsences) {
            if (absence.childId == placement.childId && absence.date == date) {
                absent = true;
                break;
            }
        }
        if (absent)
            continue;
        for (const PlacementDay &day : placement.days) {
            if (day.weekday != weekday)
                continue;
            const Child child = children.value(placement.childId);
            ChildPresence presence;
            presence.childId = placement.childId;
            presence.placementId = placement.id;
            presence.groupId = groupId;
            presence.ageYears = ageInYears(child.birthDate, date);
            presence.ageMonths = ageInMonths(child.birthDate, date);
            presence.hours = day.hours;
            presence.youthCare = placement.kind == PlacementKind::YouthCare;
            presence.seatOverride = !presence.youthCare && !placement.seatOverrideReason.isEmpty();
            present.append(presence);
        }
    }
    return present;
}

QList<TimeRange> subtractRanges(const QList<TimeRange> &ranges, const TimeRange &cut)
{
    QList<TimeRange> result;
    for (const TimeRange &range : ranges) {
        if (!range.overlaps(cut)) {
            result.append(range);
            continue;
        }
        if (range.from < cut.from)
            result.append({range.from, cut.from});
        if (cut.to < range.to)
            result.append({cut.to, range.to});
    }
    return result;
}

bool PlanningData::staffAbsentAt(Id staffId, const QDate &date, const TimeRange &range) const
{
    for (const Absence &absence : absences) {
        if (absence.staffId != staffId || date < absence.start || date > absence.end)
            continue;
        if (!absence.hours || absence.hours->overlaps(range))
            return true;
    }
    return false;
}

QList<StaffPresence> PlanningData::staffPresent(Id groupId, const QDate &date) const
{
    QList<StaffPresence> present;
    for (const Shift &shift : shifts) {
        if (shift.groupId != groupId || shift.date != date)
            continue;
        StaffPresence presence;
        presence.staffId = shift.staffId;
        presence.shiftId = shift.id;
        presence.groupId = groupId;
        presence.onFloor = {shift.hours};
        for (const TimeRange &pause : shift.breaks)
            presence.onFloor = subtractRanges(presence.onFloor, pause);
        for (const Absence &absence : absences) {
            if (absence.staffId != shift.staffId || date < absence.start || date > absence.end)
                continue;
            presence.onFloor = subtractRanges(presence.onFloor, absence.hours.value_or(TimeRange{0, 24 * 60}));
        }
        const Staff *member = staffMember(shift.staffId);
        presence.countsForRatio = member && member->countsTowardRatio();
        present.append(presence);
    }
    return present;
}

const Referral *PlanningData::activeReferral(Id childId, const QDate &date) const
{
    for (const Referral &referral : referrals) {
        if (referral.childId == childId && referral.activeOn(date))
            return &referral;
    }
    return nullptr;
}

} // namespace samenplan::planning
