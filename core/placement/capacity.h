#pragma once
// A group's places counted per moment (rules.md section 3): at no moment more children in
// youth-care seats (youth-care children, and regular children with a seat override) than the group
// keeps, more regular children than the regular places (maximum minus seats), or more children than
// the maximum. Checked over a span of dates on every date where the group's placements differ, so an
// open-ended placement is checked against every later start and end, not only its first week.

#include "domain/entities.h"

#include <QHash>
#include <QList>

#include <optional>

namespace samenplan::planning {

struct CapacityBreach {
    QString rule; // doorrule::YouthCareSeats, RegularPlaces or GroupSize
    QDate date;   // the first date it happens
    int minute = 0; // from this time of day
    int count = 0;  // children of that kind at that moment
    int limit = 0;  // what the group allows
};

// Which of the group's limits a placement counts against.
enum class Seat { Regular, YouthCare };
Seat seatOf(const Placement &placement);

struct SeatPresence {
    TimeRange hours;
    Seat seat = Seat::Regular;
};

// The most children of each kind at one moment of a day, and the first moment each limit is broken
// (-1: never). Children count from their arrival up to, not including, their departure.
struct PlacesCount {
    int regular = 0;
    int inSeats = 0;
    int total = 0;
    int regularOverFrom = -1;
    int seatsOverFrom = -1;
    int totalOverFrom = -1;
};
PlacesCount countPlaces(const Group &group, const QList<SeatPresence> &present);

// What the counting reads about the children of a group's placements.
struct GroupChildren {
    QHash<Id, QDate> birthDates;          // by child
    QHash<Id, QList<Referral>> referrals; // by child
};

// The last day a placement takes its place (issue #16): its end, the day before the child leaves
// the group's age range (a 4th birthday in day care), and for a youth-care seat also the planned
// end of the referral it starts under (with the referrals that follow it without a gap), whichever
// comes first. Null: the place stays taken. A regular child in a seat (an override) has no
// referral to end it. Before the start: the placement takes no place at all.
QDate placeTakenUntil(const Group &group, const Placement &placement, const QDate &birthDate,
                      const QList<Referral> &referrals);

// The group's placements as the places they take: each end brought forward to placeTakenUntil,
// those that take no place left out. Every count below is of these.
QList<Placement> placesTaken(const Group &group, const QList<Placement> &placements, const GroupChildren &children);
// The same with one child's birth date and referrals as given, in place of what children holds
// for it (the child of a placement being checked), without copying children.
QList<Placement> placesTaken(const Group &group, const QList<Placement> &placements, const GroupChildren &children,
                             Id childId, const QDate &birthDate, const QList<Referral> &referrals);

// The first breach of the group's limits from `from` to `to` (null: open-ended) on the given
// weekdays, counting `placements` (the group's places taken, with a change already applied). Child
// absences do not free a place: a place is taken by the agreement, not by the day's attendance.
std::optional<CapacityBreach> firstCapacityBreach(const Group &group, const QList<Placement> &placements,
                                                  const QDate &from, const QDate &to, WeekdayMask weekdays);
// The last date from `from` to `to` (a date) on which the limits are broken, with what breaks
// them then: from the day after it on, every weekday given fits every week up to `to`.
std::optional<CapacityBreach> lastCapacityBreach(const Group &group, const QList<Placement> &placements,
                                                 const QDate &from, const QDate &to, WeekdayMask weekdays);

// The children present on a date with the seat each takes, from the group's places taken.
QList<SeatPresence> presentOn(const QList<Placement> &placements, const QDate &date);

// "Monday: 5 children in youth-care seats at 08:00, the group keeps 4", with the date when the
// breach is not in the first week of `since`.
QString describeBreach(const CapacityBreach &breach, const QDate &since);

} // namespace samenplan::planning
