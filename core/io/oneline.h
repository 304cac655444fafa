#pragma once
// Text from an input file made fit for a one-line message: no line breaks, tabs or other control
// characters (each becomes a space), and at most maxLength characters, shortened in the middle with
// "…" so both the start of an echoed value and the explanation after it stay readable.

#include <QString>

namespace samenplan::io {

inline constexpr qsizetype MessageLength = 300;

QString oneLine(const QString &text, qsizetype maxLength = MessageLength);

} // namespace samenplan::io
