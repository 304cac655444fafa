#pragma once
// The school holidays shipped with Samenplan (resources/calendar/schoolvakanties.csv, with its
// source per row; see the README beside it). A new database gets them once; after that they are
// the organisation's to edit.

#include "domain/calendar.h"

#include <QList>

namespace samenplan::calendar {

// Throws std::runtime_error when the shipped file cannot be read (a broken build).
QList<SchoolHoliday> shippedSchoolHolidays();

} // namespace samenplan::calendar
