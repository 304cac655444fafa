#include "report/rosterreport.h"

#include "io/exporttables.h"
#include "planning/planningdata.h"
#include "report/pdfoutput.h"
#include "report/rosterweek.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSet>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <vector>

namespace samenplan::report {
namespace {

class RosterText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::report::RosterText)
};

QString compact(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString span(const TimeRange &range)
{
    return compact(range.from) + QStringLiteral("–") + compact(range.to);
}

QString header(const Location &location, const IsoWeek &week, const QDate &printed, const QString &view)
{
    const QLocale locale;
    return QStringLiteral("<h1 style=\"font-size: 17pt; margin: 0;\">%1</h1><p style=\"font-size: 10pt; margin-top: 2pt;\">%2</p>")
        .arg(RosterText::tr("Roster week %1 · %2 · %3").arg(week.week).arg(location.name.toHtmlEscaped(), view),
             RosterText::tr("%1 – %2 · printed %3")
                 .arg(locale.toString(week.monday(), QStringLiteral("d MMMM")), locale.toString(week.day(7), QStringLiteral("d MMMM yyyy")),
                      locale.toString(printed, QLocale::ShortFormat)));
}

// Sized so a location with 5 groups and 25 staff fits one A4 page per view.
QString tableStart(const IsoWeek &week, const QList<int> &days, const QString &first, bool hoursColumn, double pointSize)
{
    const QLocale locale;
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                                  "style=\"border-collapse: collapse; font-size: %2pt;\"><tr style=\"background: #dde6ee;\">"
                                  "<th align=\"left\">%1</th>").arg(first).arg(pointSize);
    for (int day : days)
        html += QStringLiteral("<th style=\"white-space: nowrap;\">%1</th>").arg(locale.toString(week.day(day), QStringLiteral("ddd d-M")));
    if (hoursColumn)
        html += QStringLiteral("<th style=\"white-space: nowrap;\">%1</th>").arg(RosterText::tr("Hours"));
    return html + QStringLiteral("</tr>");
}

// The week's shifts sorted once, so each location's pages read only their own: by staff (at each
// location, in the order of the staff list) and by group and day.
struct WeekShifts {
    QHash<Id, QList<Id>> staffOfLocation;                          // in data.staff order
    QHash<QPair<Id, Id>, QList<const Shift *>> ofStaffAtLocation;  // (staff, location), by date
    QHash<QPair<Id, QDate>, QList<const Shift *>> ofGroupDay;
    QList<Group> groupsInOrder;
};

// Where a shift is printed (shiftAtLocation): its group's location, found at once; a shift off the
// floor at each location it belongs to.
QList<Id> shiftLocations(const planning::PlanningData &data, const Shift &shift)
{
    if (const Group *group = data.group(shift.groupId))
        return {group->locationId};
    QList<Id> at;
    for (const Location &location : data.locations) {
        if (shiftAtLocation(data, shift, location))
            at.append(location.id);
    }
    return at;
}

WeekShifts sortShifts(const planning::PlanningData &data, const IsoWeek &week)
{
    WeekShifts sorted;
    QHash<Id, QSet<Id>> locationsOfStaff;
    for (const Shift &shift : data.shifts) {
        if (shift.date < week.monday() || shift.date > week.day(7))
            continue;
        for (Id locationId : shiftLocations(data, shift)) {
            sorted.ofStaffAtLocation[{shift.staffId, locationId}].append(&shift);
            locationsOfStaff[shift.staffId].insert(locationId);
        }
        sorted.ofGroupDay[{shift.groupId, shift.date}].append(&shift);
    }
    for (const Staff &person : data.staff) {
        for (Id locationId : locationsOfStaff.value(person.id))
            sorted.staffOfLocation[locationId].append(person.id);
    }
    sorted.groupsInOrder = data.groupsInOrder();
    return sorted;
}

QString byStaff(const planning::PlanningData &data, const WeekShifts &sorted, const Location &location, const IsoWeek &week,
                const QList<int> &days)
{
    QString html = tableStart(week, days, RosterText::tr("Staff"), true, 9.5);
    for (Id staffId : sorted.staffOfLocation.value(location.id)) {
        const Staff *person = data.staffMember(staffId);
        const QList<const Shift *> shifts = sorted.ofStaffAtLocation.value({staffId, location.id});
        QStringList cells;
        int minutes = 0;
        for (int day : days) {
            QStringList lines;
            const QDate date = week.day(day);
            for (const Shift *shift : shifts) {
                if (shift->date != date)
                    continue;
                const Group *group = data.group(shift->groupId);
                lines << span(shift->hours) + QStringLiteral(" ")
                             + (group ? group->name : RosterText::tr("off the floor")).toHtmlEscaped();
                minutes += shift->workedMinutes();
            }
            if (lines.isEmpty() && data.staffAbsentAt(staffId, date, TimeRange{0, 24 * 60}))
                lines << QStringLiteral("<i>%1</i>").arg(RosterText::tr("absent"));
            cells << lines.join(QStringLiteral("<br>"));
        }
        html += QStringLiteral("<tr><td style=\"white-space: nowrap;\"><b>%1</b></td>").arg(person->name.toHtmlEscaped());
        for (const QString &cell : std::as_const(cells))
            html += QStringLiteral("<td align=\"center\" style=\"white-space: nowrap;\">%1</td>").arg(cell);
        html += QStringLiteral("<td align=\"right\">%1</td></tr>").arg(QLocale().toString(minutes / 60.0, 'f', 1));
    }
    return html + QStringLiteral("</table>");
}

QString byGroup(const planning::PlanningData &data, const WeekShifts &sorted, const Location &location, const IsoWeek &week,
                const QList<int> &days)
{
    QString html = tableStart(week, days, RosterText::tr("Group"), false, 8.5);
    for (const Group &group : sorted.groupsInOrder) {
        if (group.locationId != location.id)
            continue;
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(group.name.toHtmlEscaped());
        for (int day : days) {
            QStringList lines;
            for (const Shift *shift : sorted.ofGroupDay.value({group.id, week.day(day)})) {
                const Staff *person = data.staffMember(shift->staffId);
                QString line = (person ? person->name.section(QLatin1Char(' '), 0, 0) : QString()).toHtmlEscaped()
                    + QStringLiteral(" ") + span(shift->hours);
                for (const TimeRange &pause : shift->breaks)
                    line += QStringLiteral(" <span style=\"color: #555;\">(%1)</span>").arg(compact(pause.from));
                lines << line;
            }
            html += QStringLiteral("<td style=\"white-space: nowrap;\">%1</td>").arg(lines.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// One location's two pages, as HTML for a document.
QString locationPages(const planning::PlanningData &data, const WeekShifts &sorted, const Location &location,
                      const IsoWeek &week, const QDate &printed, const QList<int> &days, bool first)
{
    const QString pageBreak = first ? QString() : QStringLiteral(" style=\"page-break-before: always;\"");
    return QStringLiteral("<div%1>").arg(pageBreak) + header(location, week, printed, RosterText::tr("by staff"))
        + byStaff(data, sorted, location, week, days) + QStringLiteral("</div>")
        + QStringLiteral("<div style=\"page-break-before: always;\">") + header(location, week, printed, RosterText::tr("by group"))
        + byGroup(data, sorted, location, week, days)
        + QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>").arg(RosterText::tr("Times in brackets: when the break starts."))
        + QStringLiteral("</div>");
}

QString documentHtml(const QString &pages)
{
    return QStringLiteral("<html><body style=\"font-family: sans-serif;\">") + pages + QStringLiteral("</body></html>");
}

} // namespace

void buildRoster(QTextDocument &document, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed,
                 Id onlyLocation)
{
    const QList<int> days = printedDays(data, week);
    const WeekShifts sorted = sortShifts(data, week);
    QString pages;
    bool first = true;
    for (const Location &location : data.locations) {
        if (onlyLocation != NoId && location.id != onlyLocation)
            continue;
        pages += locationPages(data, sorted, location, week, printed, days, first);
        first = false;
    }
    document.setHtml(documentHtml(pages));
}

QString writeRosterPdf(const QString &path, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed,
                       Id onlyLocation, const PdfGate &gate)
{
    // One document per location: laying out one document for the whole organisation grows faster
    // than its number of pages.
    const QList<int> days = printedDays(data, week);
    const WeekShifts sorted = sortShifts(data, week);
    std::vector<std::unique_ptr<QTextDocument>> documents;
    for (const Location &location : data.locations) {
        if (onlyLocation != NoId && location.id != onlyLocation)
            continue;
        auto document = std::make_unique<QTextDocument>();
        document->setHtml(documentHtml(locationPages(data, sorted, location, week, printed, days, true)));
        documents.push_back(std::move(document));
    }
    QList<QTextDocument *> pointers;
    for (const auto &document : documents)
        pointers.append(document.get());
    return writeDocumentsPdf(path, pointers, QPageLayout::Landscape, RosterText::tr("Roster week %1").arg(week.toString()),
                             gate);
}

QString writeRosterCsv(const QString &path, const planning::PlanningData &data, const IsoWeek &week)
{
    io::ExportTable table{QStringLiteral("roster"),
                          {QStringLiteral("staff"), QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                           QStringLiteral("group"), QStringLiteral("break"), QStringLiteral("role"), QStringLiteral("hours")},
                          {}};
    for (const Shift &shift : data.shifts) {
        if (shift.date < week.monday() || shift.date > week.day(7))
            continue;
        const Staff *person = data.staffMember(shift.staffId);
        const Group *group = data.group(shift.groupId);
        QStringList breaks;
        for (const TimeRange &pause : shift.breaks)
            breaks << formatRange(pause);
        table.rows.append({person ? person->name : QString(), shift.date.toString(Qt::ISODate), formatMinutes(shift.hours.from),
                           formatMinutes(shift.hours.to), group ? group->name : QString(), breaks.join(QLatin1Char(',')),
                           person ? staffRoleCode(person->role) : QString(), QString::number(shift.workedMinutes() / 60.0, 'f', 2)});
    }
    return io::writeCsv(path, table);
}

} // namespace samenplan::report
