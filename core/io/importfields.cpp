#include "io/importfields.h"

#include "io/csvtable.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace samenplan::io {

std::optional<QDate> parseImportDate(const QString &text)
{
    if (const auto iso = parseIsoDate(text))
        return iso;
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$"));
    const auto match = dutch.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<WeekdayMask> parseImportDays(const QString &text)
{
    static const QStringList dutch{QStringLiteral("ma"), QStringLiteral("di"), QStringLiteral("wo"), QStringLiteral("do"),
                                   QStringLiteral("vr"), QStringLiteral("za"), QStringLiteral("zo")};
    static const QStringList english{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                     QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    WeekdayMask mask = 0;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString day = part.toLower();
        int index = dutch.indexOf(day);
        if (index < 0)
            index = english.indexOf(day);
        if (index < 0)
            return std::nullopt;
        mask |= weekdayBit(index + 1);
    }
    return mask ? std::optional<WeekdayMask>(mask) : std::nullopt;
}

std::optional<int> parseAgeMonths(const QString &text)
{
    bool ok = false;
    const double years = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).trimmed().toDouble(&ok);
    if (!ok || years < 0 || years > 13)
        return std::nullopt;
    return int(years * 12 + 0.5);
}

std::optional<StaffRole> parseImportRole(const QString &text)
{
    static const QHash<QString, StaffRole> dutch{
        {QStringLiteral("pedagogisch-medewerker"), StaffRole::Pedagogue}, {QStringLiteral("in-opleiding"), StaffRole::Trainee},
        {QStringLiteral("jeugdhulp-pedagoog"), StaffRole::YouthCarePedagogue}, {QStringLiteral("ambulant-hulpverlener"), StaffRole::OutreachWorker},
        {QStringLiteral("gedragswetenschapper"), StaffRole::BehaviouralScientist}, {QStringLiteral("coach"), StaffRole::Coach},
        {QStringLiteral("vrijwilliger"), StaffRole::Volunteer}};
    const QString code = text.trimmed().toLower();
    if (dutch.contains(code))
        return dutch.value(code);
    return staffRoleFromCode(code);
}

QString field(const CsvRecord &row, int column)
{
    return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
}

} // namespace samenplan::io
