#pragma once
// The sentences of the staff-child ratio's explanations, untranslated (context RulesText). The
// ordinary writer in staffratio.cpp fills them with tr() and QString::arg, RatioExplainer fills
// them prepared; both take them from here, so they cannot drift apart. (lupdate reads the macros
// themselves: no shorter wrapper.)

#include <QtGlobal>

namespace samenplan::rules::sentences {

inline constexpr const char *NoChildren = QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "No children present: no professional is required.");

// Day care, table 1. %1 the ages present ("0–2"), %2 the column's limit, %3 its limit on children
// aged 0; %n the column's professionals.
inline constexpr const char *Table1WithBabies =
    QT_TRANSLATE_N_NOOP("samenplan::rules::RulesText", "Table 1, ages %1: %n professional(s) for up to %2 children, at most %3 aged 0");
inline constexpr const char *Table1 = QT_TRANSLATE_N_NOOP("samenplan::rules::RulesText", "Table 1, ages %1: %n professional(s) for up to %2 children");
inline constexpr const char *BabyFormula =
    QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "; baby formula (48×%1 + 24×%2 + 20×%3 + 15×%4) / 144 = %5/144, rounded up to %6");
inline constexpr const char *Safeguard =
    QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "; safeguard: without one child aged %1 the group would need %2, so %3 are required");
inline constexpr const char *Required = QT_TRANSLATE_N_NOOP("samenplan::rules::RulesText", ": %n professional(s) required");
inline constexpr const char *Table1TooMany = QT_TRANSLATE_NOOP("samenplan::rules::RulesText",
    "Not allowed: table 1 allows at most %1 children aged %2 in one group; %3 are present.");
inline constexpr const char *Table1TooManyBabies = QT_TRANSLATE_NOOP("samenplan::rules::RulesText",
    "Not allowed: %1 of the %2 children are aged 0, more than any column of table 1 allows for ages %3.");

// Out-of-school care.
inline constexpr const char *PerLocation = QT_TRANSLATE_N_NOOP("samenplan::rules::RulesText",
    "Out-of-school care per location since 1 July 2024: %1 aged 4–6 / 10 + %2 aged 7+ / 12 = %3/60, rounded up: "
    "%n professional(s) required.");
inline constexpr const char *Table2 = QT_TRANSLATE_N_NOOP("samenplan::rules::RulesText", "Table 2, %1: %n professional(s) required.");
inline constexpr const char *Table2YoungOnly = QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "ages 4–6 only, 1 per 10 children");
inline constexpr const char *Table2OldOnly = QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "ages 7 and over only, 1 per 12 children");
inline constexpr const char *Table2MixedOne =
    QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "mixed ages, 1 professional for up to 11 children of whom at most 9 aged 4–6");
inline constexpr const char *Table2MixedTwo =
    QT_TRANSLATE_NOOP("samenplan::rules::RulesText", "mixed ages, 2 professionals for up to 22 children of whom at most 18 aged 4–6");
inline constexpr const char *Table2TooManyYoung = QT_TRANSLATE_NOOP("samenplan::rules::RulesText",
    "Not allowed: table 2 allows at most 20 children aged 4–6 in a basisgroep; %1 are present.");
inline constexpr const char *Table2TooManyOld = QT_TRANSLATE_NOOP("samenplan::rules::RulesText",
    "Not allowed: table 2 allows at most 30 children aged 7 and over in a basisgroep; %1 are present.");
inline constexpr const char *Table2TooManyMixed = QT_TRANSLATE_NOOP("samenplan::rules::RulesText",
    "Not allowed: table 2 allows a mixed basisgroep of at most 22 children, at most 18 of them aged 4–6; "
    "%1 are present, %2 aged 4–6.");

} // namespace samenplan::rules::sentences
