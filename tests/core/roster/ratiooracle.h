#pragma once
// An independent count, for property tests, of what the staff-child ratio items must say: per
// quarter hour of a group's day (or of a location's out-of-school groups together), the children
// present from their placements' hours, the professionals required for them (rules.md 4.1 and 4.2,
// written out again here from the text, not taken from core/rules), and the counting
// professionals on the floor for the whole quarter from the shifts, their breaks and absences.
// It reads only the plain records of a RandomWeek; it calls nothing of the code it checks.

#include "randomweek.h"

#include <optional>

struct ExpectedSlot {
    samenplan::TimeRange time;
    bool allowed = true; // false: no column of table 1 allows the children present
    int required = 0;
    int present = 0;
    bool below() const { return allowed && present < required; }
    bool belowHalf() const { return allowed && required > 0 && 2 * present < required; }
};

// The professionals the ages need, or nullopt when the group is not allowed.
std::optional<int> expectedRequired(samenplan::CareType care, const QList<int> &ages);

// The slots of [opening.from, opening.to) for the given groups (several only for pooled
// out-of-school groups) on the date.
QList<ExpectedSlot> expectedSlots(const RandomWeek &w, const QList<samenplan::Id> &groupIds, samenplan::CareType care,
                                  const QDate &date, const samenplan::TimeRange &opening);

// Whether the random locations are closed that day (a public day off), and whether it is a school
// day in regio midden (calendar of 2026 written out by hand).
bool expectedClosed(const QDate &date);
bool expectedSchoolDay(const QDate &date);

// Minutes below the ratio a day may have: rules.md 5.
int expectedAllowance(samenplan::CareType care, const samenplan::TimeRange &opening, const QDate &date);
