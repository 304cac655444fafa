#pragma once
// A group's places counted per moment (rules.md section 3): at no moment more children in
// youth-care seats (youth-care children, and regular children with a seat override) than the group
// keeps, more regular children than the regular places (maximum minus seats), or more children than
// the maximum. Checked over a span of dates on every date where the group's placements differ, so an
// open-ended placement is checked against every later start and end, not only its first week.

#include "domain/entities.h"

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

// The first breach of the group's limits from `from` to `to` (null: open-ended) on the given
// weekdays, counting `placements` (the group's, with a change already applied). Child absences do
// not free a place: a place is taken by the agreement, not by the day's attendance.
std::optional<CapacityBreach> firstCapacityBreach(const Group &group, const QList<Placement> &placements,
                                                  const QDate &from, const QDate &to, WeekdayMask weekdays);

// "Monday: 5 children in youth-care seats at 08:00, the group keeps 4", with the date when the
// breach is not in the first week of `since`.
QString describeBreach(const CapacityBreach &breach, const QDate &since);

} // namespace samenplan::planning
