#pragma once
// A translated sentence taken apart once at its places %1, %2, ..., to be filled many times by
// appending bytes, instead of QString::arg on a fresh translation each time (thousands of answers
// in a row: bkr --stdin). Filled, it gives QString::arg's text, encoded as the constructor's encode
// does; a sentence whose places this cannot fill exactly as QString::arg would is not fillable, and
// its caller writes it the ordinary way.

#include "util/bytebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <initializer_list>
#include <optional>
#include <vector>

namespace samenplan::rules {

// An argument of SentenceTemplate::fill(): a number (written as QString::number() writes it) or
// bytes already encoded.
class SentenceArgument {
public:
    SentenceArgument(int number) : m_number(number) {}
    SentenceArgument(QByteArrayView bytes) : m_bytes(bytes), m_isBytes(true) {}
    SentenceArgument(const QByteArray &bytes) : SentenceArgument(QByteArrayView(bytes)) {}

    // At most this many bytes.
    qsizetype most() const { return m_isBytes ? m_bytes.size() : 11; }
    // Writes the bytes at to; returns their end.
    char *write(char *to) const;

private:
    int m_number = 0;
    QByteArrayView m_bytes;
    bool m_isBytes = false;
};

class SentenceTemplate {
public:
    // Appends text to out as bytes (UTF-8, or escaped for JSON, ...).
    using Encode = void (*)(QByteArray &out, QStringView text);

    // places: how many arguments the sentence takes. Fillable when its places are exactly %1 to
    // %places (each may appear more than once, in any order), every % of it is such a place, and
    // places is at most 9.
    SentenceTemplate(QStringView sentence, int places, Encode encode);

    bool fillable() const { return m_fillable; }
    // The bytes of sentence.arg(a1, a2, ...): as many arguments as places, in the order of their
    // place numbers.
    void fill(ByteBuffer &out, std::initializer_list<SentenceArgument> arguments) const;

private:
    struct Piece {
        qsizetype from = 0; // in m_text
        qsizetype size = 0;
        int argument = -1; // after the text: the argument's index, or -1 (the end)
    };
    QByteArray m_text; // the pieces' bytes one after another, then ByteBuffer::Block spare bytes
    std::vector<Piece> m_pieces;
    qsizetype m_textSize = 0; // of all pieces
    int m_places = 0;
    bool m_fillable = true;
};

// A sentence with %n, which tr() translates per count (plural forms), and a suffix after it:
// prepared once per count asked.
class PluralSentence {
public:
    PluralSentence(const char *context, const char *source, int places, SentenceTemplate::Encode encode,
                   const QString &suffix = {});
    // tr(source, nullptr, n) + suffix, prepared.
    const SentenceTemplate &forCount(int n);

private:
    const char *m_context;
    const char *m_source;
    int m_places;
    SentenceTemplate::Encode m_encode;
    QString m_suffix;
    std::vector<std::optional<SentenceTemplate>> m_byCount;
    SentenceTemplate m_negative; // not fillable: no count here is below 0
};

} // namespace samenplan::rules
