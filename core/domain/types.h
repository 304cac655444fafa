#pragma once
// Core vocabulary of Samenplan: identifiers, care types, staff roles and the small value types
// every layer shares. Plain data; no database or GUI inside.

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace samenplan {

// Database identifiers cross every boundary (undo commands, drag payloads, signals); never pointers.
using Id = qint64;
inline constexpr Id NoId = 0;

enum class CareType {
    DayCare,     // dagopvang / kinderdagverblijf, ages 0-4
    OutOfSchool, // buitenschoolse opvang (BSO), ages 4-12
    Preschool,   // peutergroep / VE-groep, ages 2.5-4
};

enum class StaffRole {
    Pedagogue,            // pedagogisch medewerker
    Trainee,              // pedagogisch medewerker in opleiding
    YouthCarePedagogue,   // jeugdhulp-pedagoog
    OutreachWorker,       // ambulant hulpverlener
    BehaviouralScientist, // gedragswetenschapper
    Coach,                // pedagogisch beleidsmedewerker / coach
    Volunteer,            // vrijwilliger, buurtmoeder, kinderwerker
};

enum class PlacementKind {
    Regular,
    YouthCare, // takes one of the group's reserved youth-care seats
};

enum class AbsenceKind { Leave, Sick, Training, Other };

enum class ProviderKind {
    YouthCareProvider, // jeugdhulpaanbieder
    YouthFamilyCentre, // CJG
};

enum class CoachKind {
    OwnCoach,              // the organisation's pedagogisch beleidsmedewerker
    YouthCareProfessional, // professional of a youth-care provider
    CentreProfessional,    // professional of the youth and family centre (CJG)
};

enum class CoachingKind { OnTheJob, Pedagogical, Observation, TeamMeeting };
enum class CoachingStatus { Planned, Held, Cancelled };

// The school-holiday regions of the Netherlands (Rijksoverheid: noord, midden, zuid).
enum class HolidayRegion { Noord, Midden, Zuid };

// How much a finding of the checks weighs, most serious first (the order sorts by it).
enum class Severity {
    Violation, // against the rules: must be fixed
    Allowed,   // below the rule's norm but within what it allows (the three-hour rule, a replaced fixed face)
    Advice,    // worth a look, not against the rules (a child without fixed faces, hours above contract)
};

// Stable text codes used in the database and in files that scripts read; never translated.
QString careTypeCode(CareType type);
std::optional<CareType> careTypeFromCode(const QString &code);
QString staffRoleCode(StaffRole role);
std::optional<StaffRole> staffRoleFromCode(const QString &code);
QString placementKindCode(PlacementKind kind);
std::optional<PlacementKind> placementKindFromCode(const QString &code);
std::optional<PlacementKind> placementKindFromCode(QByteArrayView utf8); // as stored, without a QString
QString absenceKindCode(AbsenceKind kind);
std::optional<AbsenceKind> absenceKindFromCode(const QString &code);
QString providerKindCode(ProviderKind kind);
std::optional<ProviderKind> providerKindFromCode(const QString &code);
QString coachKindCode(CoachKind kind);
std::optional<CoachKind> coachKindFromCode(const QString &code);
QString coachingKindCode(CoachingKind kind);
std::optional<CoachingKind> coachingKindFromCode(const QString &code);
QString coachingStatusCode(CoachingStatus status);
std::optional<CoachingStatus> coachingStatusFromCode(const QString &code);
QString severityCode(Severity severity);
std::optional<Severity> severityFromCode(const QString &code);
QString holidayRegionCode(HolidayRegion region); // "noord", "midden", "zuid"
std::optional<HolidayRegion> holidayRegionFromCode(const QString &code);

// Names in the interface language.
QString careTypeName(CareType type);
QString staffRoleName(StaffRole role);
QString absenceKindName(AbsenceKind kind);
QString holidayRegionName(HolidayRegion region);

// rules.md 4.3: who counts toward the staff-child ratio unless marked otherwise.
bool roleCountsForRatioByDefault(StaffRole role);

} // namespace samenplan
