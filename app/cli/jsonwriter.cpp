#include "cli/jsonwriter.h"

#include <QIODevice>
#include <QTextStream>

namespace samenplan::cli {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    // Written through a pointer into room for the worst case (six bytes a unit, \uXXXX), then cut
    // to what was written: appending byte by byte was most of a long answer's writing.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size());
    char *dst = out.data() + start;
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    const auto unicodeEscape = [&dst](char16_t unit) {
        *dst++ = '\\';
        *dst++ = 'u';
        *dst++ = hexDigit((unit >> 12) & 0xf);
        *dst++ = hexDigit((unit >> 8) & 0xf);
        *dst++ = hexDigit((unit >> 4) & 0xf);
        *dst++ = hexDigit(unit & 0xf);
    };
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *dst++ = char(u);
                continue;
            }
            switch (u) {
            case '"': *dst++ = '\\'; *dst++ = '"'; break;
            case '\\': *dst++ = '\\'; *dst++ = '\\'; break;
            case 0x8: *dst++ = '\\'; *dst++ = 'b'; break;
            case 0xc: *dst++ = '\\'; *dst++ = 'f'; break;
            case 0xa: *dst++ = '\\'; *dst++ = 'n'; break;
            case 0xd: *dst++ = '\\'; *dst++ = 'r'; break;
            case 0x9: *dst++ = '\\'; *dst++ = 't'; break;
            default: unicodeEscape(u);
            }
        } else if (u < 0x800) {
            *dst++ = char(0xc0 | (u >> 6));
            *dst++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *dst++ = char(0xe0 | (u >> 12));
            *dst++ = char(0x80 | ((u >> 6) & 0x3f));
            *dst++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++); // two units in, four bytes out
            *dst++ = char(0xf0 | (c >> 18));
            *dst++ = char(0x80 | ((c >> 12) & 0x3f));
            *dst++ = char(0x80 | ((c >> 6) & 0x3f));
            *dst++ = char(0x80 | (c & 0x3f));
        } else {
            unicodeEscape(u); // not valid UTF-16: as QJsonDocument does
        }
    }
    out.resize(dst - out.constData());
}

void JsonWriter::write(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (QIODevice *device = out.device())
        device->write(bytes);
    else
        out << bytes;
}

void JsonWriter::indent(qsizetype levels)
{
    m_out.append(4 * levels, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return; // the outer value
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += ",\n";
    level.empty = false;
    indent(m_levels.size());
}

void JsonWriter::key(QLatin1StringView name)
{
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += ",\n";
    level.empty = false;
    indent(m_levels.size());
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\": ";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += "{\n";
    m_levels.append({true, true});
}

void JsonWriter::endObject()
{
    if (!m_levels.takeLast().empty)
        m_out += '\n';
    indent(m_levels.size());
    m_out += '}';
    if (m_levels.isEmpty())
        m_out += '\n'; // as QJsonDocument ends its outer object
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += "[\n";
    m_levels.append({false, true});
}

void JsonWriter::endArray()
{
    if (!m_levels.takeLast().empty)
        m_out += '\n';
    indent(m_levels.size());
    m_out += ']';
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    m_out += '"';
    appendEscaped(m_out, text);
    m_out += '"';
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool yes)
{
    beforeValue();
    m_out += yes ? "true" : "false";
}

} // namespace samenplan::cli
