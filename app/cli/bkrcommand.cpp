// samenplan-cli bkr: the staff-child ratio for a list of ages, or for one list per line of
// standard input (one JSON object per line, in the same order).

#include "cli/commands.h"
#include "cli/jsonwriter.h"

#include "rules/ratioexplainer.h"
#include "rules/staffratio.h"
#include "util/bytebuffer.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

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

// The children by age of a line of single-digit ages and commas only ("0,1,1,3"); false for
// anything else. The lines of most scripts: a few instructions an age.
bool countDigitAges(QStringView line, int minimum, int maximum, rules::RatioExplainer::ChildrenByAge &byAge)
{
    const char16_t *at = line.utf16();
    const char16_t *const end = at + line.size();
    if (at == end)
        return false;
    const unsigned span = unsigned(maximum - minimum);
    for (;;) {
        const unsigned fromMinimum = unsigned(*at) - u'0' - unsigned(minimum);
        if (fromMinimum > span)
            return false;
        ++byAge[size_t(fromMinimum) + size_t(minimum)];
        if (++at == end)
            return true;
        if (*at != u',' || ++at == end)
            return false;
    }
}

// The children by age of a line of plain ages ("0,1,1,3", spaces and tabs around them allowed),
// read as parseAges() reads them; false for anything else, which parseAges() answers (with its
// message when it is not a list of ages).
bool countAges(QStringView line, CareType setting, rules::RatioExplainer::ChildrenByAge &byAge)
{
    const int minimum = rules::minimumAge(setting);
    const int maximum = rules::maximumAge(setting);
    byAge.fill(0);
    if (countDigitAges(line, minimum, maximum, byAge))
        return true;
    byAge.fill(0);
    int age = -1;        // the age being read, -1 before its first digit
    int digits = 0;      // its digits so far
    bool spaced = false; // spaces after its digits
    auto take = [&] {
        if (age < minimum || age > maximum)
            return false;
        ++byAge[size_t(age)];
        age = -1;
        digits = 0;
        spaced = false;
        return true;
    };
    for (const char16_t *at = line.utf16(), *end = at + line.size(); at != end; ++at) {
        const char16_t c = *at;
        if (c >= u'0' && c <= u'9') {
            if (spaced || ++digits > 2)
                return false;
            age = (age < 0 ? 0 : 10 * age) + (c - u'0');
        } else if (c == u',') {
            if (!take())
                return false;
        } else if (c == u' ' || c == u'\t' || c == u'\r') {
            spaced = age >= 0;
        } else {
            return false;
        }
    }
    return take();
}

// Answers --stdin: one JSON object per line, as toJson() writes it (QJsonDocument::Compact, keys in
// order), written straight into bytes with the explanation filled by one RatioExplainer: building
// a QJsonObject and the translated sentences per line was most of answering thousands of lines.
class StdinAnswers {
public:
    StdinAnswers(CareType setting, const QDate &day, QTextStream &out)
        : m_setting(setting),
          m_explainer(setting, day, &JsonWriter::appendEscaped),
          m_stream(out),
          m_head("{\"explanation\":\"")
    {
    }

    void answer(QStringView line)
    {
        ++m_lineNumber;
        if (!countAges(line, m_setting, m_byAge)) {
            QString problem;
            const auto list = parseAges(line.toString(), m_setting, &problem);
            if (!list) {
                m_problems = true;
                QByteArray error = "{\"error\":\"";
                JsonWriter::appendEscaped(error, BkrText::tr("line %1: %2").arg(m_lineNumber).arg(problem));
                error += "\"}\n";
                m_out.append(error);
                flushIfFull();
                return;
            }
            m_byAge.fill(0);
            for (int age : *list)
                ++m_byAge[size_t(age)];
        }
        m_out.append(m_head);
        const rules::RatioResult result = m_explainer.answer(m_byAge, m_out);
        m_out.append(tail(result));
        flushIfFull();
    }

    // The rest of the answers written; whether any line was not a list of ages.
    bool finish()
    {
        JsonWriter::write(m_stream, m_out.bytes());
        m_out.clear();
        return m_problems;
    }

private:
    // What follows the explanation: the other fields, the same for every answer with this ruleset,
    // validity and number required.
    const KeptBytes &tail(const rules::RatioResult &result)
    {
        if (result.ruleset != m_ruleset) {
            m_ruleset = result.ruleset;
            m_tails.clear();
        }
        const size_t index = result.valid ? size_t(result.required) + 1 : 0;
        if (index >= 256) { // not kept: a group of thousands
            m_otherTail = tailOf(result);
            return m_otherTail;
        }
        if (index >= m_tails.size())
            m_tails.resize(index + 1);
        if (m_tails[index].isEmpty())
            m_tails[index] = tailOf(result);
        return m_tails[index];
    }

    static KeptBytes tailOf(const rules::RatioResult &result)
    {
        QByteArray bytes = "\",\"required\":";
        bytes += result.valid ? QByteArray::number(result.required) : QByteArrayLiteral("null");
        bytes += ",\"ruleset\":\"";
        JsonWriter::appendEscaped(bytes, result.ruleset);
        bytes += result.valid ? "\",\"valid\":true}\n" : "\",\"valid\":false}\n";
        return KeptBytes(bytes);
    }

    void flushIfFull()
    {
        if (m_out.size() >= 65536) { // written in pieces of about 64 KiB
            JsonWriter::write(m_stream, m_out.bytes());
            m_out.clear();
        }
    }

    CareType m_setting;
    rules::RatioExplainer m_explainer;
    QTextStream &m_stream;
    ByteBuffer m_out; // UTF-8
    rules::RatioExplainer::ChildrenByAge m_byAge{};
    QString m_ruleset;
    KeptBytes m_head;
    std::vector<KeptBytes> m_tails; // by number required + 1; 0: not valid
    KeptBytes m_otherTail;
    int m_lineNumber = 0;
    bool m_problems = false;
};

// Every line of the input answered, read in pieces (QTextStream::readLine per line cost more than
// the answers). A final empty line is the end of the input, not a question.
bool answerLines(QTextStream &in, StdinAnswers &answers)
{
    QString text;       // read, from the first line not yet answered
    qsizetype from = 0; // where that line starts
    bool end = false;
    while (!end) {
        text.remove(0, from);
        from = 0;
        const QString piece = in.read(8 * 1024);
        text += piece;
        end = piece.isEmpty() || in.atEnd();
        for (;;) {
            const qsizetype newline = text.indexOf(u'\n', from);
            if (newline < 0 || (!end && newline + 1 == text.size()))
                break; // waits for more: the last line may be the final empty one
            QStringView line = QStringView(text).sliced(from, newline - from);
            if (line.endsWith(u'\r'))
                line.chop(1); // as readLine() reads "\r\n"
            from = newline + 1;
            if (end && from == text.size() && line.trimmed().isEmpty())
                break;
            answers.answer(line);
        }
    }
    const QStringView rest = QStringView(text).sliced(from);
    if (!rest.trimmed().isEmpty())
        answers.answer(rest);
    return answers.finish();
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

    StdinAnswers answers(*careType, day, io.out);
    return answerLines(io.in, answers) ? ExitProblems : ExitOk;
}

} // namespace samenplan::cli
