#pragma once
// The records Samenplan keeps. Plain values carrying database IDs; repositories load and store
// them, rules read them. Dates are QDate, times of day are minutes since midnight.

#include "domain/types.h"
#include "util/clock.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace samenplan {

struct Organisation {
    QString name;
};

struct Location {
    Id id = NoId;
    QString name;
    QString lrkNumber;  // Landelijk Register Kinderopvang number
    QString address;
    // Opening hours per weekday, index 0 = Monday; closed days hold nullopt.
    std::array<std::optional<TimeRange>, 7> openingHours{};
    HolidayRegion holidayRegion = HolidayRegion::Midden; // whose school holidays apply
    bool closedOnPublicHolidays = true; // closed on the public holidays that are days off (calendar/publicholidays.h)

    std::optional<TimeRange> hoursOn(int weekday) const
    {
        return isWeekday(weekday) ? openingHours[std::size_t(weekday - 1)] : std::nullopt;
    }
};

struct Group {
    Id id = NoId;
    Id locationId = NoId;
    QString name;
    CareType careType = CareType::DayCare;
    int minAgeMonths = 0;  // inclusive
    int maxAgeMonths = 48; // exclusive: a child leaves the group on reaching it
    int maxChildren = 16;
    int youthCareSeats = 4;       // rules.md 3: default 4, 0 allowed
    int youthCarePresenceMinutes = 240; // youth-care pedagogue on the group when youth-care children attend
    QString room;
    bool preschoolEducation = false; // VE
    QString notes;
    // Out-of-school care: the group's own hours on school days and on school holidays and
    // school-free days; nullopt: the location's hours.
    std::optional<TimeRange> schoolDayHours;
    std::optional<TimeRange> holidayHours;
    QDate archivedFrom; // null: in use; else no child is in the group from this date on

    bool archivedOn(const QDate &date) const { return archivedFrom.isValid() && date >= archivedFrom; }
};

struct Child {
    Id id = NoId;
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString parentName;
    QString parentPhone;
    QString parentEmail;
    QString notes;
    bool expected = false; // a baby not born yet: birthDate is the due date

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

struct PlacementDay {
    int weekday = 1; // 1 = Monday
    TimeRange hours;
};

} // namespace samenplan

// Copied as bytes (plain values); declared before Placement's list of them.
Q_DECLARE_TYPEINFO(samenplan::PlacementDay, Q_PRIMITIVE_TYPE);

namespace samenplan {

struct Placement {
    Id id = NoId;
    Id childId = NoId;
    Id groupId = NoId;
    QDate start;
    QDate end; // null: open-ended
    PlacementKind kind = PlacementKind::Regular;
    QString seatOverrideReason; // a regular child in a reserved seat: why (rules.md 3)
    QString endReason;          // why the placement ended (moved, left for school, ...)
    QList<PlacementDay> days;
    // The stored row's version when it was read; a change checks it, so that a change made on what
    // another planner has changed since is refused. 0: not read from the database (not checked).
    int rowVersion = 0;

    bool activeOn(const QDate &date) const
    {
        return date >= start && (end.isNull() || date <= end);
    }
};

struct YouthCareProvider {
    Id id = NoId;
    QString name;
    ProviderKind kind = ProviderKind::YouthCareProvider;
    int trajectoryMonths = 9;
};

struct Referral {
    Id id = NoId;
    Id childId = NoId;
    Id providerId = NoId;
    QString reference;
    QDate start;
    QDate plannedEnd;
    Id outreachWorkerId = NoId;       // staff
    Id behaviouralScientistId = NoId; // staff
    QString followUpNote;

    bool activeOn(const QDate &date) const { return date >= start && date <= plannedEnd; }
};

struct WaitingListEntry {
    Id id = NoId;
    Id childId = NoId;
    QDate wishedStart;
    WeekdayMask days = 0;
    Id preferredGroupId = NoId;
    int priority = 0; // higher first
    QString note;
};

struct Staff {
    Id id = NoId;
    QString name;
    StaffRole role = StaffRole::Pedagogue;
    Id employerProviderId = NoId; // NoId: employed by the organisation itself
    std::optional<bool> countsForRatio; // nullopt: the role's default (rules.md 4.3)
    int contractMinutesPerWeek = 0;
    bool qualifiedPreschool = false; // VE
    bool qualifiedCoach = false;
    Id locationId = NoId;

    bool countsTowardRatio() const
    {
        return countsForRatio.value_or(roleCountsForRatioByDefault(role));
    }
};

// A staff member who is one of a child's fixed faces (rules.md section 6).
struct FixedFace {
    Id childId = NoId;
    Id staffId = NoId;
};

struct ShiftBreak {
    TimeRange hours;
};

struct Shift {
    Id id = NoId;
    Id staffId = NoId;
    Id groupId = NoId; // NoId: off the floor (office, meeting)
    QDate date;
    TimeRange hours;
    QList<TimeRange> breaks;
    QString note;
    int rowVersion = 0; // as for Placement::rowVersion

    int workedMinutes() const
    {
        int minutes = hours.minutes();
        for (const TimeRange &b : breaks)
            minutes -= b.minutes();
        return minutes;
    }
};

struct Absence {
    Id id = NoId;
    Id staffId = NoId;
    AbsenceKind kind = AbsenceKind::Leave;
    QDate start;
    QDate end;
    std::optional<TimeRange> hours; // nullopt: whole days
    QString note;
};

struct ChildAbsence {
    Id id = NoId;
    Id childId = NoId;
    QDate date;
    QString note;
};

struct ExternalCoach {
    Id id = NoId;
    QString name;
    QString organisation;
    CoachKind kind = CoachKind::YouthCareProfessional;
    Id providerId = NoId;
    QString email;
    bool qualifiedCoach = false;
};

struct CoachingSession {
    Id id = NoId;
    QDate date;
    TimeRange hours;
    Id coachStaffId = NoId;    // a rostered coach, or
    Id externalCoachId = NoId; // an external professional
    QList<Id> coacheeIds;      // staff
    Id groupId = NoId;
    CoachingKind kind = CoachingKind::OnTheJob;
    QString goal;
    Id focusChildId = NoId; // private: never printed or exported unless asked
    CoachingStatus status = CoachingStatus::Planned;
    QString cancelReason;
    QString notes;
    QString followUp;
    bool offFloor = false; // the coachees leave the group for the session
    Id seriesId = NoId;
};

} // namespace samenplan

// Moved in memory as bytes (their members are Qt's relocatable types and plain values), so that
// lists of thousands of them, a day's placements and children, grow by realloc() rather than by
// moving each element.
Q_DECLARE_TYPEINFO(samenplan::Placement, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(samenplan::Child, Q_RELOCATABLE_TYPE);
