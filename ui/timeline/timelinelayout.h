#pragma once
// What the roster's day timeline shows for one date, before any painting: the time axis (the
// earliest opening to the latest closing of the locations, in whole hours), per group its shifts
// (with breaks and the times their people are away) and its three-hour-rule analysis per quarter
// hour (children present, professionals required and present), and the shifts off the floor. Also
// the rule for dragging a shift: whole quarter hours, within the day, at least a quarter hour long.

#include "domain/entities.h"
#include "rules/deviation.h"

#include <QList>

#include <optional>

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace ui {

struct TimelineBar {
    Shift shift;
    QString name;
    QList<TimeRange> absent; // parts of the shift the person is away
};

struct TimelineGroup {
    Group group;
    QList<TimelineBar> bars; // by start, then name
    std::optional<rules::DeviationResult> ratio;
};

struct TimelineDay {
    QDate date;
    TimeRange axis;
    QList<TimelineGroup> groups; // the data's groups in order
    QList<TimelineBar> offFloor;
};

TimelineDay timelineDay(const planning::PlanningData &plan, const QDate &date);

enum class DragPart { Body, Start, End };

// The shift after dragging part of it by deltaMinutes (rounded to quarter hours): the body moves the
// whole shift with its breaks, an edge stretches it; a break that no longer fits inside is dropped.
Shift draggedShift(const Shift &shift, DragPart part, int deltaMinutes);

} // namespace ui
} // namespace samenplan
