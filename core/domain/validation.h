#pragma once
// Checks of single records before they are stored. Each returns one readable sentence naming what
// is wrong, or an empty string when the record is fine.

#include "domain/entities.h"

namespace samenplan {

QString validateChild(const Child &child, const QDate &today);

} // namespace samenplan
