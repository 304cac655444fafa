#include "roster/ratioitems.h"

#include <QCoreApplication>

namespace samenplan::roster {
namespace {

class CheckText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::roster::CheckText)
};

bool belowHalf(const rules::DeviationSpan &span)
{
    return span.required > 0 && span.present < (span.required + 1) / 2;
}

} // namespace

void appendRatioItems(const rules::DeviationResult &result, Id groupId, const QDate &date, QList<Violation> &out)
{
    for (const TimeRange &range : result.notAllowedRanges)
        out.append({rule::Ratio, Severity::Violation, groupId, NoId, NoId, date, range, -1, -1, false,
                    CheckText::tr("Too many children for one group from %1 to %2.").arg(formatMinutes(range.from), formatMinutes(range.to))});
    for (const rules::DeviationSpan &span : rules::spansOf(result.timeSlots, &rules::DeviationSlot::below)) {
        // The three-hour rule covers a shortfall only while the day's allowance lasts and at least
        // half the requirement is there (rules.md 5).
        const bool covered = !result.allowanceExceeded && !belowHalf(span);
        const QString from = formatMinutes(span.time.from);
        const QString to = formatMinutes(span.time.to);
        out.append({rule::Ratio, covered ? Severity::Allowed : Severity::Violation, groupId, NoId, NoId, date, span.time,
                    span.required, span.present, covered,
                    covered ? CheckText::tr("%1 of %2 professionals from %3 to %4, within the three-hour rule.")
                                  .arg(span.present).arg(span.required).arg(from, to)
                            : CheckText::tr("%1 of %2 professionals from %3 to %4.").arg(span.present).arg(span.required).arg(from, to)});
    }
    if (result.allowanceExceeded)
        out.append({rule::DeviationBudget, Severity::Violation, groupId, NoId, NoId, date, std::nullopt, -1, -1, false,
                    CheckText::tr("Below the staff-child ratio for %1 minutes; the day allows %2.")
                        .arg(result.minutesBelow).arg(result.allowanceMinutes)});
    for (const rules::DeviationSpan &span : rules::spansOf(result.timeSlots, &rules::DeviationSlot::belowHalf))
        out.append({rule::BelowHalf, Severity::Violation, groupId, NoId, NoId, date, span.time, span.required, span.present, false,
                    CheckText::tr("Only %1 of %2 professionals from %3 to %4: fewer than half is never allowed.")
                        .arg(span.present).arg(span.required).arg(formatMinutes(span.time.from), formatMinutes(span.time.to))});
}

} // namespace samenplan::roster
