#pragma once
// The printed day record for the inspector: A4, one group a page, with the children present and
// their times, the staff on the floor and theirs, and the ratio per quarter hour. Names and times
// only: no youth-care status, referral or health information, ever. A day without registered
// attendance prints the plan, marked as plan.

#include "attendance/dayrecord.h"

#include <QList>
#include <QString>

class QTextDocument;

namespace samenplan::report {

void buildDayRecords(QTextDocument &document, const QList<attendance::DayRecord> &records, const QDateTime &printed);

// Writes the records as an A4 PDF to path, whole or not at all; returns an error sentence or empty.
QString writeDayRecordPdf(const QString &path, const QList<attendance::DayRecord> &records, const QDateTime &printed);

} // namespace samenplan::report
