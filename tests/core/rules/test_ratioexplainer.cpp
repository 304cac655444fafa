// RatioExplainer writes bkr --stdin's explanations by filling sentences it prepared once; staffRatio()
// writes them with tr() and QString::arg. Compared here for every composition, in English and Dutch:
// a change to a sentence, a translation or either writer that makes them differ fails.

#include "catch.h"
#include "dutchinterface.h"

#include "rules/ratioexplainer.h"
#include "rules/sentencetemplate.h"
#include "rules/staffratio.h"
#include "util/bytebuffer.h"

#include <vector>

using namespace samenplan;
using namespace samenplan::rules;

namespace {

using ChildrenByAge = RatioExplainer::ChildrenByAge;

void utf8(QByteArray &out, QStringView text)
{
    out += text.toUtf8();
}

QList<int> agesOf(const ChildrenByAge &byAge)
{
    QList<int> ages;
    for (int age = 0; age < int(byAge.size()); ++age) {
        for (int i = 0; i < byAge[size_t(age)]; ++i)
            ages.append(age);
    }
    return ages;
}

// Every group of 1 to 17 children aged 0 to 3 (bench_scale.py's 5,984 lines), and nobody.
std::vector<ChildrenByAge> dayCareGroups()
{
    std::vector<ChildrenByAge> groups{ChildrenByAge{}};
    for (int a = 0; a <= 17; ++a) {
        for (int b = 0; a + b <= 17; ++b) {
            for (int c = 0; a + b + c <= 17; ++c) {
                for (int d = 0; a + b + c + d <= 17; ++d) {
                    if (a + b + c + d > 0)
                        groups.push_back(ChildrenByAge{a, b, c, d});
                }
            }
        }
    }
    return groups;
}

// Out-of-school care counts children aged 4-6 and aged 7 and over: every mix of 0 to 40 of each
// (past table 2's limits of 20, 22 and 30), their ages spread over 4-6 and 7-12.
std::vector<ChildrenByAge> outOfSchoolGroups()
{
    std::vector<ChildrenByAge> groups;
    for (int young = 0; young <= 40; ++young) {
        for (int old = 0; old <= 40; ++old) {
            ChildrenByAge byAge{};
            for (int i = 0; i < young; ++i)
                ++byAge[size_t(4 + i % 3)];
            for (int i = 0; i < old; ++i)
                ++byAge[size_t(7 + i % 6)];
            groups.push_back(byAge);
        }
    }
    return groups;
}

// The explainer's answer for every group against staffRatio()'s; the first differences shown.
void compareAll(CareType careType, const QDate &date, const std::vector<ChildrenByAge> &groups)
{
    RatioExplainer explainer(careType, date, &utf8);
    int differences = 0;
    for (const ChildrenByAge &group : groups) {
        ByteBuffer out;
        const RatioResult fast = explainer.answer(group, out);
        const RatioResult ordinary = staffRatio(careType, agesOf(group), date);
        const QString explanation = QString::fromUtf8(out.bytes());
        if (fast.valid == ordinary.valid && fast.required == ordinary.required && fast.ruleset == ordinary.ruleset
            && fast.explanation.isEmpty() && explanation == ordinary.explanation)
            continue;
        if (++differences <= 3) {
            QStringList ages;
            for (int age : agesOf(group))
                ages.append(QString::number(age));
            INFO("ages " << ages.join(QLatin1Char(',')).toStdString());
            CHECK(fast.valid == ordinary.valid);
            CHECK(fast.required == ordinary.required);
            CHECK(fast.ruleset == ordinary.ruleset);
            CHECK(explanation == ordinary.explanation);
        }
    }
    CHECK(differences == 0);
    // The shipped sentences are all filled the fast way (a translation with, say, %L1 would be
    // written the ordinary way: still right, but slow).
    CHECK(explainer.ordinaryAnswers() == 0);
}

void compareEverySetting()
{
    const QDate day(2026, 11, 23);
    compareAll(CareType::DayCare, day, dayCareGroups());
    compareAll(CareType::Preschool, day, dayCareGroups());
    compareAll(CareType::OutOfSchool, day, outOfSchoolGroups());
    compareAll(CareType::OutOfSchool, OutOfSchoolPerLocationFrom, outOfSchoolGroups());
    compareAll(CareType::OutOfSchool, OutOfSchoolPerLocationFrom.addDays(-1), outOfSchoolGroups()); // table 2
}

QString filled(const SentenceTemplate &sentence, std::initializer_list<SentenceArgument> arguments)
{
    ByteBuffer out;
    sentence.fill(out, arguments);
    return QString::fromUtf8(out.bytes());
}

} // namespace

TEST_CASE("bkr --stdin's explanations are staffRatio()'s for every composition, in English", "[rules][bkr]")
{
    compareEverySetting();
}

TEST_CASE("bkr --stdin's explanations are staffRatio()'s for every composition, in Dutch", "[rules][bkr]")
{
    const DutchInterface dutch;
    REQUIRE(staffRatio(CareType::DayCare, {1}, QDate(2026, 11, 23)).explanation.startsWith(QStringLiteral("Tabel 1")));
    compareEverySetting();
}

TEST_CASE("a prepared sentence fills its places as QString::arg does", "[rules][bkr]")
{
    const QList<std::pair<QString, int>> sentences{
        {QStringLiteral("%1 of %2 children"), 2},
        {QStringLiteral("%2 before %1"), 2},          // a translation may change the order
        {QStringLiteral("%1, %1 again, then %3 and %2"), 3},
        {QStringLiteral("no places"), 0},
        {QStringLiteral("%1"), 1},
        {QStringLiteral("ages %1: 48×%2 ÷ 144 – “%3”"), 3}, // text beyond ASCII around the places
        {QString(), 0},
    };
    const QList<int> numbers{0, 7, 42, 99, 100, 816, 1000000, -5, -100};
    const QByteArray span = QStringLiteral("0–3").toUtf8();
    for (const auto &[sentence, places] : sentences) {
        const SentenceTemplate prepared(sentence, places, &utf8);
        INFO(sentence.toStdString());
        REQUIRE(prepared.fillable());
        for (int number : numbers) {
            QString expected = sentence;
            if (places >= 1)
                expected = expected.arg(number);
            if (places >= 2)
                expected = expected.arg(QStringLiteral("0–3"));
            if (places >= 3)
                expected = expected.arg(number + 1);
            const QString got = places == 0 ? filled(prepared, {})
                : places == 1             ? filled(prepared, {number})
                : places == 2             ? filled(prepared, {number, span})
                                          : filled(prepared, {number, span, number + 1});
            CHECK(got == expected);
        }
    }
}

TEST_CASE("a sentence QString::arg would fill otherwise is not prepared", "[rules][bkr]")
{
    CHECK_FALSE(SentenceTemplate(QStringLiteral("%L1 children"), 1, &utf8).fillable()); // the locale's digits
    CHECK_FALSE(SentenceTemplate(QStringLiteral("%10 children"), 1, &utf8).fillable()); // place ten
    CHECK_FALSE(SentenceTemplate(QStringLiteral("%1 of %3"), 3, &utf8).fillable());     // %2 missing
    CHECK_FALSE(SentenceTemplate(QStringLiteral("%1 of %2"), 1, &utf8).fillable());     // more places than arguments
    CHECK_FALSE(SentenceTemplate(QStringLiteral("100% of %1"), 1, &utf8).fillable());   // a % of its own
    CHECK_FALSE(SentenceTemplate(QStringLiteral("%1%"), 1, &utf8).fillable());
    CHECK_FALSE(SentenceTemplate(QStringLiteral("%0 and %1"), 1, &utf8).fillable());
}

TEST_CASE("a byte buffer keeps what was written when it grows, and a copy stays as it was", "[rules][bkr]")
{
    ByteBuffer out;
    QByteArray expected;
    const KeptBytes kept(QByteArrayView("a kept piece, longer than one block of sixteen"));
    for (int i = 0; i < 2000; ++i) {
        out.append(QByteArrayView("x"));
        out.append(kept);
        expected += 'x';
        expected += kept.view();
    }
    const QByteArray copy = out.bytes();
    CHECK(copy == expected);
    out.clear();
    out.append(QByteArrayView("overwritten"));
    CHECK(copy == expected);
    CHECK(out.bytes() == QByteArray("overwritten"));
    out.truncate(4);
    CHECK(out.bytes() == QByteArray("over"));
}
