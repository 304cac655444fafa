#include "domain/weektemplate.h"

namespace samenplan::roster {

QString weekParityCode(WeekParity parity)
{
    switch (parity) {
    case WeekParity::Odd:
        return QStringLiteral("odd");
    case WeekParity::Even:
        return QStringLiteral("even");
    case WeekParity::Every:
        break;
    }
    return QStringLiteral("every");
}

std::optional<WeekParity> weekParityFromCode(const QString &code)
{
    if (code == QLatin1String("every"))
        return WeekParity::Every;
    if (code == QLatin1String("odd"))
        return WeekParity::Odd;
    if (code == QLatin1String("even"))
        return WeekParity::Even;
    return std::nullopt;
}

} // namespace samenplan::roster
