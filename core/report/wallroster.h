#pragma once
// The roster for the wall: per location and week one A4 landscape page (more only when the staff do
// not fit at a readable size), a row per person with the name at 11 pt or more, per day the shifts as
// time bars on an hour grid, breaks as open gaps, one colour and hatch per group so it reads in black
// and white too, the legend, the week number and the print date. Absences show as "absent", never
// why. Painted once with QPainter for the print preview, the PDF and tests alike.

#include "domain/types.h"
#include "report/pdfoutput.h"
#include "util/clock.h"

#include <QString>

class QPagedPaintDevice;

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace report {

// Paints every page (of every location, or only onlyLocation's) on device (a printer or a PDF writer
// set to A4 landscape). data must cover the week.
void paintWallRoster(QPagedPaintDevice &device, const planning::PlanningData &data, const IsoWeek &week,
                     const QDate &printed, Id onlyLocation = NoId);
QString writeWallRosterPdf(const QString &path, const planning::PlanningData &data, const IsoWeek &week,
                           const QDate &printed, Id onlyLocation = NoId, const PdfGate &gate = {});

} // namespace report
} // namespace samenplan
