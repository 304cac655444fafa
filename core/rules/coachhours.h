#pragma once
// Coach hours of the pedagogisch beleidsmedewerker (rules.md section 8): the yearly minimum for an
// organisation, and which pedagogues had no coaching in the year.

#include "domain/types.h"

#include <QList>
#include <QString>

namespace samenplan::rules {

inline const QString CoachHoursRuleSet = QStringLiteral("coachuren-2019");
inline constexpr int MinutesPerFte = 36 * 60; // 1 FTE = 36 hours a week

struct CoachHoursInput {
    int registeredLocations = 0;     // LRK numbers
    // Weekly contract minutes on 1 January of each pedagogical professional employed by the
    // organisation itself (staff employed by a youth-care provider are left out by the caller;
    // flexible staff at their average of the last three months).
    QList<int> pedagogueWeeklyMinutes;
    int preschoolChildren = 0;       // children receiving VE on 1 January, all locations together
};

struct CoachHoursResult {
    int requiredMinutes = 0; // rounded up to whole minutes
    int fteHundredths = 0;   // FTE x 100, rounded down, for display
    QString ruleset;
    QString explanation;
    double requiredHours() const { return requiredMinutes / 60.0; }
};

// 50 h per location + 10 h per FTE + 10 h per VE child.
CoachHoursResult requiredCoachHours(const CoachHoursInput &input);

struct CoachingReceived {
    Id staffId = NoId;
    int minutes = 0; // coaching held in the year
};

// The pedagogues of the list who received no coaching at all.
QList<Id> pedagoguesWithoutCoaching(const QList<CoachingReceived> &received);

} // namespace samenplan::rules
