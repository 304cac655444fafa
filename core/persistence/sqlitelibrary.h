#pragma once
// How the process uses the SQLite library, set once before its first connection.

namespace samenplan {

// SQLite without its memory statistics (SQLITE_CONFIG_MEMSTATUS off). With them, SQLite's default,
// every allocation and free of every connection takes one process-wide mutex and updates counters
// that nothing here reads; Debian's SQLite is built without lookaside memory, so each of a
// statement's small allocations goes that way: 4.7 % of an import's instructions at 160 locations.
// Call it first in main(), before any connection; returns false when it came too late (SQLite had
// started already) and nothing changed.
bool configureSqliteLibrary();

} // namespace samenplan
