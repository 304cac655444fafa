#pragma once
// Week templates: a standard week of shifts, for every ISO week or only for odd or even ones. The
// records; making and applying them is in roster/weektemplate.h.

#include "domain/entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace samenplan::roster {

enum class WeekParity { Every, Odd, Even };
// Stable codes in the database ("every", "odd", "even").
QString weekParityCode(WeekParity parity);
std::optional<WeekParity> weekParityFromCode(const QString &code);

struct TemplateShift {
    Id staffId = NoId;
    Id groupId = NoId;
    int weekday = 1;
    TimeRange hours;
    std::optional<TimeRange> pause;
};

struct WeekTemplate {
    Id id = NoId;
    QString name;
    WeekParity parity = WeekParity::Every;
    QList<TemplateShift> shifts;
};

} // namespace samenplan::roster
