#include "rules/daycaretable.h"

#include <array>
#include <vector>

namespace samenplan::rules {
namespace {

struct Limit {
    int children;
    int babies; // -1: no limit on children aged 0
};

// One cell: the group is allowed when any of its limits holds.
using Cell = std::vector<Limit>;

struct Row {
    int youngest;
    int oldest;
    std::array<Cell, 4> columns; // 1, 2, 3, 4 professionals; empty: not allowed
};

// rules.md section 4.1, Table 1 ("b<=N": at most N children aged 0).
const std::vector<Row> &table()
{
    static const std::vector<Row> rows{
        {0, 0, {Cell{{3, -1}}, Cell{{6, -1}}, Cell{{9, -1}}, Cell{{12, -1}}}},
        {1, 1, {Cell{{5, -1}}, Cell{{10, -1}}, Cell{{15, -1}}, Cell{{16, -1}}}},
        {2, 2, {Cell{{8, -1}}, Cell{{16, -1}}, Cell{}, Cell{}}},
        {3, 3, {Cell{{8, -1}}, Cell{{16, -1}}, Cell{}, Cell{}}},
        {0, 1, {Cell{{4, -1}}, Cell{{8, -1}}, Cell{{14, 8}}, Cell{{16, 8}}}},
        {0, 2, {Cell{{5, -1}}, Cell{{10, -1}}, Cell{{13, 8}, {14, 4}, {15, 3}}, Cell{{16, 8}}}},
        {0, 3, {Cell{{5, -1}}, Cell{{12, -1}}, Cell{{14, 8}, {15, 5}, {16, 3}}, Cell{{16, 8}}}},
        {1, 2, {Cell{{6, -1}}, Cell{{11, -1}}, Cell{{16, -1}}, Cell{}}},
        {1, 3, {Cell{{7, -1}}, Cell{{13, -1}}, Cell{{16, -1}}, Cell{}}},
        {2, 3, {Cell{{8, -1}}, Cell{{16, -1}}, Cell{}, Cell{}}},
    };
    return rows;
}

const Row *findRow(int youngest, int oldest)
{
    for (const Row &row : table()) {
        if (row.youngest == youngest && row.oldest == oldest)
            return &row;
    }
    return nullptr;
}

} // namespace

std::optional<TableAnswer> dayCareTable(int youngest, int oldest, int children, int babies)
{
    const Row *row = findRow(youngest, oldest);
    if (!row)
        return std::nullopt;
    for (int column = 0; column < 4; ++column) {
        for (const Limit &limit : row->columns.at(column)) {
            if (children <= limit.children && (limit.babies < 0 || babies <= limit.babies))
                return TableAnswer{column + 1, limit.children, limit.babies};
        }
    }
    return std::nullopt;
}

int dayCareTableMaximum(int youngest, int oldest)
{
    const Row *row = findRow(youngest, oldest);
    int maximum = 0;
    if (row) {
        for (const Cell &cell : row->columns) {
            for (const Limit &limit : cell)
                maximum = std::max(maximum, limit.children);
        }
    }
    return maximum;
}

} // namespace samenplan::rules
