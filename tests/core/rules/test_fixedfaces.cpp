#include "catch.h"

#include "rules/fixedfaces.h"

using namespace samenplan;
using namespace samenplan::rules;

namespace {

FixedFacesInput week(int age, QList<Id> faces, QList<int> required, QList<QList<Id>> onGroup)
{
    FixedFacesInput input;
    input.ageYears = age;
    input.fixedFaces = faces;
    for (int i = 0; i < required.size(); ++i)
        input.days.append({QDate(2026, 11, 23).addDays(i), required.at(i), onGroup.at(i), {}});
    return input;
}

} // namespace

TEST_CASE("fixed faces: the maximum by age and requirement", "[rules][fixedfaces]")
{
    CHECK(maximumFixedFaces(0, 2) == 2);
    CHECK(maximumFixedFaces(0, 3) == 3);
    CHECK(maximumFixedFaces(1, 2) == 3);
    CHECK(maximumFixedFaces(3, 4) == 4);
}

TEST_CASE("fixed faces: a child aged 0 with three fixed faces where every day needs two", "[rules][fixedfaces]")
{
    const FixedFacesResult result = checkFixedFaces(week(0, {1, 2, 3}, {2, 2, 2}, {{1, 2}, {1, 3}, {2, 3}}));
    CHECK(result.maximum == 2);
    CHECK(result.tooMany);
    CHECK(result.violation());
    CHECK(result.daysWithoutFixedFace.isEmpty());
}

TEST_CASE("fixed faces: the strictest day counts", "[rules][fixedfaces]")
{
    // Three faces, one day needs 3 but another only 2: the maximum stays 2 for a baby.
    const FixedFacesResult baby = checkFixedFaces(week(0, {1, 2, 3}, {3, 2}, {{1}, {2}}));
    CHECK(baby.maximum == 2);
    CHECK(baby.tooMany);
    // Every day needs 3: a child aged 1 may have 4.
    const FixedFacesResult toddler = checkFixedFaces(week(1, {1, 2, 3, 4}, {3, 3}, {{1}, {4}}));
    CHECK(toddler.maximum == 4);
    CHECK_FALSE(toddler.violation());
}

TEST_CASE("fixed faces: a day without any of them on the group", "[rules][fixedfaces]")
{
    const FixedFacesResult result = checkFixedFaces(week(2, {1, 2}, {2, 2, 2}, {{1, 7}, {7, 8}, {2}}));
    CHECK_FALSE(result.tooMany);
    REQUIRE(result.daysWithoutFixedFace.size() == 1);
    CHECK(result.daysWithoutFixedFace.first() == QDate(2026, 11, 24));
    CHECK(result.violation());
}

TEST_CASE("fixed faces: a fixed face away ill or on leave may be replaced since July 2023", "[rules][fixedfaces]")
{
    FixedFacesInput input = week(2, {1, 2}, {2, 2}, {{1}, {7, 8}});
    input.days[1].awayIllOrOnLeave = {2}; // Tuesday: face 2 is rostered but ill, 7 and 8 stand in
    const FixedFacesResult result = checkFixedFaces(input);
    CHECK_FALSE(result.violation());
    CHECK(result.daysReplaced == QList<QDate>{QDate(2026, 11, 24)});
    CHECK(result.explanation.contains(QStringLiteral("temporary replacement")));

    // Before 1 July 2023 the same day had no fixed face.
    for (FixedFacesDay &day : input.days)
        day.date = day.date.addYears(-4);
    CHECK(checkFixedFaces(input).violation());
    // Someone else away does not make the day allowed.
    input = week(2, {1, 2}, {2, 2}, {{1}, {7}});
    input.days[1].awayIllOrOnLeave = {8};
    CHECK(checkFixedFaces(input).daysWithoutFixedFace.size() == 1);
}
