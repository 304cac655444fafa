#include "catch.h"

#include "cli/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;
using samenplan::cli::JsonWriter;

namespace {

void writeInner(JsonWriter &json, const QString &text)
{
    json.beginObject();
    json.member(QLatin1StringView("a"), text);
    json.member(QLatin1StringView("b"), 0);
    json.member(QLatin1StringView("c"), -42);
    json.member(QLatin1StringView("d"), true);
    json.member(QLatin1StringView("e"), false);
    json.key(QLatin1StringView("f"));
    json.beginArray();
    json.endArray();
    json.key(QLatin1StringView("g"));
    json.beginArray();
    json.beginObject();
    json.endObject();
    json.beginObject();
    json.member(QLatin1StringView("x"), qint64(1) << 40);
    json.endObject();
    json.endArray();
    json.member(QLatin1StringView("within_allowance"), qint64(text.size()));
    json.endObject();
}

} // namespace

TEST_CASE("the JSON writer writes the same bytes as QJsonDocument, escapes included", "[cli][json]")
{
    QString tricky;
    for (char16_t u = 0; u < 0x80; ++u)
        tricky += QChar(u);
    tricky += QStringLiteral("é ß € ✓ Zoë 😀 ");
    tricky += QChar(0xd800); // a lone high surrogate
    tricky += QLatin1Char('x');
    tricky += QChar(0xdc00); // a lone low surrogate
    tricky += QChar(0xd83d); // a high surrogate at the end
    for (const QString &text : {QString(), QStringLiteral("08:00"), tricky}) {
        const QJsonObject inner{{QStringLiteral("a"), text},
                                {QStringLiteral("b"), 0},
                                {QStringLiteral("c"), -42},
                                {QStringLiteral("d"), true},
                                {QStringLiteral("e"), false},
                                {QStringLiteral("f"), QJsonArray{}},
                                {QStringLiteral("g"), QJsonArray{QJsonObject{}, QJsonObject{{QStringLiteral("x"), qint64(1) << 40}}}},
                                {QStringLiteral("within_allowance"), qint64(text.size())}};
        const QJsonObject root{{QStringLiteral("empty"), QJsonArray{}},
                               {QStringLiteral("list"), QJsonArray{inner, inner}},
                               {QStringLiteral("n"), 2147483647},
                               {QStringLiteral("text"), text}};
        QByteArray bytes;
        JsonWriter json(bytes);
        json.beginObject();
        json.key(QLatin1StringView("empty"));
        json.beginArray();
        json.endArray();
        json.key(QLatin1StringView("list"));
        json.beginArray();
        writeInner(json, text);
        writeInner(json, text);
        json.endArray();
        json.member(QLatin1StringView("n"), 2147483647);
        json.member(QLatin1StringView("text"), text);
        json.endObject();
        CHECK(bytes == QJsonDocument(root).toJson(QJsonDocument::Indented));
    }

    QByteArray empty;
    JsonWriter none(empty);
    none.beginObject();
    none.endObject();
    CHECK(empty == QJsonDocument(QJsonObject{}).toJson(QJsonDocument::Indented));
}
