#pragma once
// The printed weekly roster of a location, A4 landscape: one page by staff (who works when and
// where) and one by group (who is on each group each day, with breaks). Header with location, week
// number and print date. Absences show as "absent", never why: no health or youth-care
// information on paper.

#include "domain/types.h"
#include "report/pdfoutput.h"
#include "util/clock.h"

#include <QString>

class QTextDocument;

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace report {

// Every location of the data (or only onlyLocation), two pages each. data must cover the week.
void buildRoster(QTextDocument &document, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed,
                 Id onlyLocation = NoId);
QString writeRosterPdf(const QString &path, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed,
                       Id onlyLocation = NoId, const PdfGate &gate = {});

// One row per shift: staff;date;start;end;group;break;role;hours (the shift import's columns
// first), separated by ';', UTF-8 with a byte-order mark so spreadsheets open it right.
QString writeRosterCsv(const QString &path, const planning::PlanningData &data, const IsoWeek &week);

} // namespace report
} // namespace samenplan
