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

} // namespace samenplan
