// samenplan-cli bkr: the staff-child ratio for a list of ages, or for one list per line of
// standard input (one JSON object per line, in the same order).

#include "cli/commands.h"
#include "cli/jsonwriter.h"

#include "rules/staffratio.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenplan::cli {
namespace {

class BkrText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::BkrText)
};

std::optional<CareType> settingFrom(const QString &text)
{
    if (text == QLatin1String("dagopvang") || text == QLatin1String("peutergroep"))
        return careTypeFromCode(text);
    if (text == QLatin1String("bso"))
        return CareType::OutOfSchool;
    return std::nullopt;
}

// Parses "0,0,1,3"; on a problem returns nullopt and a reason.
std::optional<QList<int>> parseAges(const QString &text, CareType setting, QString *problem)
{
    QList<int> ages;
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty()) {
        *problem = BkrText::tr("no ages given");
        return std::nullopt;
    }
    for (const QStringView part : trimmed.split(QLatin1Char(','))) { // views: no copy of each age
        bool ok = false;
        const int age = part.trimmed().toInt(&ok);
        if (!ok) {
            *problem = BkrText::tr("'%1' is not an age in whole years").arg(part.trimmed().toString());
            return std::nullopt;
        }
        if (age < rules::minimumAge(setting) || age > rules::maximumAge(setting)) {
            *problem = BkrText::tr("age %1 is outside %2 (%3 to %4)")
                           .arg(age)
                           .arg(setting == CareType::OutOfSchool ? QStringLiteral("bso") : QStringLiteral("dagopvang"))
                           .arg(rules::minimumAge(setting))
                           .arg(rules::maximumAge(setting));
            return std::nullopt;
        }
        ages.append(age);
    }
    return ages;
}

QByteArray toJson(const rules::RatioResult &result)
{
    QJsonObject object{{QStringLiteral("valid"), result.valid},
                       {QStringLiteral("required"), result.valid ? QJsonValue(result.required) : QJsonValue()},
                       {QStringLiteral("ruleset"), result.ruleset},
                       {QStringLiteral("explanation"), result.explanation}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One answer of --stdin as toJson() writes it (QJsonDocument::Compact, keys in order), written
// straight into out: building a QJsonObject per line was a third of answering thousands of lines.
void appendAnswer(QByteArray &out, const rules::RatioResult &result)
{
    out += "{\"explanation\":\"";
    JsonWriter::appendEscaped(out, result.explanation);
    out += "\",\"required\":";
    out += result.valid ? QByteArray::number(result.required) : QByteArrayLiteral("null");
    out += ",\"ruleset\":\"";
    JsonWriter::appendEscaped(out, result.ruleset);
    out += result.valid ? "\",\"valid\":true}\n" : "\",\"valid\":false}\n";
}

void appendError(QByteArray &out, const QString &message)
{
    out += "{\"error\":\"";
    JsonWriter::appendEscaped(out, message);
    out += "\"}\n";
}

} // namespace

int bkrCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BkrText::tr("The staff-child ratio (BKR) for the children present."));
    const QCommandLineOption setting(QStringLiteral("setting"), BkrText::tr("dagopvang or bso"), QStringLiteral("SETTING"));
    const QCommandLineOption ages(QStringLiteral("ages"), BkrText::tr("Ages in completed years, comma-separated"),
                                  QStringLiteral("AGES"));
    const QCommandLineOption date(QStringLiteral("date"), BkrText::tr("The day (default: today); chooses the rule set"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), BkrText::tr("Answer as JSON"));
    const QCommandLineOption fromStdin(QStringLiteral("stdin"),
                                       BkrText::tr("Read one list of ages per line; answer one JSON object per line"));
    parser.addOptions({setting, ages, date, json, fromStdin});
    if (!parseOptions(parser, QStringLiteral("bkr"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, BkrText::tr("bkr: unexpected argument %1").arg(parser.positionalArguments().first()));
    if (!parser.isSet(setting))
        return usageError(io, BkrText::tr("bkr: --setting dagopvang|bso is required"));
    const auto careType = settingFrom(parser.value(setting));
    if (!careType)
        return usageError(io, BkrText::tr("bkr: unknown setting %1 (dagopvang or bso)").arg(parser.value(setting)));
    QDate day = QDate::currentDate();
    if (parser.isSet(date)) {
        const auto parsed = parseIsoDate(parser.value(date));
        if (!parsed)
            return usageError(io, BkrText::tr("bkr: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(date)));
        day = *parsed;
    }
    if (parser.isSet(ages) == parser.isSet(fromStdin))
        return usageError(io, BkrText::tr("bkr: give either --ages or --stdin"));

    if (parser.isSet(ages)) {
        QString problem;
        const auto list = parseAges(parser.value(ages), *careType, &problem);
        if (!list)
            return usageError(io, BkrText::tr("bkr: %1").arg(problem));
        const rules::RatioResult result = rules::staffRatio(*careType, *list, day);
        if (parser.isSet(json)) {
            io.out << toJson(result) << '\n';
        } else {
            io.out << (result.valid ? BkrText::tr("Required: %n professional(s)", nullptr, result.required)
                                    : BkrText::tr("Not allowed"))
                   << " (" << result.ruleset << ")\n"
                   << result.explanation << '\n';
        }
        return ExitOk;
    }

    bool problems = false;
    int lineNumber = 0;
    QByteArray answers; // UTF-8, written in pieces of about 64 KiB
    answers.reserve(72 * 1024);
    while (!io.in.atEnd()) {
        const QString line = io.in.readLine();
        ++lineNumber;
        if (io.in.atEnd() && line.trimmed().isEmpty())
            break; // a final empty line is the end of the input, not a question
        QString problem;
        const auto list = parseAges(line, *careType, &problem);
        if (!list) {
            problems = true;
            appendError(answers, BkrText::tr("line %1: %2").arg(lineNumber).arg(problem));
        } else {
            appendAnswer(answers, rules::staffRatio(*careType, *list, day));
        }
        if (answers.size() >= 65536) {
            JsonWriter::write(io.out, answers);
            answers.clear();
        }
    }
    JsonWriter::write(io.out, answers);
    return problems ? ExitProblems : ExitOk;
}

} // namespace samenplan::cli
