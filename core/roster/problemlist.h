#pragma once
// The week's check items for people (issue 14): one problem per span of trouble per group and
// day, with the items that say the same thing merged into it, sorted by severity (violations,
// then what the rules allow, then advice) and counted per kind. A shortage's ratio, below-half and
// three-hour-rule items become one problem with their details; the shortfalls the three-hour rule
// covers on a group day become one line with the day's minutes; children without fixed faces
// registered become one line per group. The check items themselves (checkWeek, `samenplan-cli
// check --json`) stay one per rule and span, for scripts.

#include "roster/rostercheck.h"

#include <QStringList>

namespace samenplan::roster {

struct Problem {
    Severity severity = Severity::Violation;
    QString rule;           // the rule code it is about; "ratio" for the whole ratio family
    Id groupId = NoId;
    Id staffId = NoId;      // a problem about one person (double booking, absence, contract hours)
    Id shiftId = NoId;      // a shift concerned, to select it
    QDate date;             // invalid: the whole week
    QList<TimeRange> spans; // the times concerned, in order; empty: the whole day or week
    QString title;          // one line that says what is wrong
    QStringList details;    // what the merged items say, each once, in time order
    QList<int> items;       // indexes of the merged check items

    // From the first span's start to the last span's end.
    std::optional<TimeRange> time() const;
};

struct ProblemList {
    QList<Problem> problems;
    int count(Severity severity) const;
};

// items as checkWeek returned them for data's week.
ProblemList buildProblemList(const QList<Violation> &items, const planning::PlanningData &data);

} // namespace samenplan::roster
