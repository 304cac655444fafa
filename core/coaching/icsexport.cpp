#include "coaching/icsexport.h"

#include "coaching/coachingkindname.h"

#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/organisationrepository.h"
#include "persistence/staffrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <libical/ical.h>

#include <memory>

namespace samenplan::coaching {
namespace {

class IcsText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::coaching::IcsText)
};

const char *const TimeZone = "Europe/Amsterdam";

icaltimetype localTime(const QDate &date, int minutes, icaltimezone *zone)
{
    icaltimetype time = icaltime_null_time();
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    time.hour = minutes / 60;
    time.minute = minutes % 60;
    time.is_date = 0;
    return icaltime_set_timezone(&time, zone);
}

icalproperty *withZone(icalproperty *property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(TimeZone));
    return property;
}

// The last Sunday of a month: when the Netherlands change between summer and winter time (EU
// rule since 1996).
QDate lastSunday(int year, int month)
{
    QDate day = QDate(year, month, 1).addMonths(1).addDays(-1);
    return day.addDays(-(day.dayOfWeek() % 7));
}

QString compactDate(const QDate &date, int hour)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("T%1").arg(hour, 2, 10, QLatin1Char('0'))
           + QStringLiteral("0000");
}

// Europe/Amsterdam as two rules from the winter before the first exported session onwards, instead
// of libical's full history back to 1835: every calendar reads it, and it covers all later years.
icalcomponent *amsterdamZone(int firstYear)
{
    const QString text = QStringLiteral(
        "BEGIN:VTIMEZONE\r\nTZID:%1\r\n"
        "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:%2\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:%3\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\n")
                             .arg(QLatin1String(TimeZone), compactDate(lastSunday(firstYear - 1, 10), 3),
                                  compactDate(lastSunday(firstYear, 3), 2));
    return icalcomponent_new_from_string(text.toUtf8().constData());
}

} // namespace

QByteArray coachingCalendar(const Database &db, const IcsOptions &options, QString *error)
{
    const CoachingRepository coaching(db);
    QHash<Id, QString> staffNames, externalNames, groupNames, groupLocation, children;
    for (const Staff &s : StaffRepository(db).all())
        staffNames.insert(s.id, s.name);
    for (const ExternalCoach &c : coaching.externalCoaches())
        externalNames.insert(c.id, c.name);
    QHash<Id, QString> locationNames;
    for (const Location &l : LocationRepository(db).all())
        locationNames.insert(l.id, l.name);
    for (const Group &g : GroupRepository(db).all()) {
        groupNames.insert(g.id, g.name);
        groupLocation.insert(g.id, locationNames.value(g.locationId));
    }
    if (options.includeFocusChild) {
        for (const Child &c : ChildRepository(db).all())
            children.insert(c.id, c.displayName());
    }
    if (!options.coachName.isEmpty() && !staffNames.values().contains(options.coachName)
        && !externalNames.values().contains(options.coachName)) {
        if (error)
            *error = IcsText::tr("There is no coach called %1.").arg(options.coachName);
        return {};
    }

    icaltimezone *zone = icaltimezone_get_builtin_timezone(TimeZone);
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar(
        icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                            icalproperty_new_prodid("-//Samenplan//Samenplan//NL"),
                            icalproperty_new_calscale("GREGORIAN"), static_cast<void *>(nullptr)),
        &icalcomponent_free);
    const QList<CoachingSession> sessions = coaching.sessionsBetween(options.from, options.to);
    const int firstYear = !sessions.isEmpty()       ? sessions.first().date.year()
                          : options.from.isValid() ? options.from.year()
                                                   : QDate::currentDate().year();
    if (icalcomponent *vtimezone = amsterdamZone(firstYear))
        icalcomponent_add_component(calendar.get(), vtimezone);
    // UIDs carry the database's identity: two organisations' sessions never collide in one agenda.
    const QString databaseUid = OrganisationRepository(db).databaseUid();
    const QHash<Id, int> sequences = coaching.sequences();

    const icaltimetype stamp = icaltime_current_time_with_zone(icaltimezone_get_utc_timezone());
    for (const CoachingSession &session : sessions) {
        const QString coach = session.coachStaffId != NoId ? staffNames.value(session.coachStaffId)
                                                           : externalNames.value(session.externalCoachId);
        if (!options.coachName.isEmpty() && coach != options.coachName)
            continue;
        QStringList coachees;
        for (Id id : session.coacheeIds)
            coachees << staffNames.value(id);
        const QString group = groupNames.value(session.groupId);
        QString summary = coachingKindName(session.kind);
        if (!group.isEmpty())
            summary += QStringLiteral(" – ") + group;
        QStringList description;
        if (!session.goal.isEmpty())
            description << IcsText::tr("Goal: %1").arg(session.goal);
        description << IcsText::tr("Coach: %1").arg(coach);
        if (!coachees.isEmpty())
            description << IcsText::tr("Pedagogues: %1").arg(coachees.join(QStringLiteral(", ")));
        if (session.offFloor)
            description << IcsText::tr("Off the floor");
        if (options.includeFocusChild && session.focusChildId != NoId)
            description << IcsText::tr("Focus child: %1").arg(children.value(session.focusChildId));
        if (session.status == CoachingStatus::Cancelled && !session.cancelReason.isEmpty())
            description << IcsText::tr("Cancelled: %1").arg(session.cancelReason);

        icalcomponent *event = icalcomponent_new_vevent();
        const QByteArray uid = QStringLiteral("samenplan-coaching-%1-%2@samenplan").arg(session.id).arg(databaseUid).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_sequence(sequences.value(session.id)));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, withZone(icalproperty_new_dtstart(localTime(session.date, session.hours.from, zone))));
        icalcomponent_add_property(event, withZone(icalproperty_new_dtend(localTime(session.date, session.hours.to, zone))));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        const QString place = groupLocation.value(session.groupId);
        if (!place.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_location((place + QStringLiteral(", ") + group).toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_description(description.join(QLatin1Char('\n')).toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_status(session.status == CoachingStatus::Cancelled
                                                                      ? ICAL_STATUS_CANCELLED
                                                                      : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(calendar.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    free(text);
    return result;
}

QString writeCoachingIcs(const QString &path, const Database &db, const IcsOptions &options)
{
    QString error;
    const QByteArray text = coachingCalendar(db, options, &error);
    if (!error.isEmpty())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return IcsText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace samenplan::coaching
