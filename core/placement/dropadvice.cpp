#include "placement/dropadvice.h"

#include <QCoreApplication>
#include <QLocale>

#include <set>

namespace samenplan::planning {
namespace {

class DropText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::planning::DropText)
};

PlacementProposal withDays(const PlacementProposal &wish, const QList<PlacementDay> &days)
{
    PlacementProposal trial = wish;
    trial.placement.days = days;
    return trial;
}

PlacementProposal startingOn(const PlacementProposal &wish, const QDate &start)
{
    PlacementProposal trial = wish;
    trial.placement.start = start;
    if (wish.placement.end.isValid() && wish.placement.end < start)
        trial.placement.end = QDate();
    return trial;
}

// The wished days that fit together from the wish's start, in weekday order, and why the others do not.
QList<PlacementDay> daysThatFit(const PlacementContext &stored, const PlacementProposal &wish, QList<Finding> *leftOut)
{
    QList<PlacementDay> kept;
    for (const PlacementDay &day : wish.placement.days) {
        QList<PlacementDay> trial = kept;
        trial.append(day);
        const Outcome together = checkPlacement(stored, withDays(wish, trial));
        if (together.allowed()) {
            kept = trial;
            continue;
        }
        if (leftOut) {
            const Outcome alone = checkPlacement(stored, withDays(wish, {day}));
            Finding why = alone.allowed() ? together.refusals.first() : alone.refusals.first();
            why.field = QStringLiteral("days");
            leftOut->append(why);
        }
    }
    return kept;
}

// The dates after the wish's start on which what the rules read changes: a day after a placement of
// the group or the child ends, a referral's start.
std::set<QDate> changeDates(const PlacementContext &stored, const QDate &after, const QDate &until)
{
    std::set<QDate> dates;
    auto consider = [&](const QDate &date) {
        if (date.isValid() && date > after && date <= until)
            dates.insert(date);
    };
    for (const Placement &p : stored.groupPlacements)
        if (p.end.isValid())
            consider(p.end.addDays(1));
    for (const Placement &p : stored.childPlacements)
        if (p.end.isValid())
            consider(p.end.addDays(1));
    for (const Referral &r : stored.childReferrals)
        consider(r.start);
    return dates;
}

} // namespace

bool refusedOutright(const Outcome &verdict)
{
    for (const Finding &refusal : verdict.refusals) {
        const QString &rule = refusal.rule;
        if (rule == doorrule::AgeRange || rule == doorrule::Expected || rule == doorrule::Archived
            || rule == doorrule::Duplicate || rule == doorrule::NotFound || rule == doorrule::TextLength
            || (rule == doorrule::Record && refusal.field != QLatin1String("days"))
            || (rule == doorrule::SecondGroup && refusal.field == QLatin1String("group")))
            return true;
    }
    return false;
}

DropAdvice adviseDrop(const PlacementContext &stored, const PlacementProposal &wish, int horizonDays)
{
    DropAdvice advice;
    advice.proposal = wish;
    advice.verdict = checkPlacement(stored, wish);
    if (advice.verdict.allowed()) {
        advice.kind = DropAdvice::Kind::Allowed;
        return advice;
    }
    if (refusedOutright(advice.verdict) || wish.placement.days.isEmpty() || !wish.placement.start.isValid())
        return advice;

    // The earliest later date on which all the wished days fit.
    const std::set<QDate> dates = changeDates(stored, wish.placement.start, wish.placement.start.addDays(horizonDays));
    for (const QDate &date : dates) {
        if (checkPlacement(stored, startingOn(wish, date)).allowed()) {
            advice.allDaysFrom = date;
            break;
        }
    }

    QList<Finding> leftOut;
    const QList<PlacementDay> kept = daysThatFit(stored, wish, &leftOut);
    if (!kept.isEmpty()) {
        advice.kind = DropAdvice::Kind::Partial;
        advice.proposal = withDays(wish, kept);
        advice.leftOut = leftOut;
        return advice;
    }
    // No day fits from the wished start: say why, and start later.
    Finding why = advice.verdict.refusals.first();
    why.message = DropText::tr("From %1: %2").arg(QLocale().toString(wish.placement.start, QLocale::ShortFormat), why.message);
    advice.leftOut = {why};
    if (advice.allDaysFrom.isValid()) {
        advice.kind = DropAdvice::Kind::Later;
        advice.proposal = startingOn(wish, advice.allDaysFrom);
        return advice;
    }
    // Not all of them ever: the first date on which some of them fit.
    for (const QDate &date : dates) {
        QList<Finding> later;
        const QList<PlacementDay> some = daysThatFit(stored, startingOn(wish, date), &later);
        if (!some.isEmpty()) {
            advice.kind = DropAdvice::Kind::Later;
            advice.proposal = withDays(startingOn(wish, date), some);
            advice.leftOut += later;
            return advice;
        }
    }
    return advice;
}

} // namespace samenplan::planning
