#include "domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace samenplan {

namespace {
class Validation {
    Q_DECLARE_TR_FUNCTIONS(samenplan::Validation)
};

void refuse(Outcome &outcome, const QString &field, const QString &message)
{
    outcome.refuse(doorrule::Record, field, message);
}

bool validLrk(const QString &lrk)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{6,12}$"));
    return digits.match(lrk).hasMatch();
}

} // namespace

void checkText(Outcome &outcome, const QString &field, const QString &text, int max, bool oneLine)
{
    if (text.size() > max)
        outcome.refuse(doorrule::TextLength, field,
                       Validation::tr("The text is %1 characters long; at most %2 fit here.").arg(text.size()).arg(max));
    else if (oneLine && (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))))
        outcome.refuse(doorrule::Record, field, Validation::tr("The text must fit on one line."));
}

Outcome checkChild(const Child &child, const QDate &today)
{
    Outcome o;
    if (child.firstName.trimmed().isEmpty())
        refuse(o, QStringLiteral("first_name"), Validation::tr("The first name is empty."));
    if (child.lastName.trimmed().isEmpty())
        refuse(o, QStringLiteral("last_name"), Validation::tr("The last name is empty."));
    if (!child.birthDate.isValid())
        refuse(o, QStringLiteral("birth_date"), Validation::tr("The birth date is not a valid date."));
    else if (child.expected && child.birthDate > today.addMonths(MaxMonthsExpected))
        refuse(o, QStringLiteral("birth_date"),
               Validation::tr("The due date is more than %1 months ahead.").arg(MaxMonthsExpected));
    else if (!child.expected && child.birthDate > today)
        refuse(o, QStringLiteral("birth_date"),
               Validation::tr("The birth date lies in the future; for a baby not born yet, mark the child as expected "
                              "and give the due date."));
    else if (child.birthDate < today.addYears(-18))
        refuse(o, QStringLiteral("birth_date"), Validation::tr("The birth date is more than 18 years ago; childcare ends at 13."));
    checkText(o, QStringLiteral("first_name"), child.firstName, MaxNameLength);
    checkText(o, QStringLiteral("last_name"), child.lastName, MaxNameLength);
    checkText(o, QStringLiteral("parent_name"), child.parentName, MaxNameLength);
    checkText(o, QStringLiteral("parent_phone"), child.parentPhone, MaxNameLength);
    checkText(o, QStringLiteral("parent_email"), child.parentEmail, MaxNameLength);
    checkText(o, QStringLiteral("notes"), child.notes, MaxNoteLength, false);
    return o;
}

Outcome checkProvider(const YouthCareProvider &provider)
{
    Outcome o;
    if (provider.name.trimmed().isEmpty())
        refuse(o, QStringLiteral("name"), Validation::tr("The provider's name is empty."));
    if (provider.trajectoryMonths < 1 || provider.trajectoryMonths > 60)
        refuse(o, QStringLiteral("trajectory_months"), Validation::tr("A trajectory lasts 1 to 60 months."));
    checkText(o, QStringLiteral("name"), provider.name, MaxNameLength);
    return o;
}

Outcome checkReferral(const Referral &referral)
{
    Outcome o;
    if (referral.childId == NoId)
        refuse(o, QStringLiteral("child"), Validation::tr("Choose the child."));
    if (referral.providerId == NoId)
        refuse(o, QStringLiteral("provider"), Validation::tr("Choose the youth-care provider."));
    if (referral.reference.trimmed().isEmpty())
        refuse(o, QStringLiteral("reference"), Validation::tr("The referral's reference is empty."));
    if (!referral.start.isValid() || !referral.plannedEnd.isValid())
        refuse(o, QStringLiteral("start"), Validation::tr("The referral needs a start and a planned end."));
    else if (referral.plannedEnd < referral.start)
        refuse(o, QStringLiteral("planned_end"), Validation::tr("The planned end lies before the start."));
    checkText(o, QStringLiteral("reference"), referral.reference, MaxNameLength);
    checkText(o, QStringLiteral("follow_up_note"), referral.followUpNote, MaxNoteLength, false);
    return o;
}

Outcome checkWaitingListEntry(const WaitingListEntry &entry)
{
    Outcome o;
    if (entry.childId == NoId)
        refuse(o, QStringLiteral("child"), Validation::tr("Choose the child."));
    if (!entry.wishedStart.isValid())
        refuse(o, QStringLiteral("wished_start"), Validation::tr("The wished start is not a valid date."));
    if ((entry.days & 0x7f) == 0 || (entry.days & ~0x7f) != 0)
        refuse(o, QStringLiteral("days"), Validation::tr("Choose at least one day."));
    checkText(o, QStringLiteral("note"), entry.note, MaxNoteLength, false);
    return o;
}

Outcome checkShift(const Shift &shift)
{
    Outcome o;
    if (shift.staffId == NoId)
        refuse(o, QStringLiteral("staff"), Validation::tr("Choose who works this shift."));
    if (!shift.date.isValid())
        refuse(o, QStringLiteral("date"), Validation::tr("The shift's date is not a valid date."));
    if (shift.hours.to <= shift.hours.from || !shift.hours.isValid())
        refuse(o, QStringLiteral("end"), Validation::tr("The shift ends at %1, before it starts at %2.")
                                             .arg(formatMinutes(shift.hours.to), formatMinutes(shift.hours.from)));
    for (const TimeRange &pause : shift.breaks) {
        if (pause.to <= pause.from)
            refuse(o, QStringLiteral("break"), Validation::tr("The break ends before it starts."));
        else if (pause.from < shift.hours.from || pause.to > shift.hours.to)
            refuse(o, QStringLiteral("break"), Validation::tr("The break %1 falls outside the shift %2.")
                                                   .arg(formatRange(pause), formatRange(shift.hours)));
    }
    checkText(o, QStringLiteral("note"), shift.note, MaxNoteLength, false);
    return o;
}

Outcome checkStaff(const Staff &staff)
{
    Outcome o;
    if (staff.name.trimmed().isEmpty())
        refuse(o, QStringLiteral("name"), Validation::tr("The name is empty."));
    if (staff.contractMinutesPerWeek < 0 || staff.contractMinutesPerWeek > 60 * 60)
        refuse(o, QStringLiteral("contract_hours"), Validation::tr("A contract has 0 to 60 hours a week."));
    checkText(o, QStringLiteral("name"), staff.name, MaxNameLength);
    return o;
}

Outcome checkAbsence(const Absence &absence)
{
    Outcome o;
    if (absence.staffId == NoId)
        refuse(o, QStringLiteral("staff"), Validation::tr("Choose who is absent."));
    if (!absence.start.isValid() || !absence.end.isValid())
        refuse(o, QStringLiteral("start"), Validation::tr("The absence needs a first and a last day."));
    else if (absence.end < absence.start)
        refuse(o, QStringLiteral("end"), Validation::tr("The last day lies before the first."));
    if (absence.hours && !absence.hours->isValid())
        refuse(o, QStringLiteral("hours"), Validation::tr("The hours of the absence end before they start."));
    checkText(o, QStringLiteral("note"), absence.note, MaxNoteLength, false);
    return o;
}

Outcome checkLocation(const Location &location)
{
    Outcome o;
    if (location.name.trimmed().isEmpty())
        refuse(o, QStringLiteral("location"), Validation::tr("The location's name is empty."));
    if (location.lrkNumber.trimmed().isEmpty())
        refuse(o, QStringLiteral("lrk"), Validation::tr("The LRK number is missing: 6 to 12 digits, as in the Landelijk Register "
                                                        "Kinderopvang."));
    else if (!validLrk(location.lrkNumber))
        refuse(o, QStringLiteral("lrk"), Validation::tr("'%1' is not an LRK number (6 to 12 digits).").arg(location.lrkNumber));
    for (const auto &hours : location.openingHours) {
        if (hours && !hours->isValid()) {
            refuse(o, QStringLiteral("opens"), Validation::tr("The opening hours close before they open."));
            break;
        }
    }
    checkText(o, QStringLiteral("location"), location.name, MaxNameLength);
    checkText(o, QStringLiteral("address"), location.address, MaxNameLength);
    return o;
}

Outcome checkGroup(const Group &group)
{
    Outcome o;
    if (group.locationId == NoId)
        refuse(o, QStringLiteral("location"), Validation::tr("Choose the group's location."));
    if (group.name.trimmed().isEmpty())
        refuse(o, QStringLiteral("group"), Validation::tr("The group has no name."));
    if (group.minAgeMonths < 0 || group.maxAgeMonths > 13 * 12 || group.minAgeMonths >= group.maxAgeMonths)
        refuse(o, QStringLiteral("max_age"), Validation::tr("The age range must run from a lower to a higher age, up to 13 years."));
    if (group.maxChildren < 1 || group.maxChildren > 30)
        refuse(o, QStringLiteral("max_children"), Validation::tr("A group takes 1 to 30 children."));
    else if (group.youthCareSeats < 0 || group.youthCareSeats > group.maxChildren)
        refuse(o, QStringLiteral("youth_care_seats"), Validation::tr("The youth-care seats must be 0 up to the group's maximum."));
    checkText(o, QStringLiteral("group"), group.name, MaxNameLength);
    checkText(o, QStringLiteral("room"), group.room, MaxNameLength);
    checkText(o, QStringLiteral("notes"), group.notes, MaxNoteLength, false);
    if ((group.schoolDayHours && !group.schoolDayHours->isValid()) || (group.holidayHours && !group.holidayHours->isValid()))
        refuse(o, QStringLiteral("hours"), Validation::tr("A group's hours end after they start, within the day."));
    return o;
}

Outcome checkExternalCoach(const ExternalCoach &coach)
{
    Outcome o;
    if (coach.name.trimmed().isEmpty())
        refuse(o, QStringLiteral("name"), Validation::tr("The name is empty."));
    checkText(o, QStringLiteral("name"), coach.name, MaxNameLength);
    checkText(o, QStringLiteral("organisation"), coach.organisation, MaxNameLength);
    checkText(o, QStringLiteral("email"), coach.email, MaxNameLength);
    return o;
}

QString validateChild(const Child &child, const QDate &today)
{
    return checkChild(child, today).reason();
}

QString validateProvider(const YouthCareProvider &provider)
{
    return checkProvider(provider).reason();
}

QString validateReferral(const Referral &referral)
{
    return checkReferral(referral).reason();
}

QString validateWaitingListEntry(const WaitingListEntry &entry)
{
    return checkWaitingListEntry(entry).reason();
}

QString validateShift(const Shift &shift)
{
    return checkShift(shift).reason();
}

} // namespace samenplan
