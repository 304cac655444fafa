#pragma once
// What a location manager sees first when a file opens (issue 14 item 1): for one location and
// week, the week's problems (the merged list of roster/problemlist.h, this location's only); per
// group and weekday the places taken and free (regular places and youth-care seats, counted per
// moment); the trajectories ending within six weeks of the week's Monday; the children turning 4
// (moving to out-of-school care) within three months; and the waiting list with, per wish, the
// earliest date it fits one of the location's groups.

#include "domain/entities.h"
#include "planning/planningdata.h"
#include "roster/problemlist.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

namespace capacity {
class CapacityData;
}

namespace overview {

inline constexpr int TrajectoryWarningDays = 42; // six weeks
inline constexpr int TurningFourMonths = 3;

struct DayPlaces {
    QDate date;
    bool open = false;
    int childrenPresent = 0; // the most at one moment
    int maxChildren = 0;
    int regularPresent = 0;
    int regularPlaces = 0;
    int youthCarePresent = 0;
    int youthCareSeats = 0;
    int requiredStaff = 0;

    int freeRegular() const { return regularPlaces - regularPresent; }
    int freeSeats() const { return youthCareSeats - youthCarePresent; }
};

struct GroupWeek {
    Group group;
    QList<DayPlaces> days; // Monday to Friday
};

struct EndingTrajectory {
    Referral referral;
    QString child;
    QString provider;
    QString group; // the youth-care placement's group at this location
    int daysLeft = 0; // from the week's Monday
};

struct TurningFour {
    Id childId = NoId;
    QString child;
    QDate birthday; // the fourth
    QString group;
    bool hasOutOfSchoolPlace = false; // a placement in an out-of-school group from then on
};

struct WaitingWish {
    WaitingListEntry entry;
    QString child;
    QDate birthDate;
    bool youthCare = false;        // the child has a referral that has not ended
    QString wishedGroup;                 // empty: any group
    std::optional<QDate> wishedEarliest; // when the wished group fits, within capacity::FitHorizonMonths
    std::optional<QDate> earliest;       // the earliest of any of the location's groups
    Id fitGroupId = NoId;                // ... and that group (the wished one on a tie)
    QString fitGroup;
    QString reason; // why the wished group (else the first group) does not fit at the wished start
};

struct WeekOverview {
    Location location;
    IsoWeek week;
    planning::PlanningData plan;     // the week
    QList<roster::Violation> items;  // the week's check items (every location)
    roster::ProblemList problems;    // this location's, merged
    QList<GroupWeek> groups;
    QList<EndingTrajectory> endingTrajectories; // soonest first
    QList<TurningFour> turningFour;             // soonest first
    QList<WaitingWish> waitingList;             // by priority, then wished start
};

// Throws DbError. locationId must exist.
WeekOverview loadWeekOverview(const Database &db, Id locationId, const IsoWeek &week);

// When the entry's wish fits its wished group and the earliest it fits any of the location's groups
// (capacity/entryfit.h: the same answer as `samenplan-cli fit`), from the wished start, not before
// notBefore.
WaitingWish fitWish(const capacity::CapacityData &data, const WaitingListEntry &entry, Id locationId, const QDate &notBefore);

} // namespace overview
} // namespace samenplan
