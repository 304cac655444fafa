#include "placement/earliestfit.h"

#include <set>

namespace samenplan::planning {

FitAnswer earliestFit(const PlacementContext &stored, const Placement &wish, const QDate &from, const QDate &until)
{
    FitAnswer answer;
    if (!stored.group || !stored.child || !from.isValid() || until < from)
        return answer;
    std::set<QDate> tries{from};
    auto consider = [&](const QDate &date) {
        if (date.isValid() && date > from && date <= until)
            tries.insert(date);
    };
    for (const Placement &placement : stored.groupPlacements)
        consider(placement.end.isValid() ? placement.end.addDays(1) : QDate());
    for (const Placement &placement : stored.childPlacements)
        consider(placement.end.isValid() ? placement.end.addDays(1) : QDate());
    consider(stored.child->birthDate.addMonths(stored.group->minAgeMonths));
    consider(stored.child->birthDate); // an expected baby: from its birth
    for (const Referral &referral : stored.childReferrals)
        consider(referral.start);

    for (const QDate &date : tries) {
        PlacementProposal proposal;
        proposal.placement = wish;
        proposal.placement.id = NoId;
        proposal.placement.start = date;
        proposal.placement.end = QDate();
        const Outcome outcome = checkPlacement(stored, proposal);
        if (outcome.allowed()) {
            answer.earliest = date;
            return answer;
        }
        if (date == from)
            answer.reason = outcome.reason();
        // Too old for the group now means too old later too.
        const bool tooOld = stored.child->birthDate.isValid()
            && ageInMonths(stored.child->birthDate, date) >= stored.group->maxAgeMonths;
        if (tooOld)
            break;
    }
    return answer;
}

} // namespace samenplan::planning
