#include "io/textdecoding.h"

#include <QCoreApplication>

namespace samenplan::io {
namespace {

class DecodeText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::io::DecodeText)
};

// Windows-1252 bytes 0x80 to 0x9F; 0 where the code page defines no character.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

bool inRange(const QByteArray &bytes, qsizetype i, unsigned char low, unsigned char high)
{
    if (i >= bytes.size())
        return false;
    const auto byte = static_cast<unsigned char>(bytes.at(i));
    return byte >= low && byte <= high;
}

// The length of the well-formed UTF-8 sequence at i (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), or 0 when the byte at i does not start one.
int utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto lead = static_cast<unsigned char>(bytes.at(i));
    if (lead < 0x80)
        return 1;
    auto continued = [&](int count, unsigned char low, unsigned char high) {
        if (!inRange(bytes, i + 1, low, high))
            return 0;
        for (int k = 2; k <= count; ++k) {
            if (!inRange(bytes, i + k, 0x80, 0xBF))
                return 0;
        }
        return count + 1;
    };
    if (lead >= 0xC2 && lead <= 0xDF)
        return continued(1, 0x80, 0xBF);
    if (lead == 0xE0)
        return continued(2, 0xA0, 0xBF);
    if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
        return continued(2, 0x80, 0xBF);
    if (lead == 0xED)
        return continued(2, 0x80, 0x9F);
    if (lead == 0xF0)
        return continued(3, 0x90, 0xBF);
    if (lead >= 0xF1 && lead <= 0xF3)
        return continued(3, 0x80, 0xBF);
    if (lead == 0xF4)
        return continued(3, 0x80, 0x8F);
    return 0;
}

QString hexByte(char byte)
{
    return QStringLiteral("0x") + QString::number(static_cast<unsigned char>(byte), 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

bool fail(DecodeError *error, const QByteArray &bytes, qsizetype offset, const QString &reason)
{
    error->line = lineOfOffset(bytes, offset);
    error->reason = reason;
    return false;
}

} // namespace

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n')
            ++line;
        else if (bytes.at(i) == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))
            ++line; // a lone CR ends a line in old Mac files
    }
    return line;
}

bool decodeText(const QByteArray &bytes, DecodedText *decoded, DecodeError *error)
{
    const bool byteOrderMark = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype start = byteOrderMark ? 3 : 0;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    bool ascii = true;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const unsigned char byte = data[i];
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
            return fail(error, bytes, i, DecodeText::tr("this is not a text file (it contains binary data: byte %1)").arg(hexByte(bytes.at(i))));
        ascii = ascii && byte < 0x80;
    }
    if (ascii) { // the usual file: UTF-8 that is ASCII throughout, read as such at once
        decoded->text = QString::fromLatin1(bytes.constData() + start, bytes.size() - start);
        decoded->encoding = QStringLiteral("UTF-8");
        return true;
    }

    qsizetype firstInvalid = -1;
    qsizetype multiByteSequences = 0;
    for (qsizetype i = start; i < bytes.size();) {
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            if (firstInvalid < 0)
                firstInvalid = i;
            ++i;
            continue;
        }
        if (length > 1)
            ++multiByteSequences;
        i += length;
    }
    if (firstInvalid < 0) {
        decoded->text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
        decoded->encoding = QStringLiteral("UTF-8");
        return true;
    }
    const QString bad = hexByte(bytes.at(firstInvalid));
    if (byteOrderMark) {
        return fail(error, bytes, firstInvalid,
                    DecodeText::tr("the file is marked as UTF-8, but byte %1 is not UTF-8: save the file again as UTF-8 (in Excel: CSV UTF-8)").arg(bad));
    }
    if (multiByteSequences > 0) {
        return fail(error, bytes, firstInvalid,
                    DecodeText::tr("byte %1 is not UTF-8, while the rest of the file is: save the file again as UTF-8 (in Excel: CSV UTF-8)").arg(bad));
    }

    // No UTF-8 anywhere: what Dutch spreadsheet programs on Windows write, if every byte is a character.
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte >= 0x80 && byte <= 0x9F) {
            const char16_t character = Windows1252High[byte - 0x80];
            if (character == 0) {
                return fail(error, bytes, i,
                            DecodeText::tr("byte %1 is neither UTF-8 nor Windows-1252 text: save the file again as UTF-8 (in Excel: CSV UTF-8)")
                                .arg(hexByte(bytes.at(i))));
            }
            text += QChar(character);
        } else {
            text += QChar(char16_t(byte)); // the rest of Windows-1252 is Latin-1
        }
    }
    decoded->text = text;
    decoded->encoding = QStringLiteral("Windows-1252");
    return true;
}

} // namespace samenplan::io
