#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>

namespace samenplan {

class Database;

// Who is placed on one day, read as a plain SELECT of that day's rows reads: the placements
// running on the date with hours on its weekday, each with only those hours, and their children's
// birth dates (no names, contact details or notes: a day's occupancy names a few children in its
// warnings and reads those names itself, ChildRepository::displayNames; nothing of a child the
// user may not read, whose placement still counts).
// Beside them, every placement in the date's week of the children placed in more than one group
// that week (at most two groups a week), without days, unless it is one of the day's.
struct DayPlacements {
    QList<Placement> placements; // by start date and id, the order PlacementRepository gives
    QHash<Id, Child> children;

    static DayPlacements read(const Database &db, const QDate &date);
};

} // namespace samenplan
