#pragma once
// Dates and times as planners type them, Dutch style: 23-11, 23-11-2026, 23/11/26, 2311, 23 nov,
// 2026-11-23; 8:30, 8.30, 830, 0830, 8, 18u30. Used by the interface's date and time fields.

#include <QDate>
#include <QString>

#include <optional>

namespace samenplan {

// A date without a year is the one nearest to `reference` (typing 5-1 in December means January),
// a day alone is in reference's month; a two-digit year is in this century.
std::optional<QDate> parseTypedDate(const QString &text, const QDate &reference);

// Minutes since midnight, 00:00 to 24:00.
std::optional<int> parseTypedTime(const QString &text);

} // namespace samenplan
