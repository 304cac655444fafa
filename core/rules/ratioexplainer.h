#pragma once
// staffRatio() for thousands of groups in a row (bkr --stdin): the same answers, with the
// explanation appended as bytes. The translated sentences are looked up once (plural ones once per
// count) and taken apart at their places; each answer fills them with digits instead of calling
// tr() and QString::arg again. Decoded, the bytes are staffRatio()'s explanation word for word (the
// tests compare every composition, in English and Dutch); a translation whose places cannot be
// filled that way is written the ordinary way.

#include "domain/types.h"
#include "rules/ratioreasoning.h"
#include "rules/sentencetemplate.h"
#include "rules/staffratio.h"

#include <array>
#include <utility>
#include <vector>

namespace samenplan::rules {

class RatioExplainer {
public:
    using ChildrenByAge = std::array<int, 13>; // the children aged 0, 1, ..., 12

    // The translations installed now are the ones used. encode: how a piece of text becomes bytes
    // (digits are written as they are).
    RatioExplainer(CareType careType, const QDate &date, SentenceTemplate::Encode encode);

    // staffRatio(careType, ages, date) for ages with these counts: appends its explanation to out
    // and returns the result without it.
    RatioResult answer(const ChildrenByAge &childrenByAge, ByteBuffer &out);

    // How many answers were written the ordinary way (a translation it could not fill).
    int ordinaryAnswers() const { return m_ordinaryAnswers; }

private:
    bool writeDayCare(const DayCareCounts &counts, const DayCareReasoning &why, ByteBuffer &out);
    bool writeOutOfSchool(const OutOfSchoolReasoning &why, ByteBuffer &out);
    const QByteArray &row(const char *source);
    RatioResult ordinary(const ChildrenByAge &childrenByAge, ByteBuffer &out);

    CareType m_careType;
    QDate m_date;
    SentenceTemplate::Encode m_encode;
    SentenceTemplate m_noChildren;
    PluralSentence m_table1WithBabies;
    PluralSentence m_table1;
    SentenceTemplate m_babyFormula;
    SentenceTemplate m_safeguardAndFullStop;
    PluralSentence m_requiredAndFullStop;
    SentenceTemplate m_table1TooMany;
    SentenceTemplate m_table1TooManyBabies;
    PluralSentence m_perLocation;
    PluralSentence m_table2;
    SentenceTemplate m_table2TooManyYoung;
    SentenceTemplate m_table2TooManyOld;
    SentenceTemplate m_table2TooManyMixed;
    std::array<std::array<QByteArray, 4>, 4> m_spans; // [youngest][oldest]
    std::vector<std::pair<const char *, QByteArray>> m_rows; // table 2's rows, translated

    // Parts of day-care sentences filled once and copied after, found by the numbers that filled
    // them: table 1's part (a few dozen forms in all) and the end (safeguard or professionals
    // required, and the full stop).
    struct Kept {
        std::array<int, 2> numbers;
        KeptBytes bytes;
    };
    std::array<std::vector<Kept>, 64> m_table1Parts; // by 16 × youngest + 4 × oldest + professionals - 1
    std::vector<std::vector<Kept>> m_endings;        // by professionals required
    int m_ordinaryAnswers = 0;
};

} // namespace samenplan::rules
