#pragma once
// What the wall print of a location's week shows, before any painting: one row per person who
// works at the location that week (grouped by the group they work on most), per day the shifts as
// time bars with their breaks, and the times they are absent ("absent", never why); a time axis
// from the earliest opening or shift to the latest closing, in whole hours; a look per group (a
// colour and a hatch, so the print reads in black and white too).

#include "domain/entities.h"
#include "util/clock.h"

#include <QColor>
#include <QList>

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace report {

// A fill that survives a black-and-white printer: drawn over the group's colour.
enum class Hatch { None, Diagonal, Horizontal, BackDiagonal, Cross, Vertical, Dots, DiagonalCross };

// The colour of the index-th group (repeating after eight): the wall print's, so that a group looks
// the same on paper, in the day timeline and in the overview's and forecast's charts.
QColor groupColour(int index);

struct GroupLook {
    Id groupId = NoId;
    QString name;
    QColor colour;
    Hatch hatch = Hatch::None;
};

struct WallBar {
    Id groupId = NoId; // NoId: off the floor
    TimeRange hours;
    QList<TimeRange> breaks;
};

struct WallDay {
    QList<WallBar> bars;
    QList<TimeRange> absent; // parts of the day the person is away
    bool absentAllDay = false;
};

struct WallRow {
    Id staffId = NoId;
    QString name;
    Id mainGroupId = NoId; // the group with most of the week's minutes (NoId: off the floor only)
    QList<WallDay> days;   // one per printed day
    int workedMinutes = 0;
};

struct WallPage {
    Location location;
    IsoWeek week;
    QList<int> days;   // weekdays printed, 1 = Monday
    TimeRange axis;    // whole hours
    QList<GroupLook> groups; // the location's groups, in order
    QList<WallRow> rows;     // by main group (the groups' order, off the floor last), then by name
    bool anyOffFloor = false;
    bool anyAbsence = false;

    const GroupLook *look(Id groupId) const;
};

// One page per location of the data (or only onlyLocation) that has anyone working that week. data
// must cover the week.
QList<WallPage> wallRosterPages(const planning::PlanningData &data, const IsoWeek &week, Id onlyLocation = NoId);

} // namespace report
} // namespace samenplan
