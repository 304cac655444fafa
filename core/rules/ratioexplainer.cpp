#include "rules/ratioexplainer.h"

#include "rules/ratiosentences.h"
#include "rules/rulestext.h"

#include <numeric>

namespace samenplan::rules {
namespace {

constexpr const char *Context = "samenplan::rules::RulesText";

SentenceTemplate prepared(const char *source, int places, SentenceTemplate::Encode encode, QStringView suffix = {})
{
    return SentenceTemplate(RulesText::tr(source).append(suffix), places, encode);
}

bool put(const SentenceTemplate &sentence, ByteBuffer &out, std::initializer_list<SentenceArgument> arguments)
{
    if (!sentence.fillable())
        return false;
    sentence.fill(out, arguments);
    return true;
}

// Copies the kept bytes filled with these numbers to out; the first time fills them with fill.
template <typename Kept, typename Fill>
bool putKept(std::vector<Kept> &kept, const std::array<int, 2> &numbers, ByteBuffer &out, Fill &&fill)
{
    for (const Kept &known : kept) {
        if (known.numbers == numbers) {
            out.append(known.bytes);
            return true;
        }
    }
    ByteBuffer filled;
    if (!fill(filled))
        return false;
    kept.push_back({numbers, KeptBytes(filled.bytes())});
    out.append(kept.back().bytes);
    return true;
}

} // namespace

RatioExplainer::RatioExplainer(CareType careType, const QDate &date, SentenceTemplate::Encode encode)
    : m_careType(careType),
      m_date(date),
      m_encode(encode),
      m_noChildren(prepared(sentences::NoChildren, 0, encode)),
      m_table1WithBabies(Context, sentences::Table1WithBabies, 3, encode),
      m_table1(Context, sentences::Table1, 2, encode),
      m_babyFormula(prepared(sentences::BabyFormula, 6, encode)),
      m_safeguardAndFullStop(prepared(sentences::Safeguard, 3, encode, u".")),
      m_requiredAndFullStop(Context, sentences::Required, 0, encode, QStringLiteral(".")),
      m_table1TooMany(prepared(sentences::Table1TooMany, 3, encode)),
      m_table1TooManyBabies(prepared(sentences::Table1TooManyBabies, 3, encode)),
      m_perLocation(Context, sentences::PerLocation, 3, encode),
      m_table2(Context, sentences::Table2, 1, encode),
      m_table2TooManyYoung(prepared(sentences::Table2TooManyYoung, 1, encode)),
      m_table2TooManyOld(prepared(sentences::Table2TooManyOld, 1, encode)),
      m_table2TooManyMixed(prepared(sentences::Table2TooManyMixed, 2, encode))
{
    for (int youngest = 0; youngest < 4; ++youngest) {
        for (int oldest = 0; oldest < 4; ++oldest)
            encode(m_spans[size_t(youngest)][size_t(oldest)], ageSpan(youngest, oldest));
    }
}

RatioResult RatioExplainer::answer(const ChildrenByAge &childrenByAge, ByteBuffer &out)
{
    const qsizetype start = out.size();
    if (m_careType == CareType::OutOfSchool) {
        // As outOfSchoolRatio() counts: aged 6 and under, aged 7 and over.
        const int young = std::accumulate(childrenByAge.begin(), childrenByAge.begin() + 7, 0);
        const int old = std::accumulate(childrenByAge.begin() + 7, childrenByAge.end(), 0);
        const OutOfSchoolReasoning why = reasonOutOfSchool(young, old, m_date);
        if (writeOutOfSchool(why, out))
            return {why.valid, why.required, why.ruleset, {}};
    } else {
        // As dayCareRatio() counts: aged 3 and over as 3.
        const DayCareCounts counts{childrenByAge[0], childrenByAge[1], childrenByAge[2],
                                   std::accumulate(childrenByAge.begin() + 3, childrenByAge.end(), 0)};
        const DayCareReasoning why = reasonDayCare(counts);
        if (writeDayCare(counts, why, out))
            return {why.valid, why.required, DayCareRuleSet, {}};
    }
    out.truncate(start);
    return ordinary(childrenByAge, out);
}

bool RatioExplainer::writeDayCare(const DayCareCounts &counts, const DayCareReasoning &why, ByteBuffer &out)
{
    if (why.children == 0)
        return put(m_noChildren, out, {});
    const DayCareStep &full = why.full;
    const QByteArray &span = m_spans[size_t(full.youngest)][size_t(full.oldest)];
    if (!why.valid) {
        if (why.children > why.maximum)
            return put(m_table1TooMany, out, {why.maximum, span, why.children});
        return put(m_table1TooManyBabies, out, {counts[0], why.children, span});
    }
    const TableAnswer &table = full.answer;
    auto fillTable = [&](ByteBuffer &bytes) {
        return table.maxBabies >= 0
            ? put(m_table1WithBabies.forCount(full.table), bytes, {span, table.maxChildren, table.maxBabies})
            : put(m_table1.forCount(full.table), bytes, {span, table.maxChildren});
    };
    const bool keep = table.professionals >= 1 && table.professionals <= 4;
    const size_t slot = size_t(16 * full.youngest + 4 * full.oldest + table.professionals - 1);
    if (!(keep ? putKept(m_table1Parts[slot], {table.maxChildren, table.maxBabies}, out, fillTable) : fillTable(out)))
        return false;
    if (full.formulaNumerator >= 0
        && !put(m_babyFormula, out,
                {counts[0], counts[1], counts[2], counts[3], full.formulaNumerator, full.formula}))
        return false;
    // The end: the reason for the number required, and a full stop.
    auto fillEnding = [&](ByteBuffer &bytes) {
        return why.worseAge >= 0 ? put(m_safeguardAndFullStop, bytes, {why.worseAge, why.worseRequired, why.required})
                                 : put(m_requiredAndFullStop.forCount(why.required), bytes, {});
    };
    if (why.required < 0 || why.required > 64)
        return fillEnding(out);
    if (size_t(why.required) >= m_endings.size())
        m_endings.resize(size_t(why.required) + 1);
    return putKept(m_endings[size_t(why.required)], {why.worseAge, why.worseRequired}, out, fillEnding);
}

bool RatioExplainer::writeOutOfSchool(const OutOfSchoolReasoning &why, ByteBuffer &out)
{
    const int children = why.young + why.old;
    switch (why.sentence) {
    case OutOfSchoolCase::Nobody:
        return put(m_noChildren, out, {});
    case OutOfSchoolCase::PerLocation:
        return put(m_perLocation.forCount(why.required), out, {why.young, why.old, why.numerator});
    case OutOfSchoolCase::Table2:
        return put(m_table2.forCount(why.required), out, {row(why.row)});
    case OutOfSchoolCase::Table2TooManyYoung:
        return put(m_table2TooManyYoung, out, {children});
    case OutOfSchoolCase::Table2TooManyOld:
        return put(m_table2TooManyOld, out, {children});
    case OutOfSchoolCase::Table2TooManyMixed:
        return put(m_table2TooManyMixed, out, {children, why.young});
    }
    return false;
}

const QByteArray &RatioExplainer::row(const char *source)
{
    for (const auto &[known, text] : m_rows) {
        if (known == source)
            return text;
    }
    QByteArray text;
    m_encode(text, RulesText::tr(source));
    m_rows.emplace_back(source, std::move(text));
    return m_rows.back().second;
}

RatioResult RatioExplainer::ordinary(const ChildrenByAge &childrenByAge, ByteBuffer &out)
{
    ++m_ordinaryAnswers;
    QList<int> ages;
    for (int age = 0; age < int(childrenByAge.size()); ++age)
        ages.insert(ages.size(), childrenByAge[size_t(age)], age);
    RatioResult result = staffRatio(m_careType, ages, m_date);
    QByteArray explanation;
    m_encode(explanation, result.explanation);
    out.append(explanation);
    result.explanation.clear();
    return result;
}

} // namespace samenplan::rules
