#include "planning/planningdata.h"

#include "persistence/absencerepository.h"
#include "persistence/database.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/dayplacements.h"
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
    data.referralsVisible = db.mayRead(QStringLiteral("referrals"));
    data.childAbsences = AbsenceRepository(db).childAbsencesBetween(from, to);
    data.calendar = calendar::DayCalendar::load(db, from, to);
    data.staff = StaffRepository(db).all();
    data.shifts = ShiftRepository(db).between(from, to);
    data.absences = AbsenceRepository(db).staffAbsencesBetween(from, to);
    data.coachingSessions = CoachingRepository(db).sessionsBetween(from, to);
    data.reindex();
    return data;
}

PlanningData PlanningData::loadDay(const Database &db, const QDate &date)
{
    PlanningData data;
    data.from = date;
    data.to = date;
    data.locations = LocationRepository(db).all();
    data.groups = GroupRepository(db).all();
    DayPlacements day = DayPlacements::read(db, date);
    data.children = std::move(day.children);
    data.placements = std::move(day.placements);
    data.referrals = ReferralRepository(db).all();
    data.referralsVisible = db.mayRead(QStringLiteral("referrals"));
    data.childAbsences = AbsenceRepository(db).childAbsencesBetween(date, date);
    data.calendar = calendar::DayCalendar::load(db, date, date);
    data.reindex();
    return data;
}

PlanningData PlanningData::loadLocation(const Database &db, const QDate &from, const QDate &to, Id locationId)
{
    PlanningData data;
    data.from = from;
    data.to = to;
    data.locations = LocationRepository(db).all();
    data.groups = GroupRepository(db).all();
    for (const Child &child : ChildRepository(db).forBoard(locationId, from, to))
        data.children.insert(child.id, child);
    data.placements = PlacementRepository(db).activeBetweenOfChildrenAt(locationId, from, to);
    data.referrals = ReferralRepository(db).ofChildrenAt(locationId, from, to);
    data.referralsVisible = db.mayRead(QStringLiteral("referrals"));
    data.staff = StaffRepository(db).workingAt(locationId, from, to);
    data.shifts = ShiftRepository(db).betweenAt(locationId, from, to);
    const AbsenceRepository absences(db);
    data.absences = absences.staffAbsencesBetween(from, to);
    data.childAbsences = absences.childAbsencesBetween(from, to);
    data.coachingSessions = CoachingRepository(db).sessionsBetween(from, to);
    data.calendar = calendar::DayCalendar::load(db, from, to);
    data.reindex();
    return data;
}

void PlanningData::reindex()
{
    m_groupIndex.clear();
    m_locationIndex.clear();
    m_staffIndex.clear();
    m_shiftsOfGroupDay.clear();
    m_absencesOfStaff.clear();
    m_referralsOfChild.clear();
    m_childAbsent.clear();
    for (int i = 0; i < groups.size(); ++i)
        m_groupIndex.insert(groups.at(i).id, i);
    for (int i = 0; i < locations.size(); ++i)
        m_locationIndex.insert(locations.at(i).id, i);
    for (int i = 0; i < staff.size(); ++i)
        m_staffIndex.insert(staff.at(i).id, i);
    reindexPlacements();
    for (int i = 0; i < shifts.size(); ++i)
        m_shiftsOfGroupDay[{shifts.at(i).groupId, shifts.at(i).date}].append(i);
    for (int i = 0; i < absences.size(); ++i)
        m_absencesOfStaff[absences.at(i).staffId].append(i);
    for (int i = 0; i < referrals.size(); ++i)
        m_referralsOfChild[referrals.at(i).childId].append(i);
    for (const ChildAbsence &absence : std::as_const(childAbsences))
        m_childAbsent.insert({absence.childId, absence.date});
}

void PlanningData::reindexPlacements()
{
    m_childrenPresent.clear();
    m_placementIndex.clear();
    m_placementsOfGroup.clear();
    m_firstPlacementOfChild.clear();
    m_nextPlacementOfChild.fill(-1, placements.size());
    m_placementIndex.reserve(placements.size());
    for (int i = 0; i < placements.size(); ++i) {
        const Placement &p = placements.at(i);
        m_placementIndex.insert(p.id, i);
        m_placementsOfGroup[p.groupId].append(i);
        m_nextPlacementOfChild[i] = m_firstPlacementOfChild.value(p.childId, -1); // chained last first
        m_firstPlacementOfChild.insert(p.childId, i);
    }
}

const Placement *PlanningData::placement(Id id) const
{
    const auto it = m_placementIndex.constFind(id);
    return it == m_placementIndex.constEnd() ? nullptr : &placements.at(*it);
}

QList<const Placement *> PlanningData::placementsOfGroup(Id groupId) const
{
    QList<const Placement *> result;
    for (int i : m_placementsOfGroup.value(groupId))
        result.append(&placements.at(i));
    return result;
}

int PlanningData::groupsOfChildBetween(Id childId, const QDate &first, const QDate &last) const
{
    // A child has a handful of placements: the groups seen are counted without a set.
    const auto running = [&](const Placement &p) { return p.start <= last && (p.end.isNull() || p.end >= first); };
    const int chain = m_firstPlacementOfChild.value(childId, -1);
    int count = 0;
    for (int i = chain; i >= 0; i = m_nextPlacementOfChild.at(i)) {
        const Placement &placement = placements.at(i);
        if (!running(placement))
            continue;
        bool seen = false;
        for (int j = chain; j != i && !seen; j = m_nextPlacementOfChild.at(j))
            seen = placements.at(j).groupId == placement.groupId && running(placements.at(j));
        count += seen ? 0 : 1;
    }
    return count;
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

bool PlanningData::groupClosedOn(Id groupId, const QDate &date) const
{
    const Group *g = group(groupId);
    const Location *l = g ? location(g->locationId) : nullptr;
    return l && calendar.closed(*l, date);
}

QList<ChildPresence> PlanningData::childrenPresent(Id groupId, const QDate &date) const
{
    const QPair<Id, QDate> key{groupId, date};
    if (const auto known = m_childrenPresent.constFind(key); known != m_childrenPresent.constEnd())
        return *known;
    const QList<ChildPresence> present = findChildrenPresent(groupId, date);
    m_childrenPresent.insert(key, present);
    return present;
}

QList<ChildPresence> PlanningData::findChildrenPresent(Id groupId, const QDate &date) const
{
    QList<ChildPresence> present;
    if (groupClosedOn(groupId, date))
        return present;
    const int weekday = date.dayOfWeek();
    const auto ofGroup = m_placementsOfGroup.constFind(groupId);
    if (ofGroup == m_placementsOfGroup.constEnd())
        return present;
    for (int i : *ofGroup) {
        const Placement &placement = placements.at(i);
        if (!placement.activeOn(date) || m_childAbsent.contains({placement.childId, date}))
            continue;
        for (const PlacementDay &day : placement.days) {
            if (day.weekday != weekday)
                continue;
            const auto child = children.constFind(placement.childId);
            const QDate birthDate = child == children.constEnd() ? QDate() : child->birthDate;
            ChildPresence presence;
            presence.childId = placement.childId;
            presence.placementId = placement.id;
            presence.groupId = groupId;
            presence.ageYears = ageInYears(birthDate, date);
            presence.ageMonths = ageInMonths(birthDate, date);
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
    for (int i : m_absencesOfStaff.value(staffId)) {
        const Absence &absence = absences.at(i);
        if (date < absence.start || date > absence.end)
            continue;
        if (!absence.hours || absence.hours->overlaps(range))
            return true;
    }
    return false;
}

QList<StaffPresence> PlanningData::staffPresent(Id groupId, const QDate &date) const
{
    QList<StaffPresence> present;
    for (int i : m_shiftsOfGroupDay.value({groupId, date})) {
        const Shift &shift = shifts.at(i);
        StaffPresence presence;
        presence.staffId = shift.staffId;
        presence.shiftId = shift.id;
        presence.groupId = groupId;
        presence.onFloor = {shift.hours};
        for (const TimeRange &pause : shift.breaks)
            presence.onFloor = subtractRanges(presence.onFloor, pause);
        for (int a : m_absencesOfStaff.value(shift.staffId)) {
            const Absence &absence = absences.at(a);
            if (date < absence.start || date > absence.end)
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
    for (int i : m_referralsOfChild.value(childId)) {
        if (referrals.at(i).activeOn(date))
            return &referrals.at(i);
    }
    return nullptr;
}

} // namespace samenplan::planning
