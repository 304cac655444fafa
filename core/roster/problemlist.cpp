#include "roster/problemlist.h"

#include "coaching/coachingcheck.h"
#include "planning/planningdata.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace samenplan::roster {
namespace {

class ProblemText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::roster::ProblemText)
};

bool ratioFamily(const QString &code)
{
    return code == rule::Ratio || code == rule::BelowHalf || code == rule::DeviationBudget;
}

// Items about the same problem share a key: the ratio family per group day, a person's double
// bookings and absences per day, fixed-faces advice per group over the week, and so on.
QString keyOf(const Violation &item, int index)
{
    auto key = [](const QString &code, Id group, Id staff, const QDate &date, int extra = -1) {
        return QStringLiteral("%1|%2|%3|%4|%5").arg(code).arg(group).arg(staff).arg(date.toString(Qt::ISODate)).arg(extra);
    };
    if (ratioFamily(item.rule))
        return key(rule::Ratio, item.groupId, NoId, item.date);
    if (item.rule == rule::FixedFaces)
        return key(item.rule, item.groupId, NoId, item.severity == Severity::Advice ? QDate() : item.date, int(item.severity));
    if (item.rule == rule::DoubleBooking || item.rule == rule::Absence || item.rule == rule::ContractHours)
        return key(item.rule, NoId, item.staffId, item.date);
    if (item.rule == rule::YouthCarePresence || item.rule == rule::TraineeAlone)
        return key(item.rule, item.groupId, NoId, item.date);
    // One line per person, group and day: a person's shifts on a closed day are one problem.
    if (item.rule.startsWith(QStringLiteral("coach")) || item.rule == rule::ClosedDay)
        return key(item.rule, item.groupId, item.staffId, item.date);
    return key(item.rule, item.groupId, item.staffId, item.date, index);
}

Severity worst(const QList<Violation> &items, const QList<int> &indexes)
{
    Severity result = Severity::Advice;
    for (int i : indexes)
        result = std::min(result, items.at(i).severity);
    return result;
}


// Items by time (untimed first), the ratio item before the below-half item of the same span.
void sortByTime(const QList<Violation> &items, QList<int> &indexes)
{
    std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) {
        const int fromA = items.at(a).time ? items.at(a).time->from : -1;
        const int fromB = items.at(b).time ? items.at(b).time->from : -1;
        return fromA != fromB ? fromA < fromB : items.at(a).rule == rule::Ratio && items.at(b).rule != rule::Ratio;
    });
}

Problem problemOf(const QList<Violation> &items, const QList<int> &indexes)
{
    const Violation &first = items.at(indexes.first());
    Problem problem;
    problem.severity = worst(items, indexes);
    problem.rule = ratioFamily(first.rule) ? rule::Ratio : first.rule;
    problem.groupId = first.groupId;
    problem.staffId = first.staffId;
    problem.shiftId = first.shiftId;
    problem.date = first.date;
    problem.items = indexes;
    QList<TimeRange> times;
    for (int i : indexes) {
        if (items.at(i).time)
            times.append(*items.at(i).time);
    }
    problem.spans = joinRanges(times);
    return problem;
}

// One shortage: its spans' numbers as details (a below-half span says so), the day's budget last
// (its item belongs to the day's first shortage; the others repeat its message).
Problem shortage(const QList<Violation> &items, const QList<int> &cluster, int budget, bool budgetItem)
{
    Problem problem = problemOf(items, budget >= 0 && budgetItem ? cluster + QList<int>{budget} : cluster);
    bool tooMany = false;
    bool belowHalf = false;
    QSet<QPair<int, int>> numbers;
    for (int i : cluster) {
        const Violation &item = items.at(i);
        belowHalf = belowHalf || item.rule == rule::BelowHalf;
        if (item.rule == rule::Ratio && item.required < 0)
            tooMany = true;
        else if (item.rule == rule::Ratio)
            numbers.insert({item.present, item.required});
        // A span below half says so instead of its plain numbers.
        const bool halfToo = item.rule == rule::Ratio && std::any_of(cluster.begin(), cluster.end(), [&](int j) {
            return items.at(j).rule == rule::BelowHalf && items.at(j).time == item.time;
        });
        if (!halfToo)
            problem.details.append(item.message);
    }
    if (budget >= 0)
        problem.details.append(items.at(budget).message);
    // Below half for part of the shortage: say when.
    QList<TimeRange> half;
    for (int i : cluster) {
        if (items.at(i).rule == rule::BelowHalf)
            half.append(*items.at(i).time);
    }
    half = joinRanges(half);
    QStringList halfTimes;
    for (const TimeRange &range : std::as_const(half))
        halfTimes << formatRange(range);
    if (tooMany)
        problem.title = ProblemText::tr("Too many children for one group");
    else if (belowHalf && half == problem.spans)
        problem.title = ProblemText::tr("Fewer than half the professionals needed");
    else if (belowHalf)
        problem.title = ProblemText::tr("Too few professionals; fewer than half %1").arg(halfTimes.join(QStringLiteral(", ")));
    else if (problem.severity == Severity::Violation)
        problem.title = ProblemText::tr("Below the staff-child ratio beyond the three-hour rule");
    else
        problem.title = ProblemText::tr("Below the staff-child ratio, within the three-hour rule");
    if (numbers.size() == 1)
        problem.title += QStringLiteral(": ") + ProblemText::tr("%1 of %2 professionals").arg(numbers.begin()->first).arg(numbers.begin()->second);
    return problem;
}

// A group day's ratio items: each shortage that breaks the rules on its own line, the shortfalls
// the three-hour rule covers together on one line with the day's minutes.
void addRatioProblems(const QList<Violation> &items, QList<int> indexes, const planning::PlanningData &data,
                      QList<Problem> &out)
{
    sortByTime(items, indexes);
    int budget = -1;
    QList<QList<int>> clusters;
    int clusterEnd = -1;
    for (int i : std::as_const(indexes)) {
        const Violation &item = items.at(i);
        if (!item.time) {
            budget = i;
            continue;
        }
        if (clusters.isEmpty() || item.time->from > clusterEnd)
            clusters.append(QList<int>());
        clusters.last().append(i);
        clusterEnd = std::max(clusterEnd, item.time->to);
    }
    QList<int> covered;
    bool budgetTold = false;
    for (const QList<int> &cluster : std::as_const(clusters)) {
        if (worst(items, cluster) == Severity::Allowed) {
            covered += cluster;
            continue;
        }
        out.append(shortage(items, cluster, budget, !budgetTold));
        budgetTold = budgetTold || budget >= 0;
    }
    if (budget >= 0 && !budgetTold)
        out.append(shortage(items, {}, budget, true));
    if (covered.isEmpty())
        return;
    Problem day = problemOf(items, covered);
    for (int i : std::as_const(covered))
        day.details.append(items.at(i).message);
    const Group *group = data.group(day.groupId);
    const auto analysis = group ? groupDayDeviation(data, *group, day.date) : std::nullopt;
    int minutes = 0;
    for (const TimeRange &span : std::as_const(day.spans))
        minutes += span.minutes();
    day.title = ProblemText::tr("%1 of %2 minutes below the staff-child ratio, within the three-hour rule")
                    .arg(analysis ? analysis->minutesBelow : minutes)
                    .arg(analysis ? analysis->allowanceMinutes : minutes);
    out.append(day);
}

QString headline(const Problem &problem, const QString &firstMessage, int count, const planning::PlanningData &data)
{
    if (problem.rule == rule::FixedFaces) {
        if (problem.severity == Severity::Advice)
            return ProblemText::tr("%n child(ren) without fixed faces registered yet", nullptr, count);
        if (problem.severity == Severity::Allowed)
            return ProblemText::tr("%n child(ren) with a fixed face away ill or on leave; a temporary replacement is allowed",
                                   nullptr, count);
        return ProblemText::tr("%n child(ren) without a fixed face on the group, or with too many", nullptr, count);
    }
    if (problem.rule == rule::TraineeAlone)
        return ProblemText::tr("%n trainee(s) without a qualified pedagogue on the group that day", nullptr, count);
    if (problem.rule == rule::DoubleBooking) {
        const Staff *person = data.staffMember(problem.staffId);
        return ProblemText::tr("%1 has shifts that overlap").arg(person ? person->name : QString());
    }
    if (problem.rule == coaching::rule::OffRoster)
        return ProblemText::tr("%n coachee(s) not rostered on the group during coaching", nullptr, count);
    return firstMessage + QLatin1Char(' ') + ProblemText::tr("(and %n more)", nullptr, count - 1);
}

void addProblem(const QList<Violation> &items, QList<int> indexes, const planning::PlanningData &data, QList<Problem> &out)
{
    std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) { return items.at(a).date < items.at(b).date; });
    sortByTime(items, indexes);
    Problem problem = problemOf(items, indexes);
    if (problem.rule == rule::FixedFaces && problem.severity == Severity::Advice)
        problem.date = QDate(); // about the week, not a day
    QStringList messages;
    for (int i : std::as_const(indexes)) {
        if (!messages.contains(items.at(i).message))
            messages.append(items.at(i).message);
    }
    if (messages.size() == 1) {
        problem.title = messages.first();
    } else {
        problem.title = headline(problem, messages.first(), int(messages.size()), data);
        problem.details = messages;
    }
    out.append(problem);
}

} // namespace

std::optional<TimeRange> Problem::time() const
{
    if (spans.isEmpty())
        return std::nullopt;
    return TimeRange{spans.first().from, spans.last().to};
}

int ProblemList::count(Severity severity) const
{
    return int(std::count_if(problems.begin(), problems.end(), [severity](const Problem &p) { return p.severity == severity; }));
}

ProblemList buildProblemList(const QList<Violation> &items, const planning::PlanningData &data)
{
    QList<QList<int>> buckets;
    QHash<QString, int> bucketOf;
    for (int i = 0; i < items.size(); ++i) {
        const QString key = keyOf(items.at(i), i);
        if (!bucketOf.contains(key)) {
            bucketOf.insert(key, int(buckets.size()));
            buckets.append(QList<int>());
        }
        buckets[bucketOf.value(key)].append(i);
    }
    ProblemList list;
    for (const QList<int> &bucket : std::as_const(buckets)) {
        if (ratioFamily(items.at(bucket.first()).rule))
            addRatioProblems(items, bucket, data, list.problems);
        else
            addProblem(items, bucket, data, list.problems);
    }
    // Most serious first; then by day (the week's last), the location's group order, person, time.
    QHash<Id, int> groupRank;
    const QList<Group> groups = data.groupsInOrder();
    for (int i = 0; i < groups.size(); ++i)
        groupRank.insert(groups.at(i).id, i);
    auto rank = [&](const Problem &p) {
        const Staff *person = data.staffMember(p.staffId);
        return std::make_tuple(int(p.severity), !p.date.isValid(), p.date.isValid() ? p.date.toJulianDay() : 0,
                               groupRank.value(p.groupId, int(groups.size())), person ? person->name : QString(),
                               p.spans.isEmpty() ? -1 : p.spans.first().from);
    };
    std::stable_sort(list.problems.begin(), list.problems.end(), [&](const Problem &a, const Problem &b) { return rank(a) < rank(b); });
    return list;
}

} // namespace samenplan::roster
