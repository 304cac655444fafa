#include "domain/types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace samenplan {
namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromLatin1(code);
    }
    return {};
}

// A code as text, or as the UTF-8 bytes a file stores (no QString made for them).
bool sameCode(const QString &text, const char *code) { return text == QLatin1String(code); }
bool sameCode(QByteArrayView utf8, const char *code) { return utf8 == QByteArrayView(code); }

template <typename Enum, std::size_t N, typename Text>
std::optional<Enum> fromCode(const std::array<std::pair<Enum, const char *>, N> &table, const Text &code)
{
    for (const auto &[e, c] : table) {
        if (sameCode(code, c))
            return e;
    }
    return std::nullopt;
}

constexpr std::array careTypes{
    std::pair{CareType::DayCare, "dagopvang"},
    std::pair{CareType::OutOfSchool, "bso"},
    std::pair{CareType::Preschool, "peutergroep"},
};
constexpr std::array staffRoles{
    std::pair{StaffRole::Pedagogue, "pedagogue"},
    std::pair{StaffRole::Trainee, "trainee"},
    std::pair{StaffRole::YouthCarePedagogue, "youth-care-pedagogue"},
    std::pair{StaffRole::OutreachWorker, "outreach-worker"},
    std::pair{StaffRole::BehaviouralScientist, "behavioural-scientist"},
    std::pair{StaffRole::Coach, "coach"},
    std::pair{StaffRole::Volunteer, "volunteer"},
};
constexpr std::array placementKinds{
    std::pair{PlacementKind::Regular, "regular"},
    std::pair{PlacementKind::YouthCare, "youth-care"},
};
constexpr std::array absenceKinds{
    std::pair{AbsenceKind::Leave, "leave"},
    std::pair{AbsenceKind::Sick, "sick"},
    std::pair{AbsenceKind::Training, "training"},
    std::pair{AbsenceKind::Other, "other"},
};
constexpr std::array providerKinds{
    std::pair{ProviderKind::YouthCareProvider, "youth-care-provider"},
    std::pair{ProviderKind::YouthFamilyCentre, "cjg"},
};
constexpr std::array coachKinds{
    std::pair{CoachKind::OwnCoach, "own-coach"},
    std::pair{CoachKind::YouthCareProfessional, "youth-care-professional"},
    std::pair{CoachKind::CentreProfessional, "cjg-professional"},
};
constexpr std::array coachingKinds{
    std::pair{CoachingKind::OnTheJob, "on-the-job"},
    std::pair{CoachingKind::Pedagogical, "pedagogical"},
    std::pair{CoachingKind::Observation, "observation"},
    std::pair{CoachingKind::TeamMeeting, "team-meeting"},
};
constexpr std::array coachingStatuses{
    std::pair{CoachingStatus::Planned, "planned"},
    std::pair{CoachingStatus::Held, "held"},
    std::pair{CoachingStatus::Cancelled, "cancelled"},
};
constexpr std::array holidayRegions{
    std::pair{HolidayRegion::Noord, "noord"},
    std::pair{HolidayRegion::Midden, "midden"},
    std::pair{HolidayRegion::Zuid, "zuid"},
};
constexpr std::array severities{
    std::pair{Severity::Violation, "violation"},
    std::pair{Severity::Allowed, "allowed"},
    std::pair{Severity::Advice, "advice"},
};

} // namespace

QString careTypeCode(CareType type) { return codeOf(careTypes, type); }
std::optional<CareType> careTypeFromCode(const QString &code) { return fromCode(careTypes, code); }
QString staffRoleCode(StaffRole role) { return codeOf(staffRoles, role); }
std::optional<StaffRole> staffRoleFromCode(const QString &code) { return fromCode(staffRoles, code); }
QString placementKindCode(PlacementKind kind) { return codeOf(placementKinds, kind); }
std::optional<PlacementKind> placementKindFromCode(const QString &code)
{
    return fromCode(placementKinds, code);
}
std::optional<PlacementKind> placementKindFromCode(QByteArrayView utf8)
{
    return fromCode(placementKinds, utf8);
}
QString absenceKindCode(AbsenceKind kind) { return codeOf(absenceKinds, kind); }
std::optional<AbsenceKind> absenceKindFromCode(const QString &code)
{
    return fromCode(absenceKinds, code);
}
QString providerKindCode(ProviderKind kind) { return codeOf(providerKinds, kind); }
std::optional<ProviderKind> providerKindFromCode(const QString &code)
{
    return fromCode(providerKinds, code);
}
QString coachKindCode(CoachKind kind) { return codeOf(coachKinds, kind); }
std::optional<CoachKind> coachKindFromCode(const QString &code) { return fromCode(coachKinds, code); }
QString coachingKindCode(CoachingKind kind) { return codeOf(coachingKinds, kind); }
std::optional<CoachingKind> coachingKindFromCode(const QString &code)
{
    return fromCode(coachingKinds, code);
}
QString coachingStatusCode(CoachingStatus status) { return codeOf(coachingStatuses, status); }
std::optional<CoachingStatus> coachingStatusFromCode(const QString &code)
{
    return fromCode(coachingStatuses, code);
}
QString severityCode(Severity severity) { return codeOf(severities, severity); }
std::optional<Severity> severityFromCode(const QString &code) { return fromCode(severities, code); }
QString holidayRegionCode(HolidayRegion region) { return codeOf(holidayRegions, region); }
std::optional<HolidayRegion> holidayRegionFromCode(const QString &code)
{
    return fromCode(holidayRegions, code.trimmed().toLower());
}

QString holidayRegionName(HolidayRegion region)
{
    switch (region) {
    case HolidayRegion::Noord:
        return QCoreApplication::translate("samenplan::Types", "North");
    case HolidayRegion::Midden:
        return QCoreApplication::translate("samenplan::Types", "Middle");
    case HolidayRegion::Zuid:
        return QCoreApplication::translate("samenplan::Types", "South");
    }
    return {};
}

QString careTypeName(CareType type)
{
    switch (type) {
    case CareType::DayCare:
        return QCoreApplication::translate("samenplan::Types", "Day care");
    case CareType::OutOfSchool:
        return QCoreApplication::translate("samenplan::Types", "Out-of-school care");
    case CareType::Preschool:
        return QCoreApplication::translate("samenplan::Types", "Pre-school (VE)");
    }
    return {};
}

QString staffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Pedagogue:
        return QCoreApplication::translate("samenplan::Types", "Pedagogue");
    case StaffRole::Trainee:
        return QCoreApplication::translate("samenplan::Types", "Pedagogue in training");
    case StaffRole::YouthCarePedagogue:
        return QCoreApplication::translate("samenplan::Types", "Youth-care pedagogue");
    case StaffRole::OutreachWorker:
        return QCoreApplication::translate("samenplan::Types", "Outreach worker");
    case StaffRole::BehaviouralScientist:
        return QCoreApplication::translate("samenplan::Types", "Behavioural scientist");
    case StaffRole::Coach:
        return QCoreApplication::translate("samenplan::Types", "Coach");
    case StaffRole::Volunteer:
        return QCoreApplication::translate("samenplan::Types", "Volunteer / neighbourhood mother");
    }
    return {};
}

QString absenceKindName(AbsenceKind kind)
{
    switch (kind) {
    case AbsenceKind::Leave:
        return QCoreApplication::translate("samenplan::Types", "Leave");
    case AbsenceKind::Sick:
        return QCoreApplication::translate("samenplan::Types", "Sick");
    case AbsenceKind::Training:
        return QCoreApplication::translate("samenplan::Types", "Training");
    case AbsenceKind::Other:
        return QCoreApplication::translate("samenplan::Types", "Other");
    }
    return {};
}

bool roleCountsForRatioByDefault(StaffRole role)
{
    // rules.md 4.3: qualified pedagogues count; youth-care pedagogues are qualified pedagogues on
    // the floor but employed by the provider, so they count only where marked. Trainees likewise.
    return role == StaffRole::Pedagogue;
}

} // namespace samenplan
