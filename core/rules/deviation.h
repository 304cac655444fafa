#pragma once
// The three-hour rule (drie-uursregeling, rules.md section 5): over one day, per slot of 15
// minutes, how many professionals the children present require and how many counting professionals
// are on the floor; the minutes below the ratio against the day's allowance; and every moment
// below half the requirement, which is never allowed.

#include "domain/types.h"
#include "util/clock.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samenplan::rules {

inline const QString DeviationRuleSet = QStringLiteral("drie-uursregeling-2019");

struct PresentChild {
    int ageYears = 0;
    TimeRange hours;
};

struct DeviationInput {
    CareType careType = CareType::DayCare; // out-of-school: children of the location (since 2024-07-01)
    QDate date;
    TimeRange opening;          // the location's opening hours that day
    bool schoolDay = true;      // out-of-school care: a school day gets half an hour
    QList<PresentChild> children;
    QList<QList<TimeRange>> staff; // per counting professional: on the floor (breaks removed)
    int slotMinutes = 15;
};

struct DeviationSlot {
    TimeRange time;
    int children = 0;
    int required = 0;
    int present = 0;
    bool allowed = true;     // false: the group of that moment is not allowed at all
    bool below() const { return present < required; }
    bool belowHalf() const { return required > 0 && present < (required + 1) / 2; }
};

// A run of consecutive slots in which neither the required nor the present count changes.
struct DeviationSpan {
    TimeRange time;
    int required = 0;
    int present = 0;
    bool operator==(const DeviationSpan &) const = default;
};

struct DeviationResult {
    QList<DeviationSlot> timeSlots;
    int allowanceMinutes = 0;
    int minutesBelow = 0;
    bool allowanceExceeded = false;
    QList<TimeRange> belowRanges;      // merged runs of slots below the ratio
    QList<TimeRange> belowHalfRanges;  // merged runs below half: always a violation
    QList<TimeRange> notAllowedRanges; // merged runs where the group itself is not allowed
    QString ruleset;
    QString explanation;

    bool violation() const
    {
        return allowanceExceeded || !belowHalfRanges.isEmpty() || !notAllowedRanges.isEmpty();
    }
};

// The allowance below the ratio for a day: rules.md 5.
int deviationAllowance(CareType careType, const TimeRange &opening, bool schoolDay);

// The runs of slots for which `picked` holds (for example &DeviationSlot::below), a new run
// wherever the required or the present count changes, so each span's numbers hold throughout it.
QList<DeviationSpan> spansOf(const QList<DeviationSlot> &slots, bool (DeviationSlot::*picked)() const);

// A child counts in a slot when present during any part of it; a professional counts only when on
// the floor for the whole slot (the inspector's reading: breaks included, arrivals and departures
// exact).
DeviationResult analyseDeviation(const DeviationInput &input);

} // namespace samenplan::rules
