#pragma once
// Occupancy of a group on a day (rules.md sections 3 and 7), counted per moment like every
// childcare place: regular children against the regular places (maximum minus reserved seats),
// youth-care children against the reserved seats, the maximum group size, and the staff-child
// ratio; plus the warnings a planner must see: a full group, seats used without a referral or by
// a regular child, a child about to leave the group's age range, a trajectory about to end, a
// child in a second group.

#include "domain/entities.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace samenplan::planning {

class PlanningData;

// Stable rule codes of occupancy warnings (they appear in JSON output; never translated).
namespace occupancyrule {
inline const QString GroupSize = QStringLiteral("group-size");
inline const QString YouthCareSeats = QStringLiteral("youth-care-seats");
inline const QString RegularPlaces = QStringLiteral("regular-places");
inline const QString SeatOverride = QStringLiteral("seat-override");
inline const QString AgeRange = QStringLiteral("age-range");
inline const QString TrajectoryEnding = QStringLiteral("trajectory-ending");
inline const QString SecondGroup = QStringLiteral("second-group");
} // namespace occupancyrule

struct OccupancyWarning {
    QString rule;
    QString message;
    Id childId = NoId;
};

struct PartOfDay {
    QString part; // "morning" or "afternoon"
    TimeRange hours;
    int required = 0;
    bool allowed = true;
};

struct GroupOccupancy {
    Id groupId = NoId;
    QString group;
    QString location;
    int regularPresent = 0;   // the most regular children at one moment
    int regularPlaces = 0;
    int youthCarePresent = 0; // the most children in reserved seats at one moment
    int youthCareSeats = 0;
    int childrenPresent = 0;  // the most children at one moment
    int maxChildren = 0;
    int requiredStaff = 0;    // the highest requirement of the day
    QList<PartOfDay> requiredByPart;
    QList<OccupancyWarning> warnings;
};

struct OccupancySettings {
    int trajectoryWarningDays = 42; // warn six weeks before a trajectory ends
    int ageRangeWarningDays = 56;   // warn eight weeks before a child outgrows the group
};

// Child::displayName() of each of the children, by child: for data whose children carry no names
// (PlanningData::loadDay), the names of those a warning is about, read once for all of them.
using ChildNames = std::function<QHash<Id, QString>(const QList<Id> &children)>;

// One entry per group of the data, in the data's order (only onlyGroup's when given). The warnings
// name children by names (when given) or by the data's child records.
QList<GroupOccupancy> occupancyOn(const PlanningData &data, const QDate &date,
                                  const OccupancySettings &settings = {}, Id onlyGroup = NoId,
                                  const ChildNames &names = {});

} // namespace samenplan::planning
