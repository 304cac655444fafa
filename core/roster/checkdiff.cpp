#include "roster/checkdiff.h"

#include "util/clock.h"

#include <QSet>

namespace samenplan::roster {
namespace {

QString identity(const Violation &v)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(v.rule, v.date.toString(Qt::ISODate), v.time ? formatRange(*v.time) : QString())
        .arg(v.groupId)
        .arg(v.staffId)
        .arg(v.present)
        .arg(v.required);
}

QList<Violation> without(const QList<Violation> &of, const QList<Violation> &other)
{
    QSet<QString> known;
    for (const Violation &v : other)
        known.insert(identity(v));
    QList<Violation> result;
    for (const Violation &v : of) {
        if (!known.contains(identity(v)))
            result.append(v);
    }
    return result;
}

} // namespace

CheckDifference compareChecks(const QList<Violation> &plan, const QList<Violation> &scenario)
{
    return {without(scenario, plan), without(plan, scenario)};
}

} // namespace samenplan::roster
