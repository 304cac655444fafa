#pragma once
// Reading the values of import fields: dates in ISO or Dutch order, weekdays in Dutch or English,
// ages in years, roles (internal to the import).

#include "domain/types.h"
#include "util/clock.h"

#include <QList>
#include <QString>

#include <optional>

namespace samenplan::io {

struct CsvRecord;

// YYYY-MM-DD or DD-MM-YYYY; impossible dates are refused.
std::optional<QDate> parseImportDate(const QString &text);
// The words of a list such as "ma, di" or "ve coach" (commas or spaces between).
QList<QStringView> splitWords(QStringView text);
// "ma,di" or "mon,tue" (commas or spaces between).
std::optional<WeekdayMask> parseImportDays(const QString &text);
// "2,5" or "2.5" years, as months.
std::optional<int> parseAgeMonths(const QString &text);
// A role code or its Dutch name ("pedagogisch-medewerker").
std::optional<StaffRole> parseImportRole(const QString &text);
// The trimmed field at the column, or empty when the row is short or the column is absent (-1).
QString field(const CsvRecord &row, int column);
// text.toLower(), without Unicode's tables for ASCII text (the usual name or key).
QString lowerCase(const QString &text);

} // namespace samenplan::io
