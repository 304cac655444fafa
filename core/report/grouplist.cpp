#include "report/grouplist.h"

#include "planning/planningdata.h"
#include "report/pdfoutput.h"
#include "util/datetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace samenplan::report {
namespace {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::report::ReportText)
};

QString compact(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void buildGroupList(QTextDocument &document, const planning::PlanningData &data, Id groupId, const IsoWeek &week,
                    const QDate &printed)
{
    const QLocale locale;
    const Group *group = data.group(groupId);
    const Location *location = group ? data.location(group->locationId) : nullptr;
    struct Row {
        QString name;
        QString days[5];
    };
    QList<Row> rows;
    int perDay[5] = {0, 0, 0, 0, 0};
    for (const Placement &placement : data.placements) {
        if (placement.groupId != groupId)
            continue;
        Row row{data.children.value(placement.childId).displayName(), {}};
        bool any = false;
        for (const PlacementDay &day : placement.days) {
            if (day.weekday >= 1 && day.weekday <= 5 && placement.activeOn(week.day(day.weekday))) {
                row.days[day.weekday - 1] = compact(day.hours.from) + QStringLiteral("–") + compact(day.hours.to);
                ++perDay[day.weekday - 1];
                any = true;
            }
        }
        if (any)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });

    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h1 style=\"font-size: 20pt; margin-bottom: 2pt;\">%1</h1>")
                .arg(ReportText::tr("Group list %1").arg((group ? group->name : QString()).toHtmlEscaped()));
    html += QStringLiteral("<p style=\"font-size: 11pt; margin-top: 0;\">%1</p>")
                .arg(ReportText::tr("%1 · week %2 (%3 – %4) · printed %5")
                         .arg((location ? location->name : QString()).toHtmlEscaped())
                         .arg(week.week)
                         .arg(dayAndMonth(week.monday()), shortDate(week.day(5)),
                              locale.toString(printed, QLocale::ShortFormat)));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "
                           "style=\"border-collapse: collapse; font-size: 12pt;\"><tr style=\"background: #dde6ee;\">");
    html += QStringLiteral("<th align=\"left\">%1</th>").arg(ReportText::tr("Child"));
    for (int day = 1; day <= 5; ++day)
        html += QStringLiteral("<th>%1</th>").arg(locale.toString(week.day(day), QStringLiteral("ddd d-M")));
    html += QStringLiteral("</tr>");
    for (const Row &row : std::as_const(rows)) {
        html += QStringLiteral("<tr><td>%1</td>").arg(row.name.toHtmlEscaped());
        for (const QString &cell : row.days)
            html += QStringLiteral("<td align=\"center\">%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr style=\"background: #eef2f5;\"><td><b>%1</b></td>").arg(ReportText::tr("Children"));
    for (int count : perDay)
        html += QStringLiteral("<td align=\"center\"><b>%1</b></td>").arg(count);
    html += QStringLiteral("</tr></table>");
    if (rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(ReportText::tr("No children in this group this week."));
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
}

QString writeGroupListPdf(const QString &path, const planning::PlanningData &data, Id groupId, const IsoWeek &week,
                          const QDate &printed)
{
    QTextDocument document;
    buildGroupList(document, data, groupId, week, printed);
    const Group *group = data.group(groupId);
    return writeDocumentPdf(path, document, QPageLayout::Portrait,
                            ReportText::tr("Group list %1, week %2").arg(group ? group->name : QString()).arg(week.week));
}

} // namespace samenplan::report
