#pragma once
// Turning the bytes of a spreadsheet's text export into text, in exactly one encoding: UTF-8 (with or
// without byte-order mark) when every byte is valid UTF-8, Windows-1252 when the file holds no UTF-8
// at all and every byte is a Windows-1252 character. A file that mixes the two (a UTF-8 file with one
// stray Windows-1252 byte, as an editor that saved part of it differently leaves) is refused with the
// line of the first bad byte, never decoded half wrong ("Zoë" read as "ZoÃ«").

#include <QByteArray>
#include <QString>

namespace samenplan::io {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8" or "Windows-1252"
};

struct DecodeError {
    int line = 0;   // 1-based line of the first byte that cannot be read
    QString reason; // one sentence
};

// Returns false (and fills error) for a file that is not text in one encoding. Line breaks are
// counted as the CSV reader counts them: LF, CR LF, and a lone CR (old Mac files).
bool decodeText(const QByteArray &bytes, DecodedText *decoded, DecodeError *error);

// The 1-based line of the byte at offset.
int lineOfOffset(const QByteArray &bytes, qsizetype offset);

} // namespace samenplan::io
