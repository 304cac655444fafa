#include "rules/daycaretable.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace samenplan::rules {
namespace {

struct Limit {
    int children;
    int babies; // -1: no limit on children aged 0
};

// One cell: the group is allowed when any of its limits holds. Fixed arrays, no allocation: the
// ratio is asked for every quarter hour of every group day, and thousands of times a second by
// bkr --stdin.
struct Cell {
    std::array<Limit, 3> limits{};
    int count = 0;

    constexpr Cell() = default;
    constexpr Cell(std::initializer_list<Limit> list)
    {
        for (const Limit &limit : list)
            limits[size_t(count++)] = limit;
    }
};

struct Row {
    int youngest;
    int oldest;
    std::array<Cell, 4> columns; // 1, 2, 3, 4 professionals; empty: not allowed
};

// rules.md section 4.1, Table 1 ("b<=N": at most N children aged 0).
constexpr std::array<Row, 10> table{{
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
}};

// The row of each age span by 4 × youngest + oldest, or nullptr.
constexpr std::array<const Row *, 16> rowsByAges = [] {
    std::array<const Row *, 16> byAges{};
    for (const Row &row : table)
        byAges[size_t(4 * row.youngest + row.oldest)] = &row;
    return byAges;
}();

const Row *findRow(int youngest, int oldest)
{
    if (youngest < 0 || youngest > 3 || oldest < 0 || oldest > 3)
        return nullptr;
    return rowsByAges[size_t(4 * youngest + oldest)];
}

// The limits of each age span in the order they are tried (column by column), by 4 × youngest +
// oldest: one short loop for dayCareTable().
struct Tried {
    std::array<TableAnswer, 12> limits{};
    int count = 0;
};
constexpr std::array<Tried, 16> triedByAges = [] {
    std::array<Tried, 16> byAges{};
    for (const Row &row : table) {
        Tried &tried = byAges[size_t(4 * row.youngest + row.oldest)];
        for (int column = 0; column < 4; ++column) {
            const Cell &cell = row.columns[size_t(column)];
            for (int i = 0; i < cell.count; ++i)
                tried.limits[size_t(tried.count++)] = {column + 1, cell.limits[size_t(i)].children, cell.limits[size_t(i)].babies};
        }
    }
    return byAges;
}();

} // namespace

std::optional<TableAnswer> dayCareTable(int youngest, int oldest, int children, int babies)
{
    if (youngest < 0 || youngest > 3 || oldest < 0 || oldest > 3)
        return std::nullopt;
    const Tried &tried = triedByAges[size_t(4 * youngest + oldest)];
    for (int i = 0; i < tried.count; ++i) {
        const TableAnswer &limit = tried.limits[size_t(i)];
        if (children <= limit.maxChildren && (limit.maxBabies < 0 || babies <= limit.maxBabies))
            return limit;
    }
    return std::nullopt;
}

int dayCareTableMaximum(int youngest, int oldest)
{
    const Row *row = findRow(youngest, oldest);
    int maximum = 0;
    if (row) {
        for (const Cell &cell : row->columns) {
            for (int i = 0; i < cell.count; ++i)
                maximum = std::max(maximum, cell.limits[size_t(i)].children);
        }
    }
    return maximum;
}

} // namespace samenplan::rules
