#pragma once
// The staff-child ratio (beroepskracht-kindratio, BKR) of the Besluit kwaliteit kinderopvang,
// Bijlage 1, as rules.md section 4 describes it. Integer arithmetic only; every answer names its
// rule set and says in one sentence why.

#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samenplan::rules {

// Stable codes of the rule sets (they appear in JSON output; never translated). When a rule is
// corrected, its code changes with it, so results can always be traced to the rule that made them.
inline const QString DayCareRuleSet = QStringLiteral("dagopvang-tabel1-2019");
inline const QString OutOfSchoolGroupRuleSet = QStringLiteral("bso-tabel2-basisgroep-2019");
inline const QString OutOfSchoolLocationRuleSet = QStringLiteral("bso-locatie-2024");
// Out-of-school care counts per location from this date (Staatsblad 2024, 64).
inline const QDate OutOfSchoolPerLocationFrom{2024, 7, 1};

struct RatioResult {
    bool valid = true;  // false: no column of the table allows this group
    int required = 0;   // professionals needed; 0 when not valid
    QString ruleset;
    QString explanation;
};

// Whether to write the explanation: a check that runs the ratio for every quarter hour of every
// group day needs only the numbers.
enum class Explain { Yes, No };

// Day care and pre-school groups: ages in completed years, each 0 to 3.
RatioResult dayCareRatio(const QList<int> &ages, Explain explain = Explain::Yes);
// Out-of-school care: ages in completed years, each 4 to 12. Before 2024-07-01 per basisgroep
// (table 2), from then on over all children present at the location.
RatioResult outOfSchoolRatio(const QList<int> &ages, const QDate &date, Explain explain = Explain::Yes);
// Chooses by care type (pre-school groups use the day-care table).
RatioResult staffRatio(CareType careType, const QList<int> &ages, const QDate &date, Explain explain = Explain::Yes);

// The ages a setting accepts, for input checks: day care 0-3, out-of-school care 4-12.
int minimumAge(CareType careType);
int maximumAge(CareType careType);

// rules.md 4.1 step 2, the baby formula, as an exact integer: ceil((48a + 24b + 20c + 15d) / 144).
int babyFormula(int aged0, int aged1, int aged2, int aged3);

} // namespace samenplan::rules
