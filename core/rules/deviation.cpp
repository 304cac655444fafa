#include "rules/deviation.h"

#include "rules/rulestext.h"
#include "rules/staffratio.h"

#include <algorithm>
#include <utility>

namespace samenplan::rules {
namespace {

void appendMerged(QList<TimeRange> &ranges, const TimeRange &slot)
{
    if (!ranges.isEmpty() && ranges.last().to == slot.from)
        ranges.last().to = slot.to;
    else
        ranges.append(slot);
}

bool covers(const QList<TimeRange> &ranges, const TimeRange &slot)
{
    for (const TimeRange &range : ranges) {
        if (range.from <= slot.from && slot.to <= range.to)
            return true;
    }
    return false;
}

} // namespace

QList<DeviationSpan> spansOf(const QList<DeviationSlot> &slots, bool (DeviationSlot::*picked)() const)
{
    QList<DeviationSpan> spans;
    for (const DeviationSlot &slot : slots) {
        if (!(slot.*picked)())
            continue;
        if (!spans.isEmpty()) {
            DeviationSpan &last = spans.last();
            if (last.time.to == slot.time.from && last.required == slot.required && last.present == slot.present) {
                last.time.to = slot.time.to;
                continue;
            }
        }
        spans.append({slot.time, slot.required, slot.present});
    }
    return spans;
}

int deviationAllowance(CareType careType, const TimeRange &opening, bool schoolDay)
{
    if (careType == CareType::OutOfSchool && schoolDay)
        return 30;
    return opening.minutes() >= 10 * 60 ? 180 : 30;
}

DeviationResult analyseDeviation(const DeviationInput &input)
{
    DeviationResult result;
    result.ruleset = DeviationRuleSet;
    result.allowanceMinutes = deviationAllowance(input.careType, input.opening, input.schoolDay);
    const int step = input.slotMinutes > 0 ? input.slotMinutes : 15;
    result.timeSlots.reserve((input.opening.minutes() + step - 1) / step);
    // Most slots have the children of the slot before: their answer is the same.
    QList<int> ages, previousAges;
    RatioResult ratio;
    for (int from = input.opening.from; from < input.opening.to; from += step) {
        DeviationSlot slot;
        slot.time = TimeRange{from, std::min(from + step, input.opening.to)};
        ages.clear();
        for (const PresentChild &child : input.children) {
            if (child.hours.overlaps(slot.time))
                ages.append(child.ageYears);
        }
        slot.children = int(ages.size());
        // std::ranges::equal: QList's == hands memcmp the null data of an empty list (UBSan).
        if (from == input.opening.from || !std::ranges::equal(ages, previousAges)) {
            ratio = staffRatio(input.careType, ages, input.date, Explain::No);
            std::swap(ages, previousAges); // no copy: ages is refilled next
        }
        slot.allowed = ratio.valid;
        slot.required = ratio.required;
        for (const QList<TimeRange> &onFloor : input.staff) {
            if (covers(onFloor, slot.time))
                ++slot.present;
        }
        if (!slot.allowed)
            appendMerged(result.notAllowedRanges, slot.time);
        if (slot.below()) {
            result.minutesBelow += slot.time.minutes();
            appendMerged(result.belowRanges, slot.time);
        }
        if (slot.belowHalf())
            appendMerged(result.belowHalfRanges, slot.time);
        result.timeSlots.append(slot);
    }
    result.allowanceExceeded = result.minutesBelow > result.allowanceMinutes;
    if (!result.notAllowedRanges.isEmpty())
        result.explanation = RulesText::tr("Too many children for one group from %1.")
                                 .arg(formatMinutes(result.notAllowedRanges.first().from));
    else if (!result.belowHalfRanges.isEmpty())
        result.explanation = RulesText::tr("Fewer than half the required professionals from %1 to %2; that is never "
                                           "allowed.")
                                 .arg(formatMinutes(result.belowHalfRanges.first().from),
                                      formatMinutes(result.belowHalfRanges.first().to));
    else if (result.allowanceExceeded)
        result.explanation = RulesText::tr("Below the staff-child ratio for %1 minutes; the day allows %2.")
                                 .arg(result.minutesBelow).arg(result.allowanceMinutes);
    else if (result.minutesBelow > 0)
        result.explanation = RulesText::tr("Below the staff-child ratio for %1 of the %2 minutes the day allows.")
                                 .arg(result.minutesBelow).arg(result.allowanceMinutes);
    else
        result.explanation = RulesText::tr("The staff-child ratio is met all day.");
    return result;
}

} // namespace samenplan::rules
