#include "report/coachingreport.h"

#include "coaching/coachingyear.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace samenplan::report {
namespace {

class CoachingReportText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::report::CoachingReportText)
};

QString h(int minutes)
{
    return QLocale().toString(minutes / 60.0, 'f', 1);
}

} // namespace

void buildCoachingYear(QTextDocument &document, const coaching::CoachingYear &year)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(CoachingReportText::tr("Coaching %1 · %2").arg(year.year).arg(year.organisation.toHtmlEscaped()),
                     year.explanation.toHtmlEscaped());
    const QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse;\">");
    html += table + QStringLiteral("<tr style=\"background: #dde6ee;\"><th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                        .arg(CoachingReportText::tr("Location"), CoachingReportText::tr("Required (h)"),
                             CoachingReportText::tr("Planned (h)"), CoachingReportText::tr("Held (h)"));
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                .arg(CoachingReportText::tr("Organisation"), h(year.hours.requiredMinutes), h(year.hours.plannedMinutes), h(year.hours.heldMinutes));
    for (const coaching::LocationYear &l : year.locations)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(l.name.toHtmlEscaped(), h(l.hours.requiredMinutes), h(l.hours.plannedMinutes), h(l.hours.heldMinutes));
    html += QStringLiteral("</table><br>") + table
        + QStringLiteral("<tr style=\"background: #dde6ee;\"><th align=\"left\">%1</th><th>%2</th><th>%3</th></tr>")
              .arg(CoachingReportText::tr("Pedagogue"), CoachingReportText::tr("Planned (h)"), CoachingReportText::tr("Held (h)"));
    for (const coaching::PedagogueYear &p : year.pedagogues) {
        const QString style = p.heldMinutes == 0 ? QStringLiteral(" style=\"color: #b00020;\"") : QString();
        html += QStringLiteral("<tr%4><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(p.name.toHtmlEscaped(), h(p.plannedMinutes), h(p.heldMinutes), style);
    }
    html += QStringLiteral("</table>");
    if (!year.withoutCoaching.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(CoachingReportText::tr("No coaching held yet:"),
                                                         year.withoutCoaching.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!year.providers.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(CoachingReportText::tr("Coaching on the job by youth-care providers:"));
        for (const coaching::ProviderYear &p : year.providers)
            html += QStringLiteral("<li>%1: %2 h</li>").arg(p.provider.toHtmlEscaped(), h(p.onTheJobMinutes));
        html += QStringLiteral("</ul>");
    }
    document.setHtml(html + QStringLiteral("</body></html>"));
}

} // namespace samenplan::report
