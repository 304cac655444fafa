#pragma once
// A realistic demo organisation (rules.md 2): one location with a baby group, a mixed day-care
// group, a pre-school (VE) group with four youth-care seats in use, and an after-school treatment
// group; about 45 children, 14 staff, two weeks of shifts and a few coaching sessions. All names
// are invented. Deterministic for a given anchor date.

#include <QDate>

namespace samenplan {

class Database;

namespace demo {

// Fills an empty database in one transaction; throws DbError. Shifts cover the ISO week that holds
// anchor and the week after; birth dates are chosen so children fit their groups on anchor.
void populate(const Database &db, const QDate &anchor);

} // namespace demo
} // namespace samenplan
