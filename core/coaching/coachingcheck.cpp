#include "coaching/coachingcheck.h"

#include "planning/planningdata.h"
#include "roster/groupday.h"
#include "rules/deviation.h"

#include <QCoreApplication>

namespace samenplan::coaching {
namespace {

class CoachingText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::coaching::CoachingText)
};

bool rosteredOn(const planning::PlanningData &data, Id staffId, Id groupId, const QDate &date, const TimeRange &time)
{
    for (const planning::StaffPresence &presence : data.staffPresent(groupId, date)) {
        if (presence.staffId != staffId)
            continue;
        for (const TimeRange &range : presence.onFloor) {
            if (range.from <= time.from && time.to <= range.to)
                return true;
        }
    }
    return false;
}

QString coachName(const planning::PlanningData &data, const CoachingSession &session)
{
    if (const Staff *coach = data.staffMember(session.coachStaffId))
        return coach->name;
    return CoachingText::tr("the coach");
}

// The group's day with the coachees off the floor during the session.
void checkRatioWithoutCoachees(const planning::PlanningData &data, const CoachingSession &session, const Group &group,
                               QList<roster::Violation> &out)
{
    const auto result = roster::groupDayDeviation(data, group, session.date, {session.coacheeIds, session.hours});
    if (!result)
        return;
    bool broken = false;
    for (const rules::DeviationSlot &slot : result->timeSlots) {
        if (slot.time.overlaps(session.hours) && (slot.belowHalf() || (slot.below() && result->allowanceExceeded)))
            broken = true;
    }
    if (broken)
        out.append({rule::Ratio, Severity::Violation, group.id, NoId, NoId, session.date, session.hours, -1, -1, false,
                    CoachingText::tr("With the pedagogues off the floor for coaching, %1 falls below the staff-child "
                                     "ratio beyond what the three-hour rule allows.").arg(group.name)});
}

} // namespace

QList<roster::Violation> checkCoaching(const planning::PlanningData &data, const IsoWeek &week)
{
    QList<roster::Violation> out;
    QList<CoachingSession> sessions;
    for (const CoachingSession &session : data.coachingSessions) {
        if (session.status != CoachingStatus::Cancelled && session.date >= week.monday() && session.date <= week.day(7))
            sessions.append(session);
    }
    for (int i = 0; i < sessions.size(); ++i) {
        const CoachingSession &session = sessions.at(i);
        const Group *group = data.group(session.groupId);
        const Location *location = group ? data.location(group->locationId) : nullptr;
        if (location && (!location->hoursOn(session.date.dayOfWeek()) || data.calendar.closed(*location, session.date)))
            out.append({rule::ClosedDay, Severity::Violation, session.groupId, NoId, NoId, session.date, session.hours, -1, -1, false,
                        CoachingText::tr("A coaching session is planned on a day %1 is closed.").arg(location->name)});
        if (group && !session.offFloor) {
            for (Id coachee : session.coacheeIds) {
                if (!rosteredOn(data, coachee, group->id, session.date, session.hours)) {
                    const Staff *person = data.staffMember(coachee);
                    out.append({rule::OffRoster, Severity::Violation, group->id, coachee, NoId, session.date, session.hours, -1, -1, false,
                                CoachingText::tr("%1 is coached on %2 but not rostered there at that time.")
                                    .arg(person ? person->name : QString(), group->name)});
                }
            }
        }
        if (group && session.offFloor)
            checkRatioWithoutCoachees(data, session, *group, out);
        // The coach in two places: two sessions at once, or on a group's floor during the session.
        for (int j = i + 1; j < sessions.size(); ++j) {
            const CoachingSession &other = sessions.at(j);
            const bool sameCoach = (session.coachStaffId != NoId && session.coachStaffId == other.coachStaffId)
                || (session.externalCoachId != NoId && session.externalCoachId == other.externalCoachId);
            if (sameCoach && other.date == session.date && other.hours.overlaps(session.hours))
                out.append({rule::CoachDoubleBooked, Severity::Violation, session.groupId, session.coachStaffId, NoId, session.date,
                            TimeRange{std::max(session.hours.from, other.hours.from), std::min(session.hours.to, other.hours.to)},
                            -1, -1, false, CoachingText::tr("%1 has two coaching sessions at once.").arg(coachName(data, session))});
        }
        if (session.coachStaffId != NoId) {
            for (const Shift &shift : data.shifts) {
                if (shift.staffId == session.coachStaffId && shift.date == session.date && shift.groupId != NoId
                    && shift.groupId != session.groupId && shift.hours.overlaps(session.hours))
                    out.append({rule::CoachDoubleBooked, Severity::Violation, shift.groupId, session.coachStaffId, shift.id, session.date,
                                session.hours, -1, -1, false,
                                CoachingText::tr("%1 is rostered on another group during the coaching session.")
                                    .arg(coachName(data, session))});
            }
        }
    }
    return out;
}

} // namespace samenplan::coaching
