#include "domain/validation.h"

#include <QCoreApplication>

namespace samenplan {

namespace {
class Validation {
    Q_DECLARE_TR_FUNCTIONS(samenplan::Validation)
};
} // namespace

QString validateChild(const Child &child, const QDate &today)
{
    if (child.firstName.trimmed().isEmpty())
        return Validation::tr("The first name is empty.");
    if (child.lastName.trimmed().isEmpty())
        return Validation::tr("The last name is empty.");
    if (!child.birthDate.isValid())
        return Validation::tr("The birth date is not a valid date.");
    if (child.birthDate > today)
        return Validation::tr("The birth date lies in the future.");
    if (child.birthDate < today.addYears(-18))
        return Validation::tr("The birth date is more than 18 years ago; childcare ends at 13.");
    return {};
}

QString validateProvider(const YouthCareProvider &provider)
{
    if (provider.name.trimmed().isEmpty())
        return Validation::tr("The provider's name is empty.");
    if (provider.trajectoryMonths < 1 || provider.trajectoryMonths > 60)
        return Validation::tr("A trajectory lasts 1 to 60 months.");
    return {};
}

QString validateReferral(const Referral &referral)
{
    if (referral.childId == NoId)
        return Validation::tr("Choose the child.");
    if (referral.providerId == NoId)
        return Validation::tr("Choose the youth-care provider.");
    if (referral.reference.trimmed().isEmpty())
        return Validation::tr("The referral's reference is empty.");
    if (!referral.start.isValid() || !referral.plannedEnd.isValid())
        return Validation::tr("The referral needs a start and a planned end.");
    if (referral.plannedEnd < referral.start)
        return Validation::tr("The planned end lies before the start.");
    return {};
}

QString validateWaitingListEntry(const WaitingListEntry &entry)
{
    if (entry.childId == NoId)
        return Validation::tr("Choose the child.");
    if (!entry.wishedStart.isValid())
        return Validation::tr("The wished start is not a valid date.");
    if (entry.days == 0)
        return Validation::tr("Choose at least one day.");
    return {};
}

QString validateShift(const Shift &shift)
{
    if (shift.staffId == NoId)
        return Validation::tr("Choose who works this shift.");
    if (!shift.date.isValid())
        return Validation::tr("The shift's date is not a valid date.");
    if (shift.hours.to <= shift.hours.from)
        return Validation::tr("The shift ends at %1, before it starts at %2.")
            .arg(formatMinutes(shift.hours.to), formatMinutes(shift.hours.from));
    for (const TimeRange &pause : shift.breaks) {
        if (pause.to <= pause.from)
            return Validation::tr("The break ends before it starts.");
        if (pause.from < shift.hours.from || pause.to > shift.hours.to)
            return Validation::tr("The break %1 falls outside the shift %2.").arg(formatRange(pause), formatRange(shift.hours));
    }
    return {};
}

} // namespace samenplan
