#pragma once
// How full the groups are in the coming months (issue #16): per group and month, for each weekday
// the location opens, the average and the peak over that month's open dates (closing days and the
// public holidays the location closes on left out) of the regular children and
// of the youth-care seats taken at one moment, the places and seats free at the peak, the staff the
// children present require at the busiest quarter hour, the waiting list's demand, and the children
// who leave the group that month and why. Counted from the places taken as the change layer counts
// them (placement/capacity.h): a child stops counting when its placement ends, the day before it
// leaves the group's age range, and in a youth-care seat when its trajectory ends.

#include "capacity/capacitydata.h"

namespace samenplan::capacity {

struct WeekdayForecast {
    int weekday = 1;            // 1 = Monday
    double regularAverage = 0;  // the mean, over the month's dates of this weekday, of the day's peak
    int regularPeak = 0;        // the most regular children at one moment on any of those dates
    int regularPlaces = 0;      // the group's maximum minus its seats
    double youthCareAverage = 0;
    int youthCarePeak = 0;      // the most children in youth-care seats at one moment
    int youthCareSeats = 0;
    int requiredStaffPeak = 0;  // the most professionals the children present require (rules/staffratio.h)
    int waiting = 0;            // waiting-list entries that want this group on this weekday by this month
};

enum class LeavingReason {
    Age,           // the day before the child leaves the group's age range
    PlacementEnd,  // the placement's end date
    TrajectoryEnd, // a youth-care seat whose referral ends first: youth-care information
};
QString leavingReasonCode(LeavingReason reason); // "age", "placement-end", "trajectory-end"

struct Leaving {
    Id childId = NoId;
    QString name;
    QDate lastDay;
    LeavingReason reason = LeavingReason::PlacementEnd;
};

struct MonthForecast {
    QDate month; // its first day
    QList<WeekdayForecast> weekdays;
    QList<Leaving> leaving; // by last day; a child who stays on in the group under a new placement is not leaving
};

struct GroupForecast {
    Id groupId = NoId;
    QString group;
    QString location;
    QList<MonthForecast> months;
};

// Per group in the groups' order (only those in onlyGroups when given), the months from firstMonth's
// month on.
QList<GroupForecast> forecast(const CapacityData &data, const QDate &firstMonth, int months, const QList<Id> &onlyGroups = {});

} // namespace samenplan::capacity
