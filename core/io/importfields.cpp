#include "io/importfields.h"

#include "io/csvtable.h"

#include <QHash>
#include <QStringList>

namespace samenplan::io {

namespace {

// A number of 1 to `most` ASCII digits, or -1.
int number(QStringView text, int most)
{
    if (text.isEmpty() || text.size() > most)
        return -1;
    int value = 0;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<QDate> parseImportDate(const QString &text)
{
    if (const auto iso = parseIsoDate(text))
        return iso;
    // DD-MM-YYYY (or D-M-YYYY).
    const QStringView trimmed = QStringView(text).trimmed();
    const qsizetype first = trimmed.indexOf(QLatin1Char('-'));
    const qsizetype second = first < 0 ? -1 : trimmed.indexOf(QLatin1Char('-'), first + 1);
    if (second < 0)
        return std::nullopt;
    const int day = number(trimmed.left(first), 2);
    const int month = number(trimmed.mid(first + 1, second - first - 1), 2);
    const QStringView yearText = trimmed.mid(second + 1);
    const int year = yearText.size() == 4 ? number(yearText, 4) : -1;
    if (day < 0 || month < 0 || year < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

QList<QStringView> splitWords(QStringView text)
{
    QList<QStringView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator = i == text.size() || text[i] == QLatin1Char(',') || text[i].isSpace();
        if (separator && start >= 0) {
            words.append(text.mid(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return words;
}

std::optional<WeekdayMask> parseImportDays(const QString &text)
{
    static const char *const dutch[] = {"ma", "di", "wo", "do", "vr", "za", "zo"};
    static const char *const english[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    WeekdayMask mask = 0;
    for (const QStringView part : splitWords(text)) {
        int index = -1;
        for (int day = 0; day < 7 && index < 0; ++day) {
            if (part.compare(QLatin1String(dutch[day]), Qt::CaseInsensitive) == 0
                || part.compare(QLatin1String(english[day]), Qt::CaseInsensitive) == 0)
                index = day;
        }
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

QString lowerCase(const QString &text)
{
    bool upper = false;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return text.toLower();
        upper = upper || (c.unicode() >= u'A' && c.unicode() <= u'Z');
    }
    if (!upper)
        return text;
    QString lower(text.size(), Qt::Uninitialized);
    QChar *out = lower.data();
    for (const QChar c : text)
        *out++ = c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(char16_t(c.unicode() + (u'a' - u'A'))) : c;
    return lower;
}

QString field(const CsvRecord &row, int column)
{
    if (column < 0 || column >= row.fields.size())
        return QString();
    const QString &text = row.fields.at(column);
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text; // as trimmed() gives it, without its call
    return text.trimmed();
}

} // namespace samenplan::io
