#include "catch.h"

#include "rules/ratiocalculator.h"

#include <QSpinBox>

using namespace samenplan;
using namespace samenplan::ui;

TEST_CASE("the ratio calculator answers as the counts change", "[gui][rules]")
{
    RatioCalculator calculator;
    CHECK(calculator.resultText().contains(QStringLiteral("0")));
    calculator.setCounts({0, 5, 0, 0});
    CHECK(calculator.resultText() == QStringLiteral("1 professional required"));
    calculator.setCounts({0, 6, 0, 0});
    CHECK(calculator.resultText() == QStringLiteral("2 professionals required"));
    calculator.setCounts({13, 0, 0, 0});
    CHECK(calculator.resultText() == QStringLiteral("Not allowed"));
    CHECK(calculator.explanationText().contains(QStringLiteral("13")));
    // Typing in a spin box updates at once.
    calculator.setCounts({2, 0, 1, 2});
    QSpinBox *aged0 = calculator.findChildren<QSpinBox *>().first();
    aged0->setValue(0);
    CHECK(calculator.resultText() == QStringLiteral("1 professional required"));

    calculator.setCareType(CareType::OutOfSchool);
    calculator.setCounts({10, 13});
    CHECK(calculator.resultText() == QStringLiteral("3 professionals required"));
}
