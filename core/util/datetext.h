#pragma once
// Dates as they appear in sentences and headings, in the interface language. Month abbreviations
// are written without their trailing dot (Dutch "nov." becomes "nov"), so a date at the end of a
// sentence never ends in two dots ("vr 27 nov..").

#include <QDate>
#include <QString>

namespace samenplan {

QString monthAbbreviation(int month);       // "nov" / "Nov"
QString dayAndMonth(const QDate &date);     // "27 nov"
QString shortDate(const QDate &date);       // "27 nov 2026"
QString weekdayAndDate(const QDate &date);  // "vr 27 nov"
// "2026-11-27", as QDate::toString(Qt::ISODate) writes it (empty for an invalid date), without its
// formatting machinery: an import writes, and check --json reads out, tens of thousands of dates.
QString isoDate(const QDate &date);

} // namespace samenplan
