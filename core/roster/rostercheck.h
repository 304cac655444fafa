#pragma once
// The week's roster checked against the rules (rules.md sections 4.3, 5 and 6 and our product
// rules): per group and quarter hour the staff-child ratio and the three-hour rule, fixed faces,
// double bookings, hours above contract, shifts during an absence, the youth-care pedagogue's
// presence on groups with youth-care children, and trainees without a qualified colleague.
// The GUI's violations list and `samenplan-cli check` show this same list. Every item has a
// severity: a violation must be fixed, `allowed` is below a norm but within what the rules allow
// (the three-hour rule, a fixed face replaced during illness or leave), advice is worth a look.

#include "domain/entities.h"
#include "roster/groupday.h"
#include "rules/deviation.h"
#include "util/clock.h"

#include <QList>
#include <QString>

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace roster {

// Stable rule codes (JSON output; never translated).
namespace rule {
inline const QString Ratio = QStringLiteral("ratio");
inline const QString DeviationBudget = QStringLiteral("ratio-deviation-budget");
inline const QString BelowHalf = QStringLiteral("ratio-below-half");
inline const QString FixedFaces = QStringLiteral("fixed-faces");
inline const QString DoubleBooking = QStringLiteral("double-booking");
inline const QString ContractHours = QStringLiteral("contract-hours");
inline const QString Absence = QStringLiteral("absence");
inline const QString YouthCarePresence = QStringLiteral("youth-care-presence");
inline const QString TraineeAlone = QStringLiteral("trainee-alone");
inline const QString ClosedDay = QStringLiteral("closed-day");
} // namespace rule

struct Violation {
    QString rule;
    Severity severity = Severity::Violation;
    Id groupId = NoId;
    Id staffId = NoId;
    Id shiftId = NoId; // the shift concerned, to select it
    QDate date;
    std::optional<TimeRange> time;
    int required = -1; // ratio items: the numbers throughout the time
    int present = -1;
    bool withinAllowance = false; // a ratio shortfall the three-hour rule still covers
    QString message;
};

// data must cover the ISO week; fixedFaces are all assignments (StaffRepository::allFixedFaces()).
QList<Violation> checkWeek(const planning::PlanningData &data, const QList<FixedFace> &fixedFaces, const IsoWeek &week);

} // namespace roster
} // namespace samenplan
