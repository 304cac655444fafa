#pragma once
// Times of day as minutes since midnight, weekdays, and ISO weeks: small helpers every layer uses.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samenplan {

// A span within one day, [from, to) in minutes since midnight.
struct TimeRange {
    int from = 0;
    int to = 0;

    int minutes() const { return to > from ? to - from : 0; }
    bool isValid() const { return from >= 0 && to <= 24 * 60 && from < to; }
    bool contains(int minute) const { return minute >= from && minute < to; }
    bool overlaps(const TimeRange &other) const { return from < other.to && other.from < to; }
    bool operator==(const TimeRange &) const = default;
};

// "07:30" <-> 450. Parsing accepts H:MM and HH:MM, 00:00 to 24:00.
QString formatMinutes(int minutes);
std::optional<int> parseMinutes(const QString &text);
QString formatRange(const TimeRange &range);          // "07:30-18:30"
// Sorted by start, with overlapping and touching ranges joined into one.
QList<TimeRange> joinRanges(QList<TimeRange> ranges);
std::optional<TimeRange> parseRange(const QString &text); // "07:30-18:30", end after start

// Weekdays as Qt numbers them: 1 = Monday ... 7 = Sunday. A set of weekdays as a bit mask,
// bit (day - 1).
using WeekdayMask = int;
// 1 = Monday ... 7 = Sunday; any other number is no day (0).
inline constexpr bool isWeekday(int day) { return day >= 1 && day <= 7; }
inline constexpr WeekdayMask weekdayBit(int day) { return isWeekday(day) ? 1 << (day - 1) : 0; }
inline constexpr WeekdayMask MondayToFriday = 0x1f;

// An ISO 8601 week such as 2026-W48.
struct IsoWeek {
    int year = 0;
    int week = 0;

    QDate monday() const;
    QDate day(int weekday) const { return monday().addDays(weekday - 1); }
    QString toString() const;
    static std::optional<IsoWeek> parse(const QString &text);
    static IsoWeek containing(const QDate &date);
    bool operator==(const IsoWeek &) const = default;
};

// Completed years on a date (a child born 2024-03-01 is 0 on 2025-02-28 and 1 on 2025-03-01;
// a 29 February birthday counts from 1 March in other years).
int ageInYears(const QDate &birth, const QDate &on);
int ageInMonths(const QDate &birth, const QDate &on);
// The first day on which a child born on `birth` is `months` completed months old (as ageInMonths
// counts: born 31 January, one month old on 1 March).
QDate firstDayAgedMonths(const QDate &birth, int months);

// Strict ISO date parsing: "2026-02-30" is refused, not rounded.
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace samenplan
