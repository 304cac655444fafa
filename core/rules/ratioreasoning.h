#pragma once
// The numbers behind an answer of staffRatio(), before any sentence: the ordinary writer in
// staffratio.cpp turns them into sentences with tr() and QString::arg, RatioExplainer fills
// sentences it prepared once (thousands of answers in a row). One reasoning, two writers: the tests
// compare their sentences for every composition.

#include "rules/daycaretable.h"

#include <QDate>
#include <QString>

#include <array>

namespace samenplan::rules {

using DayCareCounts = std::array<int, 4>; // children aged 0, 1, 2, 3

// Steps 1 and 2 of rules.md 4.1 for one group: the table, then the baby formula.
struct DayCareStep {
    bool valid = false;
    int required = 0;
    int table = 0;
    int formulaNumerator = -1; // -1: no child aged 0, formula not applied
    int formula = 0;           // the formula rounded up, when applied
    TableAnswer answer;
    int youngest = 0; // the span of ages present (also when not valid)
    int oldest = 0;
};

struct DayCareReasoning {
    int children = 0;
    DayCareStep full;      // steps 1 and 2 for the whole group
    int maximum = 0;       // not valid: the largest group table 1 allows for the ages present
    int worseAge = -1;     // step 3, the safeguard: the age one child fewer of would need more, or -1
    int worseRequired = 0; // what that smaller group would need
    bool valid = true;     // no children, or a column allows the group
    int required = 0;      // 0 when not valid
};

DayCareReasoning reasonDayCare(const DayCareCounts &counts);

// "2" or "0–3" (not translated).
QString ageSpan(int youngest, int oldest);

enum class OutOfSchoolCase {
    Nobody,
    PerLocation,        // from 2024-07-01, counted over the location
    Table2,             // per basisgroep, allowed: row names the row of table 2
    Table2TooManyYoung, // ages 4-6 only, more than 20
    Table2TooManyOld,   // ages 7 and over only, more than 30
    Table2TooManyMixed, // mixed, more than 22 or more than 18 aged 4-6
};

struct OutOfSchoolReasoning {
    OutOfSchoolCase sentence = OutOfSchoolCase::Nobody;
    QString ruleset;
    bool valid = true;
    int required = 0;
    int young = 0;             // aged 4 to 6
    int old = 0;               // aged 7 and over
    int numerator = 0;         // PerLocation: 6 × young + 5 × old, over 60
    const char *row = nullptr; // Table2: the row's text (ratiosentences.h), untranslated
};

OutOfSchoolReasoning reasonOutOfSchool(int young, int old, const QDate &date);

} // namespace samenplan::rules
