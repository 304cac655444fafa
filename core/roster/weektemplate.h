#pragma once
// Week templates and copying weeks: a standard week, or one for odd and one for even ISO weeks,
// made from a rostered week and applied to a range of weeks; or one week copied onto another.

#include "domain/entities.h"
#include "domain/weektemplate.h"
#include "util/clock.h"

#include <QList>
#include <QString>

namespace samenplan::roster {

bool parityMatches(WeekParity parity, const IsoWeek &week);

// The template a rostered week makes (its shifts, first break each).
QList<TemplateShift> templateFromShifts(const QList<Shift> &shifts);
// The shifts a template gives in each week of [first, last] that matches its parity.
QList<Shift> shiftsFromTemplate(const WeekTemplate &weekTemplate, const IsoWeek &first, const IsoWeek &last);
// The shifts of one week moved to another week, weekday for weekday.
QList<Shift> copyShifts(const QList<Shift> &shifts, const IsoWeek &from, const IsoWeek &to);

} // namespace samenplan::roster
