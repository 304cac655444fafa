#pragma once
// Fixed faces (vaste-gezichtencriterium, rules.md section 6): per day-care child over a week, how
// many fixed faces it may have, and on which of its days none of them works on its group.

#include "domain/types.h"
#include "rules/staffratio.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samenplan::rules {

inline const QString FixedFacesRuleSet = QStringLiteral("vaste-gezichten-2019");

struct FixedFacesDay {
    QDate date;
    int requiredProfessionals = 0; // the group's requirement that day
    QList<Id> staffOnGroup;        // who works on the child's group that day
    QList<Id> awayIllOrOnLeave;    // rostered on the group but away ill or on leave that day
};

struct FixedFacesInput {
    int ageYears = 0;       // on the first day of the week the child attends
    QList<Id> fixedFaces;   // the child's assigned fixed faces
    QList<FixedFacesDay> days; // the days the child attends
};

struct FixedFacesResult {
    int maximum = 0;               // fixed faces allowed (strictest day)
    bool tooMany = false;
    QList<QDate> daysWithoutFixedFace;
    // Days on which a fixed face is away ill or on leave and someone else stands in: allowed
    // since 1 July 2023 (Stb. 2023, 144).
    QList<QDate> daysReplaced;
    QString ruleset;
    QString explanation;
    bool violation() const { return tooMany || !daysWithoutFixedFace.isEmpty(); }
};

// From this date a fixed face may be replaced temporarily during illness or leave.
inline const QDate FixedFaceReplacementFrom{2023, 7, 1};

// The most fixed faces a child may have: 2 (aged 0) or 3, one more when the group needs three or
// more professionals.
int maximumFixedFaces(int ageYears, int requiredProfessionals);

// With Explain::No the explanation stays empty: the week's check writes it only for the children
// it reports.
FixedFacesResult checkFixedFaces(const FixedFacesInput &input, Explain explain = Explain::Yes);

} // namespace samenplan::rules
