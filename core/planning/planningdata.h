#pragma once
// Everything the checks need about a span of days, loaded in a handful of queries: groups,
// children, placements, referrals, staff, shifts and absences. From it, who is present where and
// when: the children expected on a group on a day (placements, their times, their absences) and
// the staff on the floor (shifts minus breaks minus absences). The group board, the roster checks
// and the coaching checks all read presence from here.

#include "calendar/daycalendar.h"
#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace samenplan {

class Database;

namespace planning {

struct ChildPresence {
    Id childId = NoId;
    Id placementId = NoId;
    Id groupId = NoId;
    int ageYears = 0;   // completed years on the day
    int ageMonths = 0;
    TimeRange hours;
    bool youthCare = false;    // takes a youth-care seat
    bool seatOverride = false; // a regular child in a reserved seat, with a reason
};

struct StaffPresence {
    Id staffId = NoId;
    Id shiftId = NoId;
    Id groupId = NoId;
    QList<TimeRange> onFloor; // the shift minus its breaks and any absence
    bool countsForRatio = false;
};

class PlanningData {
public:
    // Loads the records that touch [from, to].
    static PlanningData load(const Database &db, const QDate &from, const QDate &to);
    // What occupancyOn() reads for that one date, with the same answers as load() of its week:
    // every location and group; the placements of the day, each with only its hours on the date's
    // weekday, and the week's other placements of the children placed in more than one group (see
    // DayPlacements); the day's children (birth dates, no names: occupancyOn() reads the names of
    // those it warns about), every referral, the children's absences and the calendar of the date.
    // Answers childrenPresent() for the date only.
    static PlanningData loadDay(const Database &db, const QDate &date);
    // Loads what one location's group board of [from, to] needs, the same answers for its groups as
    // load(): every location and group; the placements of the children placed at the location (in
    // any group, so a second group elsewhere is seen), those children and the ones never placed or
    // on the waiting list (ChildRepository::forBoard), their referrals; the shifts on the
    // location's groups and the staff working there; absences, coaching sessions and the calendar.
    static PlanningData loadLocation(const Database &db, const QDate &from, const QDate &to, Id locationId);

    QDate from;
    QDate to;
    QList<Location> locations;
    QList<Group> groups;
    QHash<Id, Child> children;
    QList<Placement> placements;
    QList<Referral> referrals;
    // False when the user may not read referrals (a coach or viewer on a server): youth-care
    // placements then raise no referral warnings, as their referrals are simply not shown.
    bool referralsVisible = true;
    QList<Staff> staff;
    QList<Shift> shifts;
    QList<Absence> absences;
    QList<ChildAbsence> childAbsences;
    QList<CoachingSession> coachingSessions;
    calendar::DayCalendar calendar; // school holidays and closing days of [from, to]

    // The groups by location, youngest first, as a location walks its building.
    QList<Group> groupsInOrder() const;
    const Group *group(Id id) const;
    const Location *location(Id id) const;
    const Staff *staffMember(Id id) const;

    // Whether the group's location is closed that day (closing day, public holiday, no hours).
    bool groupClosedOn(Id groupId, const QDate &date) const;
    // Children expected on the group that day, with their hours; absent children are left out, and
    // nobody is expected on a day the location is closed.
    QList<ChildPresence> childrenPresent(Id groupId, const QDate &date) const;
    // Staff rostered on the group that day, with the time they are on the floor.
    QList<StaffPresence> staffPresent(Id groupId, const QDate &date) const;
    // The child's referral active on the date, if any.
    const Referral *activeReferral(Id childId, const QDate &date) const;
    bool staffAbsentAt(Id staffId, const QDate &date, const TimeRange &range) const;
    const Placement *placement(Id id) const;
    // How many groups the child's placements in the data running on a day of [from, to] are in.
    int groupsOfChildBetween(Id childId, const QDate &from, const QDate &to) const;
    // The group's placements in the data, in the data's order.
    QList<const Placement *> placementsOfGroup(Id groupId) const;

    // The lookups above read indexes built by load(); whoever changes the lists afterwards calls
    // reindex(), or reindexPlacements() when only the placements changed. childrenPresent() keeps
    // its answers (the checks of a week ask for each group and day several times) until then.
    void reindex();
    void reindexPlacements();

private:
    QList<ChildPresence> findChildrenPresent(Id groupId, const QDate &date) const;

    QHash<Id, int> m_groupIndex;
    QHash<Id, int> m_locationIndex;
    QHash<Id, int> m_staffIndex;
    QHash<Id, int> m_placementIndex;
    QHash<Id, QList<int>> m_placementsOfGroup;
    // Each child's placements as a chain of indexes (no list per child: a day of 160 locations
    // has 12,000 children): the first, and per placement the same child's next (-1: none).
    QHash<Id, int> m_firstPlacementOfChild;
    QList<int> m_nextPlacementOfChild;
    QHash<QPair<Id, QDate>, QList<int>> m_shiftsOfGroupDay;
    QHash<Id, QList<int>> m_absencesOfStaff;
    QHash<Id, QList<int>> m_referralsOfChild;
    QSet<QPair<Id, QDate>> m_childAbsent;
    mutable QHash<QPair<Id, QDate>, QList<ChildPresence>> m_childrenPresent;
};

// Removes the parts of ranges covered by cut; keeps the order; drops empty pieces.
QList<TimeRange> subtractRanges(const QList<TimeRange> &ranges, const TimeRange &cut);

} // namespace planning
} // namespace samenplan
