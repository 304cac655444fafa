#include "catch.h"

#include "domain/validation.h"

using namespace samenplan;

TEST_CASE("a child needs names and a birth date in the past", "[validation]")
{
    const QDate today(2026, 11, 22);
    Child child;
    child.firstName = QStringLiteral("Sem");
    child.lastName = QStringLiteral("Bakker");
    child.birthDate = QDate(2024, 6, 1);
    CHECK(validateChild(child, today).isEmpty());

    Child future = child;
    future.birthDate = QDate(2027, 1, 1);
    CHECK(validateChild(future, today).contains(QStringLiteral("future")));

    Child unnamed = child;
    unnamed.firstName = QStringLiteral("  ");
    CHECK(validateChild(unnamed, today).contains(QStringLiteral("first name")));

    Child undated = child;
    undated.birthDate = QDate();
    CHECK_FALSE(validateChild(undated, today).isEmpty());

    Child adult = child;
    adult.birthDate = QDate(2000, 1, 1);
    CHECK_FALSE(validateChild(adult, today).isEmpty());
}
