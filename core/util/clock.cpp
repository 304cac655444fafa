#include "util/clock.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace samenplan {

QString formatMinutes(int minutes)
{
    if (minutes >= 0 && minutes < 100 * 60) { // "HH:MM" written digit by digit
        const int hours = minutes / 60;
        const int rest = minutes % 60;
        const char16_t text[5] = {char16_t(u'0' + hours / 10), char16_t(u'0' + hours % 10), u':',
                                  char16_t(u'0' + rest / 10), char16_t(u'0' + rest % 10)};
        return QString(reinterpret_cast<const QChar *>(text), 5);
    }
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

namespace {

// The number written by `count` ASCII digits at `at`, or -1.
int digitsAt(QStringView text, qsizetype at, int count)
{
    if (at < 0 || at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<int> parseMinutes(const QString &text)
{
    // H:MM or HH:MM, spaces around allowed; read by hand, as an import parses tens of thousands.
    const QStringView trimmed = QStringView(text).trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if ((colon != 1 && colon != 2) || trimmed.size() != colon + 3)
        return std::nullopt;
    const int hours = digitsAt(trimmed, 0, int(colon));
    const int minutes = digitsAt(trimmed, colon + 1, 2);
    if (hours < 0 || minutes < 0 || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

QString formatRange(const TimeRange &range)
{
    return formatMinutes(range.from) + QLatin1Char('-') + formatMinutes(range.to);
}

std::optional<TimeRange> parseRange(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto from = parseMinutes(parts.at(0));
    const auto to = parseMinutes(parts.at(1));
    if (!from || !to || *to <= *from)
        return std::nullopt;
    return TimeRange{*from, *to};
}

QDate IsoWeek::monday() const
{
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    return week1Monday.addDays(qint64(week - 1) * 7);
}

QString IsoWeek::toString() const
{
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

std::optional<IsoWeek> IsoWeek::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    IsoWeek result{match.captured(1).toInt(), match.captured(2).toInt()};
    if (result.week < 1)
        return std::nullopt;
    // A year has 53 weeks when 28 December falls in week 53.
    const int weeksInYear = QDate(result.year, 12, 28).weekNumber();
    if (result.week > weeksInYear)
        return std::nullopt;
    return result;
}

IsoWeek IsoWeek::containing(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek{year, week};
}

namespace {

// A date's year, month and day, read with one conversion from its Julian day (year(), month() and
// day() each convert).
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
    explicit DateParts(const QDate &date) { date.getDate(&year, &month, &day); }
};

int monthsSince(const DateParts &birth, const QDate &on)
{
    const DateParts date(on);
    int months = (date.year - birth.year) * 12 + (date.month - birth.month);
    if (date.day < birth.day)
        --months;
    return months;
}

} // namespace

int ageInYears(const QDate &birth, const QDate &on)
{
    const DateParts born(birth), date(on);
    int years = date.year - born.year;
    if (date.month < born.month || (date.month == born.month && date.day < born.day))
        --years;
    return years;
}

int ageInMonths(const QDate &birth, const QDate &on)
{
    return monthsSince(DateParts(birth), on);
}

QDate firstDayAgedMonths(const QDate &birth, int months)
{
    const DateParts born(birth);
    // The birth day `months` months on; in a month too short for it, the next month's first day (the
    // first day ageInMonths counts the months complete), computed at once in the years after 1 AD.
    const int monthsSinceYearOne = born.year * 12 + born.month - 1 + months;
    const int year = monthsSinceYearOne / 12;
    const int month = monthsSinceYearOne % 12 + 1;
    if (birth.isValid() && born.year > 0 && year > 0 && monthsSinceYearOne >= 0) {
        static constexpr int Days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const int days = month == 2 && QDate::isLeapYear(year) ? 29 : Days[month - 1];
        if (born.day <= days)
            return QDate(year, month, born.day);
        return month == 12 ? QDate(year + 1, 1, 1) : QDate(year, month + 1, 1);
    }
    // addMonths clamps to the month's last day; ageInMonths waits for the birth day itself.
    QDate day = birth.addMonths(months);
    while (monthsSince(born, day) < months)
        day = day.addDays(1);
    while (monthsSince(born, day.addDays(-1)) >= months)
        day = day.addDays(-1);
    return day;
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.size() != 10 || trimmed[4] != QLatin1Char('-') || trimmed[7] != QLatin1Char('-'))
        return std::nullopt;
    const int year = digitsAt(trimmed, 0, 4);
    const int month = digitsAt(trimmed, 5, 2);
    const int day = digitsAt(trimmed, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

QList<TimeRange> joinRanges(QList<TimeRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TimeRange &a, const TimeRange &b) { return a.from < b.from; });
    QList<TimeRange> result;
    for (const TimeRange &range : std::as_const(ranges)) {
        if (!result.isEmpty() && range.from <= result.last().to)
            result.last().to = std::max(result.last().to, range.to);
        else
            result.append(range);
    }
    return result;
}

} // namespace samenplan
