#include "calendar/icsimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <libical/ical.h>

namespace samenplan::calendar {
namespace {

class IcsImportText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::calendar::IcsImportText)
};

QDate dateOf(const icaltimetype &time)
{
    return QDate(time.year, time.month, time.day);
}

} // namespace

IcsHolidays readHolidaysFromIcs(const QString &path, HolidayRegion region)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {{}, {IcsImportText::tr("%1: cannot be read").arg(name)}};
    if (file.size() > 10 * 1024 * 1024)
        return {{}, {IcsImportText::tr("%1: too large to be a holiday calendar").arg(name)}};
    return parseHolidaysFromIcs(file.readAll(), name, region);
}

IcsHolidays parseHolidaysFromIcs(const QByteArray &bytes, const QString &fileName, HolidayRegion region)
{
    IcsHolidays result;
    icalcomponent *root = icalparser_parse_string(bytes.constData());
    if (!root || (icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT && icalcomponent_isa(root) != ICAL_XROOT_COMPONENT)) {
        if (root)
            icalcomponent_free(root);
        result.problems.append(IcsImportText::tr("%1: not an iCalendar file").arg(fileName));
        return result;
    }
    int number = 0;
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root) == ICAL_XROOT_COMPONENT) {
        for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    } else {
        calendars.append(root);
    }
    for (icalcomponent *calendar : std::as_const(calendars)) {
        for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            ++number;
            const char *summary = icalcomponent_get_summary(event);
            const QString name = QString::fromUtf8(summary ? summary : "").simplified();
            const icaltimetype start = icalcomponent_get_dtstart(event);
            if (icaltime_is_null_time(start) || !dateOf(start).isValid()) {
                result.problems.append(IcsImportText::tr("%1: event %2: no start date").arg(fileName).arg(number));
                continue;
            }
            QDate from = dateOf(start);
            QDate to = from;
            const icaltimetype end = icalcomponent_get_dtend(event);
            if (!icaltime_is_null_time(end) && dateOf(end).isValid()) {
                // An all-day DTEND is the first day after the holiday.
                to = start.is_date ? dateOf(end).addDays(-1) : dateOf(end);
                if (to < from)
                    to = from;
            }
            if (name.isEmpty()) {
                result.problems.append(IcsImportText::tr("%1: event %2: no name (SUMMARY)").arg(fileName).arg(number));
                continue;
            }
            if (from.daysTo(to) > 100) {
                result.problems.append(IcsImportText::tr("%1: event %2 (%3): longer than any school holiday").arg(fileName).arg(number).arg(name));
                continue;
            }
            SchoolHoliday holiday;
            holiday.region = region;
            holiday.schoolYear = schoolYearOf(from);
            holiday.name = name.left(200);
            holiday.from = from;
            holiday.to = to;
            holiday.confirmed = true;
            holiday.source = IcsImportText::tr("imported from %1").arg(fileName);
            result.holidays.append(holiday);
        }
    }
    icalcomponent_free(root);
    if (number == 0)
        result.problems.append(IcsImportText::tr("%1: no events in the calendar").arg(fileName));
    return result;
}

} // namespace samenplan::calendar
