#include "rules/sentencetemplate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>

namespace samenplan::rules {
namespace {

constexpr qsizetype Block = ByteBuffer::Block;

// "00" to "99".
constexpr auto Pairs = [] {
    std::array<char, 200> pairs{};
    for (int n = 0; n < 100; ++n) {
        pairs[size_t(2 * n)] = char('0' + n / 10);
        pairs[size_t(2 * n + 1)] = char('0' + n % 10);
    }
    return pairs;
}();

} // namespace

char *SentenceArgument::write(char *to) const
{
    if (m_isBytes) {
        if (!m_bytes.isEmpty())
            std::memcpy(to, m_bytes.data(), size_t(m_bytes.size()));
        return to + m_bytes.size();
    }
    if (m_number >= 0 && m_number < 10) { // the usual numbers, counts of children, without division
        *to = char('0' + m_number);
        return to + 1;
    }
    if (m_number >= 10 && m_number < 100) {
        std::memcpy(to, Pairs.data() + 2 * m_number, 2);
        return to + 2;
    }
    char digits[12];
    char *const end = digits + sizeof digits;
    char *digit = end;
    unsigned value = m_number < 0 ? 0u - unsigned(m_number) : unsigned(m_number);
    do {
        *--digit = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    if (m_number < 0)
        *--digit = '-';
    std::memcpy(to, digit, size_t(end - digit));
    return to + (end - digit);
}

SentenceTemplate::SentenceTemplate(QStringView sentence, int places, Encode encode)
{
    // QString::arg's places are % followed by one or two digits (any script's), with an optional L
    // for the locale's digits. Only %1 to %9 followed by something else are filled here.
    std::vector<bool> seen(size_t(std::max(places, 0)), false);
    m_fillable = places >= 0 && places <= 9;
    qsizetype from = 0;
    auto addPiece = [&](QStringView text, int argument) {
        Piece piece;
        piece.from = m_text.size();
        encode(m_text, text);
        piece.size = m_text.size() - piece.from;
        piece.argument = argument;
        m_pieces.push_back(piece);
    };
    for (qsizetype at = 0; at < sentence.size() && m_fillable; ++at) {
        if (sentence[at] != u'%')
            continue;
        const QChar digit = at + 1 < sentence.size() ? sentence[at + 1] : QChar();
        const bool twoDigits = at + 2 < sentence.size() && sentence[at + 2].digitValue() >= 0;
        const int place = digit.unicode() >= u'1' && digit.unicode() <= u'9' ? digit.unicode() - u'0' : -1;
        if (place < 0 || place > places || twoDigits) {
            m_fillable = false;
            break;
        }
        addPiece(sentence.sliced(from, at - from), place - 1);
        seen[size_t(place - 1)] = true;
        from = at + 2;
        ++at;
    }
    for (bool found : seen)
        m_fillable = m_fillable && found;
    if (!m_fillable) {
        m_pieces.clear();
        m_text.clear();
        return;
    }
    addPiece(sentence.sliced(from), -1);
    m_textSize = m_text.size();
    m_text.append(Block, '\0');
    m_places = places;
}

void SentenceTemplate::fill(ByteBuffer &out, std::initializer_list<SentenceArgument> arguments) const
{
    Q_ASSERT(m_fillable && arguments.size() == size_t(m_places));
    const SentenceArgument *argument = arguments.begin();
    qsizetype most = m_textSize + Block;
    for (const Piece &piece : m_pieces)
        most += piece.argument >= 0 ? argument[piece.argument].most() : 0;
    char *const start = out.room(most);
    char *to = start;
    const char *const text = m_text.constData();
    for (const Piece &piece : m_pieces) {
        ByteBuffer::copyBlocks(to, text + piece.from, piece.size);
        to += piece.size;
        if (piece.argument >= 0)
            to = argument[piece.argument].write(to);
    }
    out.advance(to - start);
}

PluralSentence::PluralSentence(const char *context, const char *source, int places, SentenceTemplate::Encode encode,
                               const QString &suffix)
    : m_context(context),
      m_source(source),
      m_places(places),
      m_encode(encode),
      m_suffix(suffix),
      m_negative({}, -1, encode)
{
}

const SentenceTemplate &PluralSentence::forCount(int n)
{
    if (n < 0)
        return m_negative;
    if (size_t(n) >= m_byCount.size())
        m_byCount.resize(size_t(n) + 1);
    std::optional<SentenceTemplate> &prepared = m_byCount[size_t(n)];
    if (!prepared)
        prepared.emplace(QCoreApplication::translate(m_context, m_source, nullptr, n) + m_suffix, m_places, m_encode);
    return *prepared;
}

} // namespace samenplan::rules
