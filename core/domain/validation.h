#pragma once
// Checks of single records before they are stored. Each returns one readable sentence naming what
// is wrong, or an empty string when the record is fine.

#include "domain/entities.h"

namespace samenplan {

QString validateChild(const Child &child, const QDate &today);
QString validateProvider(const YouthCareProvider &provider);
QString validateReferral(const Referral &referral);
QString validateWaitingListEntry(const WaitingListEntry &entry);
// A shift that cannot be stored (no staff, no date, ending before it starts, a break outside it).
QString validateShift(const Shift &shift);

} // namespace samenplan
