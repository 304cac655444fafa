#include "io/oneline.h"

namespace samenplan::io {
namespace {

bool breaksTheLine(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
        || (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069); // and text direction
}

} // namespace

QString oneLine(const QString &text, qsizetype maxLength)
{
    QString line = text;
    for (QChar &c : line) {
        if (breaksTheLine(c))
            c = QLatin1Char(' ');
    }
    if (line.size() <= maxLength)
        return line;
    const qsizetype tail = maxLength / 3;
    qsizetype head = maxLength - tail - 1;
    qsizetype tailStart = line.size() - tail;
    // Never cut a character written as a surrogate pair in two.
    if (head > 0 && line.at(head - 1).isHighSurrogate())
        --head;
    if (tailStart < line.size() && line.at(tailStart).isLowSurrogate())
        ++tailStart;
    return line.left(head) + QChar(0x2026) + line.mid(tailStart);
}

} // namespace samenplan::io
