#include "domain/calendar.h"

#include <QRegularExpression>

namespace samenplan {

QString schoolYearOf(const QDate &date)
{
    const int first = date.month() >= 8 ? date.year() : date.year() - 1;
    return QStringLiteral("%1-%2").arg(first).arg(first + 1);
}

bool isSchoolYear(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() && match.captured(2).toInt() == match.captured(1).toInt() + 1;
}

} // namespace samenplan
