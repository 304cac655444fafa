#include "roster/rostercheck.h"

#include "coaching/coachingcheck.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "rules/deviation.h"
#include "rules/fixedfaces.h"
#include "rules/staffratio.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace samenplan::roster {
namespace {

class CheckText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::roster::CheckText)
};

// Ratio, three-hour rule, youth-care presence and trainees for one group on one day; returns the
// professionals the group needs that day (the highest slot), for the fixed-faces check.
// The out-of-school group that reports the location's pooled ratio (the first one), so the
// location's shortfall is listed once.
bool reportsRatio(const planning::PlanningData &data, const Group &group, const QDate &date)
{
    if (group.careType != CareType::OutOfSchool || date < rules::OutOfSchoolPerLocationFrom)
        return true;
    for (const Group &other : data.groups) {
        if (other.locationId == group.locationId && other.careType == CareType::OutOfSchool)
            return other.id == group.id;
    }
    return true;
}

int checkGroupDay(const planning::PlanningData &data, const Group &group, const QDate &date, QList<Violation> &out)
{
    const auto analysis = groupDayDeviation(data, group, date);
    if (!analysis)
        return 0;
    rules::DeviationResult result = *analysis;
    if (!reportsRatio(data, group, date)) {
        // Another out-of-school group of the location reports the pooled ratio.
        result.notAllowedRanges.clear();
        result.belowRanges.clear();
        result.belowHalfRanges.clear();
        result.allowanceExceeded = false;
    }
    const QList<planning::ChildPresence> children = data.childrenPresent(group.id, date);
    const QList<planning::StaffPresence> staff = data.staffPresent(group.id, date);
    auto span = [&](const TimeRange &range, int *required, int *present) {
        *required = 0;
        *present = 1 << 20;
        for (const rules::DeviationSlot &slot : result.timeSlots) {
            if (range.contains(slot.time.from)) {
                *required = std::max(*required, slot.required);
                *present = std::min(*present, slot.present);
            }
        }
    };
    for (const TimeRange &range : result.notAllowedRanges)
        out.append({rule::Ratio, group.id, NoId, NoId, date, range, -1, -1, false,
                    CheckText::tr("Too many children for one group from %1 to %2.").arg(formatMinutes(range.from), formatMinutes(range.to))});
    for (const TimeRange &range : result.belowRanges) {
        Violation v{rule::Ratio, group.id, NoId, NoId, date, range, 0, 0, !result.allowanceExceeded, {}};
        span(range, &v.required, &v.present);
        v.message = v.withinAllowance
            ? CheckText::tr("%1 of %2 professionals from %3 to %4, within the three-hour rule.")
                  .arg(v.present).arg(v.required).arg(formatMinutes(range.from), formatMinutes(range.to))
            : CheckText::tr("%1 of %2 professionals from %3 to %4.")
                  .arg(v.present).arg(v.required).arg(formatMinutes(range.from), formatMinutes(range.to));
        out.append(v);
    }
    if (result.allowanceExceeded)
        out.append({rule::DeviationBudget, group.id, NoId, NoId, date, std::nullopt, -1, -1, false,
                    CheckText::tr("Below the staff-child ratio for %1 minutes; the day allows %2.")
                        .arg(result.minutesBelow).arg(result.allowanceMinutes)});
    for (const TimeRange &range : result.belowHalfRanges) {
        Violation v{rule::BelowHalf, group.id, NoId, NoId, date, range, 0, 0, false, {}};
        span(range, &v.required, &v.present);
        v.message = CheckText::tr("Only %1 of %2 professionals from %3 to %4: fewer than half is never allowed.")
                        .arg(v.present).arg(v.required).arg(formatMinutes(range.from), formatMinutes(range.to));
        out.append(v);
    }

    // A youth-care pedagogue on the group for the set time when youth-care children attend.
    const bool youthCareChildren = std::any_of(children.begin(), children.end(), [](const auto &c) { return c.youthCare; });
    if (youthCareChildren && group.youthCarePresenceMinutes > 0) {
        int minutes = 0;
        for (const planning::StaffPresence &member : staff) {
            const Staff *person = data.staffMember(member.staffId);
            if (person && person->role == StaffRole::YouthCarePedagogue) {
                for (const TimeRange &range : member.onFloor)
                    minutes += range.minutes();
            }
        }
        if (minutes < group.youthCarePresenceMinutes)
            out.append({rule::YouthCarePresence, group.id, NoId, NoId, date, std::nullopt, -1, -1, false,
                        CheckText::tr("Youth-care children attend, but a youth-care pedagogue is on the group for %1 of "
                                      "the %2 minutes set.").arg(minutes).arg(group.youthCarePresenceMinutes)});
    }

    // A trainee needs a qualified colleague on the group that day.
    QList<const planning::StaffPresence *> trainees;
    bool qualified = false;
    for (const planning::StaffPresence &member : staff) {
        const Staff *person = data.staffMember(member.staffId);
        if (!person)
            continue;
        if (person->role == StaffRole::Trainee)
            trainees.append(&member);
        else if (person->role == StaffRole::Pedagogue)
            qualified = true;
    }
    if (!qualified) {
        for (const planning::StaffPresence *trainee : std::as_const(trainees))
            out.append({rule::TraineeAlone, group.id, trainee->staffId, trainee->shiftId, date, std::nullopt, -1, -1, false,
                        CheckText::tr("%1 is in training and no qualified pedagogue works on the group that day.")
                            .arg(data.staffMember(trainee->staffId)->name)});
    }

    int required = 0;
    for (const rules::DeviationSlot &slot : result.timeSlots)
        required = std::max(required, slot.required);
    return required;
}

void checkFixedFaces(const planning::PlanningData &data, const QList<FixedFace> &fixedFaces, const IsoWeek &week,
                     const QHash<QPair<Id, QDate>, int> &required, QList<Violation> &out)
{
    QHash<Id, QList<Id>> facesOf;
    for (const FixedFace &face : fixedFaces)
        facesOf[face.childId].append(face.staffId);
    for (const Group &group : data.groups) {
        if (group.careType == CareType::OutOfSchool)
            continue;
        QHash<Id, rules::FixedFacesInput> inputs;
        QList<Id> order;
        for (int day = 1; day <= 7; ++day) {
            const QDate date = week.day(day);
            QList<Id> onGroup;
            for (const planning::StaffPresence &member : data.staffPresent(group.id, date))
                onGroup.append(member.staffId);
            for (const planning::ChildPresence &child : data.childrenPresent(group.id, date)) {
                if (!inputs.contains(child.childId)) {
                    order.append(child.childId);
                    inputs[child.childId].ageYears = child.ageYears;
                    inputs[child.childId].fixedFaces = facesOf.value(child.childId);
                }
                inputs[child.childId].days.append({date, required.value({group.id, date}), onGroup});
            }
        }
        for (Id childId : std::as_const(order)) {
            const rules::FixedFacesResult result = rules::checkFixedFaces(inputs.value(childId));
            if (!result.violation())
                continue;
            const QString name = data.children.value(childId).displayName();
            out.append({rule::FixedFaces, group.id, NoId, NoId,
                        result.daysWithoutFixedFace.isEmpty() ? QDate() : result.daysWithoutFixedFace.first(), std::nullopt,
                        -1, -1, false, QStringLiteral("%1: %2").arg(name, result.explanation)});
        }
    }
}

void checkStaff(const planning::PlanningData &data, QList<Violation> &out)
{
    QHash<Id, int> minutes;
    for (int i = 0; i < data.shifts.size(); ++i) {
        const Shift &shift = data.shifts.at(i);
        minutes[shift.staffId] += shift.workedMinutes();
        const Staff *person = data.staffMember(shift.staffId);
        const QString name = person ? person->name : QString();
        for (int j = i + 1; j < data.shifts.size(); ++j) {
            const Shift &other = data.shifts.at(j);
            if (other.staffId == shift.staffId && other.date == shift.date && other.hours.overlaps(shift.hours)) {
                const TimeRange overlap{std::max(shift.hours.from, other.hours.from), std::min(shift.hours.to, other.hours.to)};
                out.append({rule::DoubleBooking, shift.groupId, shift.staffId, other.id, shift.date, overlap, -1, -1, false,
                            CheckText::tr("%1 has two shifts at once from %2 to %3.")
                                .arg(name, formatMinutes(overlap.from), formatMinutes(overlap.to))});
            }
        }
        if (data.staffAbsentAt(shift.staffId, shift.date, shift.hours))
            out.append({rule::Absence, shift.groupId, shift.staffId, shift.id, shift.date, shift.hours, -1, -1, false,
                        CheckText::tr("%1 is rostered during a registered absence.").arg(name)});
    }
    for (const Staff &person : data.staff) {
        const int worked = minutes.value(person.id);
        if (person.contractMinutesPerWeek > 0 && worked > person.contractMinutesPerWeek)
            out.append({rule::ContractHours, NoId, person.id, NoId, QDate(), std::nullopt, -1, -1, false,
                        CheckText::tr("%1 is rostered %2 hours against a contract of %3.")
                            .arg(person.name, QLocale().toString(worked / 60.0, 'f', 1),
                                 QLocale().toString(person.contractMinutesPerWeek / 60.0, 'f', 1))});
    }
}

} // namespace

std::optional<rules::DeviationResult> groupDayDeviation(const planning::PlanningData &data, const Group &group,
                                                        const QDate &date)
{
    const Location *location = data.location(group.locationId);
    const auto opening = location ? location->hoursOn(date.dayOfWeek()) : std::nullopt;
    if (!opening)
        return std::nullopt;
    // Out-of-school care since 1 July 2024: the ratio holds over the location's out-of-school groups
    // together (rules.md 4.2), so their children and staff are pooled.
    QList<Id> pooled{group.id};
    if (group.careType == CareType::OutOfSchool && date >= rules::OutOfSchoolPerLocationFrom) {
        pooled.clear();
        for (const Group &other : data.groups) {
            if (other.locationId == group.locationId && other.careType == CareType::OutOfSchool)
                pooled.append(other.id);
        }
    }
    QList<planning::ChildPresence> children;
    QList<planning::StaffPresence> staff;
    for (Id id : std::as_const(pooled)) {
        children += data.childrenPresent(id, date);
        staff += data.staffPresent(id, date);
    }
    if (children.isEmpty() && staff.isEmpty())
        return std::nullopt;
    rules::DeviationInput input;
    input.careType = group.careType;
    input.date = date;
    input.opening = *opening;
    input.schoolDay = date.dayOfWeek() <= 5;
    for (const planning::ChildPresence &child : children)
        input.children.append({child.ageYears, child.hours});
    for (const planning::StaffPresence &member : staff) {
        if (member.countsForRatio)
            input.staff.append(member.onFloor);
    }
    return rules::analyseDeviation(input);
}

QList<Violation> checkWeek(const planning::PlanningData &data, const QList<FixedFace> &fixedFaces, const IsoWeek &week)
{
    QList<Violation> out;
    QHash<QPair<Id, QDate>, int> required;
    for (int day = 1; day <= 7; ++day) {
        const QDate date = week.day(day);
        for (const Group &group : data.groups)
            required.insert({group.id, date}, checkGroupDay(data, group, date, out));
    }
    checkFixedFaces(data, fixedFaces, week, required, out);
    checkStaff(data, out);
    out += coaching::checkCoaching(data, week);
    return out;
}

} // namespace samenplan::roster
