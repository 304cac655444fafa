#pragma once
// Weekday names in the interface language, for column headers and day lists.

#include "util/clock.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace samenplan::ui {

inline QString shortDayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::ShortFormat);
}

// "ma di do" for a set of weekdays.
inline QString dayList(WeekdayMask mask)
{
    QStringList names;
    for (int day = 1; day <= 7; ++day) {
        if (mask & weekdayBit(day))
            names << shortDayName(day);
    }
    return names.join(QLatin1Char(' '));
}

// "ma 23-11" for a column header of a dated week.
inline QString dayHeader(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d-M"));
}

} // namespace samenplan::ui
