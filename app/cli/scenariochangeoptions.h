#pragma once
// The options of `samenplan-cli scenario FILE --add-to NAME ...` that describe one tentative change
// (capacity/scenarioplan.h), read against what the file holds: children, groups and locations by
// name. Kept apart from the command so that the command reads as its actions.

#include "capacity/scenarioplan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <variant>

namespace samenplan {
class Database;
namespace cli {

struct ScenarioChangeOptions {
    ScenarioChangeOptions();
    QList<QCommandLineOption> all() const;

    QCommandLineOption place, group, start, days, times, youthCare;
    QCommandLineOption endPlacement, trajectoryEnd, on;
    QCommandLineOption newGroup, location, careType, ages, maximum, seats, groupMaximum;

    // Whether any option of a change is given.
    bool anyGiven(const QCommandLineParser &parser) const;
    // The change the options describe for `scenario`, or the one-line reason they do not.
    std::variant<capacity::ScenarioChange, QString> read(const QCommandLineParser &parser, const Database &db,
                                                        const capacity::Scenario &scenario) const;
};

} // namespace cli
} // namespace samenplan
