#include "report/dayrecordreport.h"

#include "report/pdfoutput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace samenplan::report {
namespace {

class DayRecordText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::report::DayRecordText)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stateCell(attendance::QuarterState state)
{
    // Readable in black and white too: the word carries the state, the colour helps.
    const char *colour = state == attendance::QuarterState::Met ? "#1b5e20"
        : state == attendance::QuarterState::Allowed             ? "#8a5a00"
                                                                 : "#b71c1c";
    const QString word = attendance::quarterStateName(state);
    return QStringLiteral("<td style=\"color: %1;\">%2</td>")
        .arg(QLatin1String(colour), state == attendance::QuarterState::Violation ? QStringLiteral("<b>%1</b>").arg(esc(word)) : esc(word));
}

QString dayKindText(const attendance::DayRecord &record)
{
    switch (record.dayInfo.kind) {
    case calendar::DayKind::SchoolDay:
        return DayRecordText::tr("school day");
    case calendar::DayKind::SchoolFree:
        return DayRecordText::tr("school-free day (%1)").arg(record.dayInfo.reason);
    case calendar::DayKind::Closed:
        return DayRecordText::tr("closed (%1)").arg(record.dayInfo.reason);
    }
    return {};
}

QString page(const attendance::DayRecord &r, const QDateTime &printed, bool first)
{
    const QLocale locale;
    QString html = QStringLiteral("<div style=\"%1\">").arg(first ? QString() : QStringLiteral("page-break-before: always;"));
    html += QStringLiteral("<h1 style=\"font-size: 16pt; margin-bottom: 0;\">%1</h1>")
                .arg(esc(DayRecordText::tr("Day record %1 · %2").arg(r.group.name, locale.toString(r.date, QLocale::LongFormat))));
    html += QStringLiteral("<p style=\"font-size: 9pt; margin-top: 2pt;\">%1</p>")
                .arg(esc(DayRecordText::tr("%1 · %2 · open %3 · %4")
                             .arg(r.location, careTypeName(r.group.careType),
                                  r.opening ? formatRange(*r.opening) : DayRecordText::tr("closed"), dayKindText(r))));
    QString status;
    if (!r.registered)
        status = DayRecordText::tr("PLAN — no attendance registered for this day: these are the planned times, not a record.");
    else if (r.day.closed())
        status = DayRecordText::tr("Record closed (vastgesteld) by %1 on %2.")
                     .arg(r.day.closedBy, locale.toString(r.day.closedAt.toLocalTime(), QLocale::ShortFormat));
    else
        status = DayRecordText::tr("Record registered, not yet closed.");
    html += QStringLiteral("<p style=\"font-size: 10pt; font-weight: bold; border: 1px solid black; padding: 3pt;\">%1</p>").arg(esc(status));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\" valign=\"top\">");
    html += QStringLiteral("<h2 style=\"font-size: 11pt;\">%1</h2>").arg(esc(DayRecordText::tr("Children (%1)").arg(r.children.size())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: 8.5pt; border-collapse: collapse;\">"
                           "<tr><th align=\"left\">%1</th><th>%2</th><th>%3</th></tr>")
                .arg(esc(DayRecordText::tr("Name")), esc(DayRecordText::tr("Arrived")), esc(DayRecordText::tr("Left")));
    for (const attendance::RecordChild &child : r.children)
        html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td></tr>")
                    .arg(esc(child.name), formatMinutes(child.arrived), child.left ? formatMinutes(*child.left) : QStringLiteral("—"));
    html += QStringLiteral("</table></td><td width=\"50%\" valign=\"top\">");
    html += QStringLiteral("<h2 style=\"font-size: 11pt;\">%1</h2>")
                .arg(esc(r.registered && !r.staffRegistered ? DayRecordText::tr("Staff on the floor (from the roster: not registered)")
                                                           : DayRecordText::tr("Staff on the floor")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-size: 8.5pt; border-collapse: collapse;\">"
                           "<tr><th align=\"left\">%1</th><th>%2</th><th>%3</th><th align=\"left\">%4</th></tr>")
                .arg(esc(DayRecordText::tr("Name")), esc(DayRecordText::tr("From")), esc(DayRecordText::tr("To")),
                     esc(DayRecordText::tr("Note")));
    for (const attendance::RecordStaff &member : r.staff)
        html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td><td>%4</td></tr>")
                    .arg(esc(member.name), formatMinutes(member.hours.from), formatMinutes(member.hours.to), esc(member.note));
    html += QStringLiteral("</table></td></tr></table>");

    if (!r.quarters.isEmpty()) {
        html += QStringLiteral("<h2 style=\"font-size: 11pt;\">%1</h2>")
                    .arg(esc(DayRecordText::tr("Staff-child ratio per quarter hour: %1 minutes below the ratio, %2 allowed that day")
                                 .arg(r.deviationMinutes).arg(r.allowanceMinutes)));
        const QString head = QStringLiteral("<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th align=\"left\">%5</th>")
                                 .arg(esc(DayRecordText::tr("From")), esc(DayRecordText::tr("Children")),
                                      esc(DayRecordText::tr("Required")), esc(DayRecordText::tr("Present")),
                                      esc(DayRecordText::tr("State")));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"1\" style=\"font-size: 8pt; border-collapse: collapse;\">"
                               "<tr>%1<th width=\"12\"></th>%1</tr>").arg(head);
        const int rows = int((r.quarters.size() + 1) / 2);
        for (int i = 0; i < rows; ++i) {
            html += QStringLiteral("<tr>");
            for (int half = 0; half < 2; ++half) {
                const int index = i + half * rows;
                if (half == 1)
                    html += QStringLiteral("<td></td>");
                if (index >= r.quarters.size()) {
                    html += QStringLiteral("<td></td><td></td><td></td><td></td><td></td>");
                    continue;
                }
                const attendance::RecordQuarter &q = r.quarters.at(index);
                html += QStringLiteral("<td align=\"center\">%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                                       "<td align=\"center\">%4</td>")
                            .arg(formatMinutes(q.from)).arg(q.children).arg(q.required).arg(q.present)
                        + stateCell(q.state);
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p style=\"font-size: 8.5pt;\">%1</p>").arg(esc(r.explanation));
    }
    if (!r.corrections.isEmpty()) {
        html += QStringLiteral("<h2 style=\"font-size: 11pt;\">%1</h2><ul style=\"font-size: 8pt;\">")
                    .arg(esc(DayRecordText::tr("Changes logged")));
        for (const AttendanceLogEntry &entry : r.corrections)
            html += QStringLiteral("<li>%1 — %2%3</li>")
                        .arg(esc(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)), esc(entry.change),
                             entry.reason.isEmpty() ? QString() : esc(DayRecordText::tr(" (reason: %1)").arg(entry.reason)));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"font-size: 7.5pt; color: #555555;\">%1</p>")
                .arg(esc(DayRecordText::tr("Printed %1 by Samenplan. Children count in a quarter hour when present during any part "
                                           "of it; a professional when on the floor for the whole quarter hour (breaks off).")
                             .arg(locale.toString(printed, QLocale::ShortFormat))));
    html += QStringLiteral("</div>");
    return html;
}

} // namespace

void buildDayRecords(QTextDocument &document, const QList<attendance::DayRecord> &records, const QDateTime &printed)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    for (int i = 0; i < records.size(); ++i)
        html += page(records.at(i), printed, i == 0);
    if (records.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(DayRecordText::tr("No groups.")));
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
}

QString writeDayRecordPdf(const QString &path, const QList<attendance::DayRecord> &records, const QDateTime &printed)
{
    QTextDocument document;
    buildDayRecords(document, records, printed);
    return writeDocumentPdf(path, document, QPageLayout::Portrait, DayRecordText::tr("Day record"));
}

} // namespace samenplan::report
