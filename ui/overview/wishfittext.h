#pragma once
// How the overview and the waiting list word when a wish fits (overview::WaitingWish, computed by
// capacity/entryfit.h): the wished group's earliest start, and another group when it fits sooner.

#include "overview/weekoverview.h"

#include <QString>

namespace samenplan::ui {

// "3 Feb 2027", "3 Feb 2027 in Vlinders", "10 May 2027; Vlinders from 3 Feb 2027" or
// "not within two years".
QString fitsText(const overview::WaitingWish &wish);

// Why not on the wished start, for a tooltip; empty when it fits then.
QString notAtStartText(const overview::WaitingWish &wish);

} // namespace samenplan::ui
