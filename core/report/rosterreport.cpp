#include "report/rosterreport.h"

#include "io/exporttables.h"
#include "planning/planningdata.h"
#include "report/pdfoutput.h"
#include "report/rosterweek.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

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

QString byStaff(const planning::PlanningData &data, const Location &location, const IsoWeek &week, const QList<int> &days)
{
    QString html = tableStart(week, days, RosterText::tr("Staff"), true, 9.5);
    for (const Staff &person : data.staff) {
        QStringList cells;
        int minutes = 0;
        bool any = false;
        for (int day : days) {
            QStringList lines;
            const QDate date = week.day(day);
            for (const Shift &shift : data.shifts) {
                if (shift.staffId != person.id || shift.date != date || !shiftAtLocation(data, shift, location))
                    continue;
                const Group *group = data.group(shift.groupId);
                lines << span(shift.hours) + QStringLiteral(" ")
                             + (group ? group->name : RosterText::tr("off the floor")).toHtmlEscaped();
                minutes += shift.workedMinutes();
                any = true;
            }
            if (lines.isEmpty() && data.staffAbsentAt(person.id, date, TimeRange{0, 24 * 60}))
                lines << QStringLiteral("<i>%1</i>").arg(RosterText::tr("absent"));
            cells << lines.join(QStringLiteral("<br>"));
        }
        if (!any)
            continue;
        html += QStringLiteral("<tr><td style=\"white-space: nowrap;\"><b>%1</b></td>").arg(person.name.toHtmlEscaped());
        for (const QString &cell : std::as_const(cells))
            html += QStringLiteral("<td align=\"center\" style=\"white-space: nowrap;\">%1</td>").arg(cell);
        html += QStringLiteral("<td align=\"right\">%1</td></tr>").arg(QLocale().toString(minutes / 60.0, 'f', 1));
    }
    return html + QStringLiteral("</table>");
}

QString byGroup(const planning::PlanningData &data, const Location &location, const IsoWeek &week, const QList<int> &days)
{
    QString html = tableStart(week, days, RosterText::tr("Group"), false, 8.5);
    for (const Group &group : data.groupsInOrder()) {
        if (group.locationId != location.id)
            continue;
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(group.name.toHtmlEscaped());
        for (int day : days) {
            QStringList lines;
            for (const Shift &shift : data.shifts) {
                if (shift.groupId != group.id || shift.date != week.day(day))
                    continue;
                const Staff *person = data.staffMember(shift.staffId);
                QString line = (person ? person->name.section(QLatin1Char(' '), 0, 0) : QString()).toHtmlEscaped()
                    + QStringLiteral(" ") + span(shift.hours);
                for (const TimeRange &pause : shift.breaks)
                    line += QStringLiteral(" <span style=\"color: #555;\">(%1)</span>").arg(compact(pause.from));
                lines << line;
            }
            html += QStringLiteral("<td style=\"white-space: nowrap;\">%1</td>").arg(lines.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

void buildRoster(QTextDocument &document, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed)
{
    const QList<int> days = printedDays(data, week);
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    bool first = true;
    for (const Location &location : data.locations) {
        const QString pageBreak = first ? QString() : QStringLiteral(" style=\"page-break-before: always;\"");
        first = false;
        html += QStringLiteral("<div%1>").arg(pageBreak) + header(location, week, printed, RosterText::tr("by staff"))
            + byStaff(data, location, week, days) + QStringLiteral("</div>");
        html += QStringLiteral("<div style=\"page-break-before: always;\">") + header(location, week, printed, RosterText::tr("by group"))
            + byGroup(data, location, week, days)
            + QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>").arg(RosterText::tr("Times in brackets: when the break starts."))
            + QStringLiteral("</div>");
    }
    document.setHtml(html + QStringLiteral("</body></html>"));
}

QString writeRosterPdf(const QString &path, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed)
{
    QTextDocument document;
    buildRoster(document, data, week, printed);
    return writeDocumentPdf(path, document, QPageLayout::Landscape, RosterText::tr("Roster week %1").arg(week.toString()));
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
