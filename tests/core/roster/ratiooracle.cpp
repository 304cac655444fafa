#include "ratiooracle.h"

#include <QSet>

#include <map>

using namespace samenplan;

namespace {

// Table 1 of rules.md 4.1: for the span of ages (youngest, oldest), per number of professionals
// 1 to 4, the ways the group may be made up: {children at most, babies at most (-1: any)}.
struct Way {
    int children;
    int babies;
};
using Column = QList<Way>;
const std::map<std::pair<int, int>, QList<Column>> &tableOne()
{
    static const std::map<std::pair<int, int>, QList<Column>> table{
        {{0, 0}, {{{3, -1}}, {{6, -1}}, {{9, -1}}, {{12, -1}}}},
        {{1, 1}, {{{5, -1}}, {{10, -1}}, {{15, -1}}, {{16, -1}}}},
        {{2, 2}, {{{8, -1}}, {{16, -1}}, {}, {}}},
        {{3, 3}, {{{8, -1}}, {{16, -1}}, {}, {}}},
        {{0, 1}, {{{4, -1}}, {{8, -1}}, {{14, 8}}, {{16, 8}}}},
        {{0, 2}, {{{5, -1}}, {{10, -1}}, {{13, 8}, {14, 4}, {15, 3}}, {{16, 8}}}},
        {{0, 3}, {{{5, -1}}, {{12, -1}}, {{14, 8}, {15, 5}, {16, 3}}, {{16, 8}}}},
        {{1, 2}, {{{6, -1}}, {{11, -1}}, {{16, -1}}, {}}},
        {{1, 3}, {{{7, -1}}, {{13, -1}}, {{16, -1}}, {}}},
        {{2, 3}, {{{8, -1}}, {{16, -1}}, {}, {}}},
    };
    return table;
}

// Steps 1 and 2: the table's column, raised by the baby formula when a baby is present.
std::optional<int> tableAndBabyFormula(const int (&n)[4])
{
    int youngest = -1, oldest = -1, children = 0;
    for (int age = 0; age < 4; ++age) {
        if (n[age] > 0) {
            youngest = youngest < 0 ? age : youngest;
            oldest = age;
        }
        children += n[age];
    }
    if (children == 0)
        return 0;
    const QList<Column> &columns = tableOne().at({youngest, oldest});
    std::optional<int> professionals;
    for (int p = 0; p < 4 && !professionals; ++p) {
        for (const Way &way : columns.at(p)) {
            if (children <= way.children && (way.babies < 0 || n[0] <= way.babies))
                professionals = p + 1;
        }
    }
    if (!professionals || n[0] == 0)
        return professionals;
    // Z = a/3 + (b/5 + c/6 + d/8) / 1.2, rounded up; times 144 it is 48a + 24b + 20c + 15d.
    const int z144 = 48 * n[0] + 24 * n[1] + 20 * n[2] + 15 * n[3];
    const int z = z144 / 144 + (z144 % 144 ? 1 : 0);
    return std::max(*professionals, z);
}

bool covers(const TimeRange &range, int minute)
{
    return range.from <= minute && minute < range.to;
}

} // namespace

std::optional<int> expectedRequired(CareType care, const QList<int> &ages)
{
    if (care == CareType::OutOfSchool) {
        // Since 1 July 2024 over the location: young/10 + old/12, rounded up.
        int young = 0, old = 0;
        for (int age : ages)
            (age <= 6 ? young : old) += 1;
        const int sixtieths = 6 * young + 5 * old;
        return sixtieths / 60 + (sixtieths % 60 ? 1 : 0);
    }
    int n[4] = {0, 0, 0, 0};
    for (int age : ages)
        ++n[age];
    const std::optional<int> whole = tableAndBabyFormula(n);
    if (!whole || ages.size() < 2)
        return whole;
    // Step 3: if one child fewer of some age would need more, the group needs one more.
    for (int age = 0; age < 4; ++age) {
        if (n[age] == 0)
            continue;
        --n[age];
        const std::optional<int> fewer = tableAndBabyFormula(n);
        ++n[age];
        if (fewer && *fewer > *whole)
            return *whole + 1;
    }
    return whole;
}

// The calendar of 2026 written out by hand (the random locations are in regio midden and close on
// public holidays): the public days off, and the school holidays, Good Friday and Liberation Day
// (not a day off in 2026, but schools are closed) as school-free days.
bool expectedClosed(const QDate &date)
{
    static const QList<QDate> daysOff{QDate(2026, 1, 1),  QDate(2026, 4, 6),   QDate(2026, 4, 27), QDate(2026, 5, 14),
                                      QDate(2026, 5, 25), QDate(2026, 12, 25), QDate(2026, 12, 26)};
    return daysOff.contains(date);
}

bool expectedSchoolDay(const QDate &date)
{
    static const QList<QPair<QDate, QDate>> free{
        {QDate(2025, 12, 20), QDate(2026, 1, 4)}, {QDate(2026, 2, 14), QDate(2026, 2, 22)},
        {QDate(2026, 4, 3), QDate(2026, 4, 3)},   {QDate(2026, 4, 25), QDate(2026, 5, 3)}, {QDate(2026, 5, 5), QDate(2026, 5, 5)},
        {QDate(2026, 7, 18), QDate(2026, 8, 30)}, {QDate(2026, 10, 17), QDate(2026, 10, 25)},
        {QDate(2026, 12, 19), QDate(2027, 1, 3)}};
    if (date.dayOfWeek() > 5)
        return false;
    for (const auto &[from, to] : free) {
        if (date >= from && date <= to)
            return false;
    }
    return true;
}

int expectedAllowance(CareType care, const TimeRange &opening, const QDate &date)
{
    const bool schoolDay = expectedSchoolDay(date);
    if (care == CareType::OutOfSchool && schoolDay)
        return 30;
    return opening.to - opening.from >= 600 ? 180 : 30;
}

QList<ExpectedSlot> expectedSlots(const RandomWeek &w, const QList<Id> &groupIds, CareType care, const QDate &date,
                                  const TimeRange &opening)
{
    // The children's hours that day.
    QList<QPair<int, TimeRange>> children; // age, hours
    for (const Placement &placement : w.placements) {
        if (!groupIds.contains(placement.groupId) || date < placement.start
            || (placement.end.isValid() && date > placement.end))
            continue;
        bool absent = false;
        for (const ChildAbsence &absence : w.childAbsences)
            absent = absent || (absence.childId == placement.childId && absence.date == date);
        if (absent)
            continue;
        const QDate born = w.children.value(placement.childId).birthDate;
        int age = date.year() - born.year();
        if (date.month() < born.month() || (date.month() == born.month() && date.day() < born.day()))
            --age;
        for (const PlacementDay &day : placement.days) {
            if (day.weekday == date.dayOfWeek())
                children.append({age, day.hours});
        }
    }
    // Per counting person, whether they are on the floor at a minute of the day.
    QList<QList<Shift>> shiftsOf;
    QList<QList<Absence>> absencesOf;
    for (const Staff &person : w.staff) {
        const bool counts = person.countsForRatio.value_or(person.role == StaffRole::Pedagogue);
        QList<Shift> shifts;
        for (const Shift &shift : w.shifts) {
            if (counts && shift.staffId == person.id && shift.date == date && groupIds.contains(shift.groupId))
                shifts.append(shift);
        }
        if (shifts.isEmpty())
            continue;
        QList<Absence> absences;
        for (const Absence &absence : w.absences) {
            if (absence.staffId == person.id && absence.start <= date && date <= absence.end)
                absences.append(absence);
        }
        shiftsOf.append(shifts);
        absencesOf.append(absences);
    }
    auto onFloorAt = [&](int person, int minute) {
        for (const Absence &absence : absencesOf.at(person)) {
            if (!absence.hours || covers(*absence.hours, minute))
                return false;
        }
        for (const Shift &shift : shiftsOf.at(person)) {
            bool onBreak = false;
            for (const TimeRange &pause : shift.breaks)
                onBreak = onBreak || covers(pause, minute);
            if (covers(shift.hours, minute) && !onBreak)
                return true;
        }
        return false;
    };

    QList<ExpectedSlot> slots;
    for (int from = opening.from; from < opening.to; from += 15) {
        ExpectedSlot slot;
        slot.time = TimeRange{from, std::min(from + 15, opening.to)};
        QList<int> ages;
        for (const auto &[age, hours] : children) {
            if (hours.from < slot.time.to && slot.time.from < hours.to) // present during any part
                ages.append(age);
        }
        const std::optional<int> required = expectedRequired(care, ages);
        slot.allowed = required.has_value();
        slot.required = required.value_or(0);
        for (int person = 0; person < shiftsOf.size(); ++person) {
            bool whole = true;
            for (int minute = slot.time.from; minute < slot.time.to && whole; ++minute)
                whole = onFloorAt(person, minute);
            slot.present += whole ? 1 : 0;
        }
        slots.append(slot);
    }
    return slots;
}
