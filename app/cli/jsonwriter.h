#pragma once
// JSON written straight into bytes: the same bytes QJsonDocument::toJson(QJsonDocument::Indented)
// gives for the same document (four spaces a level, Qt's escaping, a newline after the outer
// object), without building a QJsonDocument first. `check --json` writes tens of thousands of
// objects; building them as QJsonObjects cost a quarter of the command. QJsonObject sorts its keys:
// callers give each object's keys in ascending order (the tests compare with QJsonDocument).

#include <QByteArray>
#include <QList>
#include <QString>

class QTextStream;

namespace samenplan::cli {

class JsonWriter {
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    // Each begin* is a value: the outer one, an array's next element, or after key().
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // name: plain ASCII that needs no escaping (a field name in the code), written as it is.
    void key(QLatin1StringView name);
    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool yes);

    template <typename T>
    void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    // A string as QJsonDocument writes it, without the quotes: ", \ and control characters escaped,
    // the rest UTF-8, a lone surrogate as \uXXXX.
    static void appendEscaped(QByteArray &out, QStringView text);
    // The bytes onto the stream's device when it has one (they are UTF-8 already), else through it.
    static void write(QTextStream &out, const QByteArray &bytes);

private:
    void beforeValue();
    void indent(qsizetype levels);

    struct Level {
        bool object = false;
        bool empty = true;
    };
    QByteArray &m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace samenplan::cli
