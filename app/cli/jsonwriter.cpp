#include "cli/jsonwriter.h"

#include <QIODevice>
#include <QTextStream>

namespace samenplan::cli {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    out += "\\u";
    out += hexDigit((unit >> 12) & 0xf);
    out += hexDigit((unit >> 8) & 0xf);
    out += hexDigit((unit >> 4) & 0xf);
    out += hexDigit(unit & 0xf);
}

} // namespace

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case 0x8: out += 'b'; break;
            case 0xc: out += 'f'; break;
            case 0xa: out += 'n'; break;
            case 0xd: out += 'r'; break;
            case 0x9: out += 't'; break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            appendUnicodeEscape(out, u); // not valid UTF-16: as QJsonDocument does
        }
    }
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
