#include "util/typedinput.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace samenplan {
namespace {

// A month by its name or abbreviation in Dutch, English or the interface language ("nov", "mrt", "march").
std::optional<int> monthNamed(const QString &word)
{
    const QString typed = word.toLower();
    if (typed.size() < 3)
        return std::nullopt;
    const QLocale locales[] = {QLocale(), QLocale(QLocale::Dutch), QLocale(QLocale::English)};
    for (const QLocale &locale : locales) {
        for (int month = 1; month <= 12; ++month) {
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                QString name = locale.monthName(month, format).toLower();
                name.remove(QLatin1Char('.'));
                if (name.startsWith(typed) || (typed.startsWith(name) && name.size() >= 3))
                    return month;
            }
        }
    }
    return std::nullopt;
}

std::optional<QDate> dateOf(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    return digits.size() <= 2 ? 2000 + year : year;
}

// Day and month without a year: the nearest such date to the reference.
std::optional<QDate> nearest(int month, int day, const QDate &reference)
{
    std::optional<QDate> best;
    for (int year = reference.year() - 1; year <= reference.year() + 1; ++year) {
        const auto candidate = dateOf(year, month, day);
        if (candidate && (!best || std::abs(candidate->daysTo(reference)) < std::abs(best->daysTo(reference))))
            best = candidate;
    }
    return best;
}

} // namespace

std::optional<QDate> parseTypedDate(const QString &text, const QDate &reference)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto match = iso.match(typed); match.hasMatch())
        return dateOf(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    // Digits only: 23, 2311, 231126, 23112026.
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (digits.match(typed).hasMatch()) {
        switch (typed.size()) {
        case 1:
        case 2:
            return dateOf(reference.year(), reference.month(), typed.toInt());
        case 4:
            return nearest(typed.mid(2, 2).toInt(), typed.left(2).toInt(), reference);
        case 6:
        case 8:
            return dateOf(fullYear(typed.mid(4)), typed.mid(2, 2).toInt(), typed.left(2).toInt());
        default:
            return std::nullopt;
        }
    }
    // Day, month (a number or a name) and perhaps a year, split by - / . or spaces.
    static const QRegularExpression separators(QStringLiteral("[\\s/.\\-]+"));
    const QStringList parts = typed.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    bool dayOk = false;
    const int day = parts.at(0).toInt(&dayOk);
    if (!dayOk)
        return std::nullopt;
    bool monthOk = false;
    int month = parts.at(1).toInt(&monthOk);
    if (!monthOk) {
        const auto named = monthNamed(parts.at(1));
        if (!named)
            return std::nullopt;
        month = *named;
    }
    if (parts.size() == 2)
        return nearest(month, day, reference);
    if (!digits.match(parts.at(2)).hasMatch() || (parts.at(2).size() != 2 && parts.at(2).size() != 4))
        return std::nullopt;
    return dateOf(fullYear(parts.at(2)), month, day);
}

std::optional<int> parseTypedTime(const QString &text)
{
    QString typed = text.trimmed().toLower();
    typed.remove(QStringLiteral("uur"));
    typed = typed.trimmed();
    int hours = 0;
    int minutes = 0;
    static const QRegularExpression split(QStringLiteral("^(\\d{1,2})\\s*[:.u,h]\\s*(\\d{2})?$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    if (const auto match = split.match(typed); match.hasMatch()) {
        hours = match.captured(1).toInt();
        minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    } else if (digits.match(typed).hasMatch()) {
        if (typed.size() <= 2) {
            hours = typed.toInt();
        } else {
            hours = typed.left(typed.size() - 2).toInt();
            minutes = typed.right(2).toInt();
        }
    } else {
        return std::nullopt;
    }
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace samenplan
