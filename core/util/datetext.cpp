#include "util/datetext.h"

#include <QLocale>

namespace samenplan {

QString monthAbbreviation(int month)
{
    QString name = QLocale().monthName(month, QLocale::ShortFormat);
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

QString dayAndMonth(const QDate &date)
{
    return QStringLiteral("%1 %2").arg(date.day()).arg(monthAbbreviation(date.month()));
}

QString shortDate(const QDate &date)
{
    return QStringLiteral("%1 %2").arg(dayAndMonth(date)).arg(date.year());
}

QString weekdayAndDate(const QDate &date)
{
    QString day = QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
    while (day.endsWith(QLatin1Char('.')))
        day.chop(1);
    return QStringLiteral("%1 %2").arg(day, dayAndMonth(date));
}

QString isoDate(const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999) // also an invalid date
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10), u'-', char16_t(u'0' + month / 10), char16_t(u'0' + month % 10),
                               u'-', char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace samenplan
