#pragma once
// The printed group list: one group's children and their days and times for a week, for the wall
// or the door. Names and days only: no youth-care status, referral or health information, ever.

#include "domain/entities.h"
#include "util/clock.h"

#include <QString>

class QTextDocument;

namespace samenplan {

namespace planning {
class PlanningData;
}

namespace report {

// Builds the layout once; the caller sends it to a printer, a PDF writer or an image.
// data must cover the week.
void buildGroupList(QTextDocument &document, const planning::PlanningData &data, Id groupId, const IsoWeek &week,
                    const QDate &printed);

// Writes the group list as an A4 PDF to path, whole or not at all; returns an error sentence or empty.
QString writeGroupListPdf(const QString &path, const planning::PlanningData &data, Id groupId, const IsoWeek &week,
                          const QDate &printed);

} // namespace report
} // namespace samenplan
