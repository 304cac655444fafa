#pragma once
// Table 1 of Bijlage 1 (day care): for the span of ages present, the most children one to four
// professionals may look after, with the limits on children aged 0. The table's numbers live here
// and nowhere else.

#include <optional>

namespace samenplan::rules {

struct TableAnswer {
    int professionals = 0; // the fewest whose column allows the group
    int maxChildren = 0;   // that column's limit
    int maxBabies = -1;    // that column's limit on children aged 0, or -1 for none
};

// youngest and oldest age present (0 to 3), the number of children and of children aged 0.
// nullopt: no column allows the group.
std::optional<TableAnswer> dayCareTable(int youngest, int oldest, int children, int babies);

// The largest group any column of this age span allows (for explanations).
int dayCareTableMaximum(int youngest, int oldest);

} // namespace samenplan::rules
