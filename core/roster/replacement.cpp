#include "roster/replacement.h"

#include "planning/planningdata.h"
#include "roster/groupday.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace samenplan::roster {
namespace {

class ReplacementText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::roster::ReplacementText)
};

constexpr int Quarter = 15;
constexpr int ShortestOption = 60;

// The part of a shift an absence takes away, if any.
std::optional<TimeRange> uncovered(const Shift &shift, const Absence &absence)
{
    if (shift.staffId != absence.staffId || shift.date < absence.start || shift.date > absence.end)
        return std::nullopt;
    if (!absence.hours)
        return shift.hours;
    const TimeRange part{std::max(shift.hours.from, absence.hours->from), std::min(shift.hours.to, absence.hours->to)};
    return part.minutes() > 0 ? std::optional(part) : std::nullopt;
}

// Quarter hours of span in which the group (or its pooled location) is below the ratio.
int shortSlots(const planning::PlanningData &data, const Group &group, const QDate &date, const TimeRange &span)
{
    const auto deviation = groupDayDeviation(data, group, date);
    if (!deviation)
        return 0;
    int count = 0;
    for (const rules::DeviationSlot &slot : deviation->timeSlots) {
        if (slot.time.overlaps(span) && slot.below())
            ++count;
    }
    return count;
}

// What the person is busy with that day: shifts, absences and coaching sessions.
QList<TimeRange> busyTimes(const planning::PlanningData &data, Id staffId, const QDate &date)
{
    QList<TimeRange> busy;
    for (const Shift &shift : data.shifts) {
        if (shift.staffId == staffId && shift.date == date)
            busy.append(shift.hours);
    }
    for (const Absence &absence : data.absences) {
        if (absence.staffId == staffId && date >= absence.start && date <= absence.end)
            busy.append(absence.hours.value_or(TimeRange{0, 24 * 60}));
    }
    for (const CoachingSession &session : data.coachingSessions) {
        if (session.date == date && session.status != CoachingStatus::Cancelled
            && (session.coachStaffId == staffId || session.coacheeIds.contains(staffId)))
            busy.append(session.hours);
    }
    return busy;
}

int weekMinutes(const planning::PlanningData &data, Id staffId, const QDate &date)
{
    const IsoWeek week = IsoWeek::containing(date);
    int minutes = 0;
    for (const Shift &shift : data.shifts) {
        if (shift.staffId == staffId && IsoWeek::containing(shift.date) == week)
            minutes += shift.workedMinutes();
    }
    return minutes;
}

// A qualified (not trainee) colleague on the floor on the group that day, other than the absent one.
bool qualifiedColleagueThere(const planning::PlanningData &data, Id groupId, const QDate &date, Id absentId)
{
    for (const planning::StaffPresence &member : data.staffPresent(groupId, date)) {
        const Staff *person = data.staffMember(member.staffId);
        if (person && member.staffId != absentId && person->role != StaffRole::Trainee && member.countsForRatio
            && !member.onFloor.isEmpty())
            return true;
    }
    return false;
}

QString hours(int minutes)
{
    return QLocale().toString(minutes / 60.0, 'f', minutes % 60 == 0 ? 0 : 1);
}

QString explain(const ReplacementOption &option)
{
    QStringList parts;
    if (option.fixedFaceChildren > 0)
        parts << ReplacementText::tr("fixed face of %n child(ren) on the group", nullptr, option.fixedFaceChildren);
    if (option.trainee)
        parts << ReplacementText::tr("trainee, beside a qualified colleague");
    parts << ReplacementText::tr("%1 of %2 contract hours rostered this week")
                 .arg(hours(option.weekMinutes), hours(option.contractMinutes));
    if (option.shortSlotsBefore == 0)
        parts << ReplacementText::tr("the ratio is met here already");
    else if (option.shortSlotsAfter == 0)
        parts << ReplacementText::tr("the ratio is met again (was %1 below)").arg(formatDuration(option.shortSlotsBefore * Quarter));
    else
        parts << ReplacementText::tr("below the ratio %1 instead of %2")
                     .arg(formatDuration(option.shortSlotsAfter * Quarter), formatDuration(option.shortSlotsBefore * Quarter));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString formatDuration(int minutes)
{
    if (minutes < 60)
        return ReplacementText::tr("%1 min").arg(minutes);
    return ReplacementText::tr("%1 h").arg(hours(minutes));
}

QList<ReplacementNeed> replacementNeeds(const planning::PlanningData &data, const QList<FixedFace> &fixedFaces,
                                        const Absence &absence)
{
    // Read the data as if the absence were stored, whether it is yet or not.
    planning::PlanningData withAbsence = data;
    bool stored = false;
    for (const Absence &existing : data.absences)
        stored = stored || (absence.id != NoId && existing.id == absence.id);
    if (!stored) {
        withAbsence.absences.append(absence);
        withAbsence.reindex();
    }

    QList<ReplacementNeed> needs;
    for (const Shift &shift : data.shifts) {
        const auto span = uncovered(shift, absence);
        const Group *group = data.group(shift.groupId);
        if (!span || !group)
            continue; // off-the-floor work needs no one on the group
        ReplacementNeed need;
        need.absentShift = shift;
        need.span = *span;
        need.shortSlots = shortSlots(withAbsence, *group, shift.date, *span);
        QList<Id> childrenThere;
        for (const planning::ChildPresence &child : data.childrenPresent(group->id, shift.date))
            childrenThere.append(child.childId);
        const bool qualifiedThere = qualifiedColleagueThere(withAbsence, group->id, shift.date, absence.staffId);
        for (const Staff &person : data.staff) {
            if (person.id == absence.staffId || !person.countsTowardRatio())
                continue;
            if (person.locationId != NoId && person.locationId != group->locationId)
                continue;
            if (group->preschoolEducation && !person.qualifiedPreschool)
                continue;
            const bool trainee = person.role == StaffRole::Trainee;
            if (trainee && !qualifiedThere)
                continue;
            const int rostered = weekMinutes(withAbsence, person.id, shift.date);
            const int room = (person.contractMinutesPerWeek - rostered) / Quarter * Quarter;
            if (room < ShortestOption)
                continue;
            // The longest free part of the span, cut to the contract hours left.
            QList<TimeRange> free{*span};
            for (const TimeRange &busy : busyTimes(withAbsence, person.id, shift.date))
                free = planning::subtractRanges(free, busy);
            TimeRange best;
            for (const TimeRange &part : std::as_const(free)) {
                if (part.minutes() > best.minutes())
                    best = part;
            }
            Shift proposal;
            proposal.staffId = person.id;
            proposal.groupId = group->id;
            proposal.date = shift.date;
            proposal.hours = best;
            for (const TimeRange &pause : shift.breaks) {
                if (pause.from >= best.from && pause.to <= best.to)
                    proposal.breaks.append(pause);
            }
            while (proposal.workedMinutes() > room && proposal.hours.minutes() > 0) {
                proposal.hours.to -= Quarter;
                proposal.breaks.removeIf([&proposal](const TimeRange &pause) { return pause.to > proposal.hours.to; });
            }
            if (proposal.workedMinutes() < ShortestOption)
                continue;
            ReplacementOption option;
            option.staffId = person.id;
            option.name = person.name;
            option.shift = proposal;
            option.trainee = trainee;
            option.weekMinutes = rostered;
            option.contractMinutes = person.contractMinutesPerWeek;
            for (const FixedFace &face : fixedFaces) {
                if (face.staffId == person.id && childrenThere.contains(face.childId))
                    ++option.fixedFaceChildren;
            }
            option.shortSlotsBefore = need.shortSlots;
            planning::PlanningData withOption = withAbsence;
            withOption.shifts.append(proposal);
            withOption.reindex();
            option.shortSlotsAfter = shortSlots(withOption, *group, shift.date, *span);
            option.explanation = explain(option);
            need.options.append(option);
        }
        std::stable_sort(need.options.begin(), need.options.end(), [](const ReplacementOption &a, const ReplacementOption &b) {
            if ((a.fixedFaceChildren > 0) != (b.fixedFaceChildren > 0))
                return a.fixedFaceChildren > 0;
            if (a.shift.hours.minutes() != b.shift.hours.minutes())
                return a.shift.hours.minutes() > b.shift.hours.minutes();
            if (a.trainee != b.trainee)
                return !a.trainee;
            if (a.shortSlotsAfter != b.shortSlotsAfter)
                return a.shortSlotsAfter < b.shortSlotsAfter;
            const int roomA = a.contractMinutes - a.weekMinutes, roomB = b.contractMinutes - b.weekMinutes;
            if (roomA != roomB)
                return roomA > roomB;
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        needs.append(need);
    }
    std::sort(needs.begin(), needs.end(), [](const ReplacementNeed &a, const ReplacementNeed &b) {
        return std::pair(a.absentShift.date, a.span.from) < std::pair(b.absentShift.date, b.span.from);
    });
    return needs;
}

} // namespace samenplan::roster
