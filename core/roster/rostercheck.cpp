#include "roster/rostercheck.h"

#include "coaching/coachingcheck.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "roster/ratioitems.h"
#include "rules/fixedfaces.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace samenplan::roster {
namespace {

class CheckText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::roster::CheckText)
};

// A youth-care pedagogue on the group for the set time when youth-care children attend.
void checkYouthCarePresence(const planning::PlanningData &data, const Group &group, const QDate &date, QList<Violation> &out)
{
    const QList<planning::ChildPresence> children = data.childrenPresent(group.id, date);
    const bool youthCareChildren = std::any_of(children.begin(), children.end(), [](const auto &c) { return c.youthCare; });
    if (!youthCareChildren || group.youthCarePresenceMinutes <= 0)
        return;
    int minutes = 0;
    for (const planning::StaffPresence &member : data.staffPresent(group.id, date)) {
        const Staff *person = data.staffMember(member.staffId);
        if (person && person->role == StaffRole::YouthCarePedagogue) {
            for (const TimeRange &range : member.onFloor)
                minutes += range.minutes();
        }
    }
    if (minutes < group.youthCarePresenceMinutes)
        out.append({rule::YouthCarePresence, Severity::Violation, group.id, NoId, NoId, date, std::nullopt, -1, -1, false,
                    CheckText::tr("Youth-care children attend, but a youth-care pedagogue is on the group for %1 of "
                                  "the %2 minutes set.").arg(minutes).arg(group.youthCarePresenceMinutes)});
}

// A trainee needs a qualified colleague on the group that day (rules.md 4.3).
void checkTrainees(const planning::PlanningData &data, const Group &group, const QDate &date, QList<Violation> &out)
{
    const QList<planning::StaffPresence> staff = data.staffPresent(group.id, date);
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
    if (qualified)
        return;
    for (const planning::StaffPresence *trainee : std::as_const(trainees))
        out.append({rule::TraineeAlone, Severity::Violation, group.id, trainee->staffId, trainee->shiftId, date, std::nullopt,
                    -1, -1, false,
                    CheckText::tr("%1 is in training and no qualified pedagogue works on the group that day.")
                        .arg(data.staffMember(trainee->staffId)->name)});
}

// The ratio items, youth-care presence and trainees of one group day; returns the professionals
// the group needs that day (the highest slot), for the fixed-faces check.
int checkGroupDay(const planning::PlanningData &data, const Group &group, const QDate &date, QList<Violation> &out)
{
    const auto analysis = groupDayDeviation(data, group, date);
    if (!analysis)
        return 0;
    if (reportsRatio(data, group, date))
        appendRatioItems(*analysis, group.id, date, out);
    checkYouthCarePresence(data, group, date, out);
    checkTrainees(data, group, date, out);
    int required = 0;
    for (const rules::DeviationSlot &slot : analysis->timeSlots)
        required = std::max(required, slot.required);
    return required;
}

bool awayIllOrOnLeave(const planning::PlanningData &data, Id staffId, const QDate &date)
{
    for (const Absence &absence : data.absences) {
        if (absence.staffId == staffId && date >= absence.start && date <= absence.end
            && (absence.kind == AbsenceKind::Sick || absence.kind == AbsenceKind::Leave))
            return true;
    }
    return false;
}

// Per day-care child over the week (rules.md 6). A child without any fixed face registered is
// advice (common right after an import); a day on which its fixed face is away ill or on leave is
// allowed; too many fixed faces or a day without one is a violation.
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
            rules::FixedFacesDay staffing{date, required.value({group.id, date}), {}, {}};
            for (const planning::StaffPresence &member : data.staffPresent(group.id, date)) {
                if (!member.onFloor.isEmpty())
                    staffing.staffOnGroup.append(member.staffId);
                else if (awayIllOrOnLeave(data, member.staffId, date))
                    staffing.awayIllOrOnLeave.append(member.staffId);
            }
            for (const planning::ChildPresence &child : data.childrenPresent(group.id, date)) {
                if (!inputs.contains(child.childId)) {
                    order.append(child.childId);
                    inputs[child.childId].ageYears = child.ageYears;
                    inputs[child.childId].fixedFaces = facesOf.value(child.childId);
                }
                inputs[child.childId].days.append(staffing);
            }
        }
        for (Id childId : std::as_const(order)) {
            const rules::FixedFacesInput &input = inputs[childId];
            const rules::FixedFacesResult result = rules::checkFixedFaces(input, rules::Explain::No);
            static const Child unknown; // a child the user may not read, named as before
            const auto child = data.children.constFind(childId); // read, not copied: most children pass
            const QString name = (child == data.children.constEnd() ? unknown : *child).displayName();
            if (input.fixedFaces.isEmpty()) {
                out.append({rule::FixedFaces, Severity::Advice, group.id, NoId, NoId, input.days.first().date, std::nullopt,
                            -1, -1, false,
                            CheckText::tr("%1: no fixed faces registered yet; at most %2, and one of them on the group "
                                          "every day the child attends.").arg(name).arg(result.maximum)});
                continue;
            }
            if (!result.violation() && result.daysReplaced.isEmpty())
                continue;
            const QDate first = !result.daysWithoutFixedFace.isEmpty() ? result.daysWithoutFixedFace.first()
                : !result.daysReplaced.isEmpty()                       ? result.daysReplaced.first()
                                                                       : QDate();
            out.append({rule::FixedFaces, result.violation() ? Severity::Violation : Severity::Allowed, group.id, NoId, NoId,
                        first, std::nullopt, -1, -1, false,
                        QStringLiteral("%1: %2").arg(name, rules::checkFixedFaces(input).explanation)});
        }
    }
}

// A shift on a group on a day its location is closed (a closing day, a public holiday it closes on).
void checkClosedDays(const planning::PlanningData &data, QList<Violation> &out)
{
    for (const Shift &shift : data.shifts) {
        const Group *group = data.group(shift.groupId);
        const Location *location = group ? data.location(group->locationId) : nullptr;
        if (!location)
            continue;
        const calendar::DayInfo day = data.calendar.dayOf(*location, shift.date);
        if (day.kind != calendar::DayKind::Closed)
            continue;
        const Staff *person = data.staffMember(shift.staffId);
        out.append({rule::ClosedDay, Severity::Violation, shift.groupId, shift.staffId, shift.id, shift.date, shift.hours, -1, -1,
                    false,
                    CheckText::tr("%1 is rostered on %2 while %3 is closed (%4).")
                        .arg(person ? person->name : QString(), group->name, location->name, day.reason)});
    }
}

// Double bookings, shifts during an absence and hours above contract.
void checkStaff(const planning::PlanningData &data, QList<Violation> &out)
{
    QHash<Id, int> minutes;
    // Each person's shifts of a day, in the data's order: the only ones a shift can overlap.
    QHash<QPair<Id, QDate>, QList<int>> sameDay;
    for (int i = 0; i < data.shifts.size(); ++i)
        sameDay[{data.shifts.at(i).staffId, data.shifts.at(i).date}].append(i);
    for (int i = 0; i < data.shifts.size(); ++i) {
        const Shift &shift = data.shifts.at(i);
        minutes[shift.staffId] += shift.workedMinutes();
        const Staff *person = data.staffMember(shift.staffId);
        const QString name = person ? person->name : QString();
        for (int j : sameDay.value({shift.staffId, shift.date})) {
            const Shift &other = data.shifts.at(j);
            if (j > i && other.hours.overlaps(shift.hours)) {
                const TimeRange overlap{std::max(shift.hours.from, other.hours.from), std::min(shift.hours.to, other.hours.to)};
                out.append({rule::DoubleBooking, Severity::Violation, shift.groupId, shift.staffId, other.id, shift.date, overlap,
                            -1, -1, false,
                            CheckText::tr("%1 has two shifts at once from %2 to %3.")
                                .arg(name, formatMinutes(overlap.from), formatMinutes(overlap.to))});
            }
        }
        if (data.staffAbsentAt(shift.staffId, shift.date, shift.hours))
            out.append({rule::Absence, Severity::Violation, shift.groupId, shift.staffId, shift.id, shift.date, shift.hours,
                        -1, -1, false, CheckText::tr("%1 is rostered during a registered absence.").arg(name)});
    }
    // Above contract is overtime to agree on, not against the childcare rules.
    for (const Staff &person : data.staff) {
        const int worked = minutes.value(person.id);
        if (person.contractMinutesPerWeek > 0 && worked > person.contractMinutesPerWeek)
            out.append({rule::ContractHours, Severity::Advice, NoId, person.id, NoId, QDate(), std::nullopt, -1, -1, false,
                        CheckText::tr("%1 is rostered %2 hours against a contract of %3.")
                            .arg(person.name, QLocale().toString(worked / 60.0, 'f', 1),
                                 QLocale().toString(person.contractMinutesPerWeek / 60.0, 'f', 1))});
    }
}

} // namespace

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
    checkClosedDays(data, out);
    out += coaching::checkCoaching(data, week);
    return out;
}

} // namespace samenplan::roster
