#include "randomweek.h"

#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>

#include <random>

using namespace samenplan;

namespace {

class Dice {
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T>
    const T &oneOf(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }
    // A time of day in [low, high]: mostly on a quarter hour, sometimes on five minutes.
    int time(int low, int high)
    {
        const int step = chance(75) ? 15 : 5;
        const int first = (low + step - 1) / step;
        const int last = high / step;
        return first > last ? low : between(first, last) * step;
    }

private:
    std::mt19937 m_engine;
};

struct GroupKind {
    const char *name;
    CareType care;
    int minMonths;
    int maxMonths;
};

const QList<GroupKind> DayCareKinds{
    {"Baby", CareType::DayCare, 0, 24},       {"Dreumes", CareType::DayCare, 12, 36},
    {"Peuter", CareType::DayCare, 24, 48},    {"Verticaal", CareType::DayCare, 0, 48},
    {"VE", CareType::Preschool, 30, 48},
};

Location randomLocation(Dice &dice, int number)
{
    Location location;
    location.name = QStringLiteral("Locatie %1").arg(number);
    location.lrkNumber = QStringLiteral("%1").arg(100000000000LL + number);
    for (int day = 1; day <= 5; ++day) {
        if (dice.chance(8))
            continue; // closed that weekday
        if (dice.chance(15)) // a short day: less than ten hours open
            location.openingHours[day - 1] = TimeRange{8 * 60, dice.oneOf(QList<int>{13 * 60, 13 * 60 + 30, 17 * 60})};
        else
            location.openingHours[day - 1] = TimeRange{dice.oneOf(QList<int>{7 * 60, 7 * 60 + 30, 7 * 60 + 45, 8 * 60}),
                                                       dice.oneOf(QList<int>{17 * 60 + 30, 18 * 60, 18 * 60 + 30})};
    }
    if (dice.chance(15))
        location.openingHours[5] = TimeRange{9 * 60, 13 * 60}; // Saturday, no school
    return location;
}

Placement randomPlacement(Dice &dice, const RandomWeek &w, const Group &group, const Location &location, Id childId)
{
    Placement placement;
    placement.childId = childId;
    placement.groupId = group.id;
    placement.start = w.week.monday().addDays(dice.between(-90, 3));
    if (dice.chance(35))
        placement.end = std::max(placement.start, w.week.monday().addDays(dice.between(-1, 20)));
    for (int day = 1; day <= 6; ++day) {
        const auto open = location.hoursOn(day);
        if (!open || !dice.chance(60))
            continue;
        TimeRange hours;
        if (group.careType == CareType::OutOfSchool && day <= 5)
            hours.from = dice.time(14 * 60, 15 * 60 + 30);
        else
            hours.from = dice.time(std::max(0, open->from - 15), std::max(open->from, 10 * 60));
        hours.to = dice.time(std::max(hours.from + 30, 12 * 60), std::min(24 * 60, open->to + 15));
        if (hours.to <= hours.from)
            hours.to = std::min(24 * 60, hours.from + 60);
        placement.days.append({day, hours});
    }
    return placement;
}

Shift randomShift(Dice &dice, Id staffId, Id groupId, const QDate &date, const TimeRange &open)
{
    Shift shift;
    shift.staffId = staffId;
    shift.groupId = groupId;
    shift.date = date;
    const int pattern = dice.between(1, 3);
    if (pattern == 1) { // early
        shift.hours.from = dice.time(std::max(0, open.from - 15), open.from + 30);
        shift.hours.to = std::min(24 * 60, dice.time(shift.hours.from + 5 * 60, shift.hours.from + 9 * 60));
    } else if (pattern == 2) { // late
        shift.hours.to = dice.time(open.to - 30, std::min(24 * 60, open.to + 15));
        shift.hours.from = std::max(0, dice.time(shift.hours.to - 9 * 60, shift.hours.to - 5 * 60));
    } else { // anything
        shift.hours.from = dice.time(std::max(0, open.from - 15), std::max(open.from, 12 * 60));
        shift.hours.to = dice.time(shift.hours.from + 60, std::min(24 * 60, std::max(shift.hours.from + 60, open.to + 15)));
    }
    const int breaks = dice.between(0, 2);
    for (int i = 0; i < breaks && shift.hours.minutes() >= 120; ++i) {
        const int length = dice.oneOf(QList<int>{15, 20, 30, 45});
        const int from = dice.time(shift.hours.from + 30, shift.hours.to - length - 15);
        shift.breaks.append(TimeRange{from, from + length});
    }
    return shift;
}

Staff randomStaff(Dice &dice, int number, Id locationId)
{
    Staff person;
    person.name = QStringLiteral("Medewerker %1").arg(number);
    person.locationId = locationId;
    person.contractMinutesPerWeek = dice.between(16, 36) * 60;
    const int role = dice.between(1, 100);
    person.role = role <= 65 ? StaffRole::Pedagogue
        : role <= 77         ? StaffRole::Trainee
        : role <= 84         ? StaffRole::YouthCarePedagogue
        : role <= 90         ? StaffRole::Volunteer
        : role <= 95         ? StaffRole::Coach
                             : StaffRole::OutreachWorker;
    const int marked = dice.between(1, 100);
    if (marked <= 15)
        person.countsForRatio = true;
    else if (marked <= 30)
        person.countsForRatio = false;
    return person;
}

} // namespace

RandomWeek writeRandomWeek(quint32 seed, const Database &db)
{
    Dice dice(seed);
    RandomWeek w;
    w.week = IsoWeek{2026, dice.between(2, 50)};
    const QDate monday = w.week.monday();
    Transaction transaction(db);
    int staffNumber = 0;
    const int locations = dice.chance(30) ? 2 : 1;
    for (int l = 1; l <= locations; ++l) {
        Location location = randomLocation(dice, l);
        location.id = LocationRepository(db).insert(location);
        w.locations.append(location);
        QList<GroupKind> kinds;
        const int dayCareGroups = dice.between(1, 4);
        for (int i = 0; i < dayCareGroups; ++i)
            kinds.append(dice.oneOf(DayCareKinds));
        for (int i = dice.between(0, 2); i > 0; --i)
            kinds.append({"BSO", CareType::OutOfSchool, 48, 156});
        QList<Group> groupsHere;
        for (int i = 0; i < kinds.size(); ++i) {
            Group group;
            group.locationId = location.id;
            group.name = QStringLiteral("L%1 %2 %3").arg(l).arg(QString::fromLatin1(kinds.at(i).name)).arg(i + 1);
            group.careType = kinds.at(i).care;
            group.minAgeMonths = kinds.at(i).minMonths;
            group.maxAgeMonths = kinds.at(i).maxMonths;
            group.maxChildren = group.careType == CareType::OutOfSchool ? 30 : 16;
            group.id = GroupRepository(db).insert(group);
            groupsHere.append(group);
            w.groups.append(group);
        }
        QHash<Id, int> childrenIn;
        for (const Group &group : std::as_const(groupsHere)) {
            // Now and then more children than any column of table 1 allows (a full baby group).
            const int count = group.careType == CareType::OutOfSchool ? dice.between(3, 18)
                : dice.chance(10)                                     ? dice.between(16, 22)
                                                                      : dice.between(2, 14);
            childrenIn.insert(group.id, count);
            for (int i = 0; i < count; ++i) {
                Child child;
                child.firstName = QStringLiteral("Kind%1").arg(w.children.size() + 1);
                child.lastName = group.name;
                // Day care ages stay 0-3 all week; birthdays within the week do happen.
                const int months = dice.between(group.minAgeMonths, std::min(group.maxAgeMonths - 1, group.careType == CareType::OutOfSchool ? 155 : 46));
                child.birthDate = monday.addMonths(-months).addDays(-dice.between(0, 27));
                child.id = ChildRepository(db).insert(child);
                w.children.insert(child.id, child);
                Placement placement = randomPlacement(dice, w, group, location, child.id);
                placement.id = PlacementRepository(db).insert(placement);
                w.placements.append(placement);
                if (dice.chance(5) && groupsHere.size() > 1) { // a second group on other days
                    const Group &other = dice.oneOf(groupsHere);
                    if (other.id != group.id && other.careType == group.careType) {
                        Placement second = randomPlacement(dice, w, other, location, child.id);
                        second.id = PlacementRepository(db).insert(second);
                        w.placements.append(second);
                    }
                }
                for (int day = 1; day <= 6; ++day) {
                    if (dice.chance(8)) {
                        ChildAbsence absence{NoId, child.id, w.week.day(day), {}};
                        absence.id = AbsenceRepository(db).insert(absence);
                        w.childAbsences.append(absence);
                    }
                }
            }
        }
        QList<Id> staffHere;
        for (int i = dice.between(3, 12); i > 0; --i) {
            Staff person = randomStaff(dice, ++staffNumber, location.id);
            person.id = StaffRepository(db).insert(person);
            w.staff.append(person);
            staffHere.append(person.id);
            if (dice.chance(20)) {
                Absence absence;
                absence.staffId = person.id;
                absence.kind = AbsenceKind(dice.between(0, 3));
                absence.start = monday.addDays(dice.between(-3, 5));
                absence.end = absence.start.addDays(dice.between(0, 3));
                if (dice.chance(50)) {
                    const int from = dice.time(7 * 60, 15 * 60);
                    absence.hours = TimeRange{from, std::min(24 * 60, from + dice.time(20, 240))};
                }
                absence.id = AbsenceRepository(db).insert(absence);
                w.absences.append(absence);
            }
        }
        for (int day = 1; day <= 6; ++day) {
            const auto open = location.hoursOn(day);
            if (!open)
                continue;
            for (const Group &group : std::as_const(groupsHere)) {
                // Roughly one professional per five children, sometimes fewer or none.
                const int planned = childrenIn.value(group.id) / 5 + 1;
                for (int i = dice.chance(10) ? 0 : dice.between(planned, planned + 2); i > 0; --i) {
                    const Id who = dice.oneOf(staffHere);
                    QList<Shift> made{randomShift(dice, who, dice.chance(5) ? NoId : group.id, w.week.day(day), *open)};
                    if (dice.chance(8)) // entered twice, or on a second group at the same time
                        made.append(randomShift(dice, who, dice.oneOf(groupsHere).id, w.week.day(day), *open));
                    for (Shift &shift : made) {
                        shift.id = ShiftRepository(db).insert(shift);
                        w.shifts.append(shift);
                    }
                }
            }
        }
    }
    transaction.commit();
    return w;
}

namespace {
QString scratchTemplate()
{
    const QString memory = QStringLiteral("/dev/shm");
    return (QFileInfo(memory).isWritable() ? memory : QDir::tempPath()) + QStringLiteral("/samenplan-cases-XXXXXX");
}
} // namespace

ScratchDatabases::ScratchDatabases() : m_dir(scratchTemplate()), m_empty(m_dir.filePath(QStringLiteral("empty.samenplan")))
{
    if (!m_dir.isValid() || !Database::open(m_empty, Database::Mode::CreateNew).database)
        m_empty.clear();
}

QString ScratchDatabases::fresh(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return !m_empty.isEmpty() && QFile::copy(m_empty, path) ? path : QString();
}
