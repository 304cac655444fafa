#include "persistence/sqlitelibrary.h"

#include <sqlite3.h>

namespace samenplan {

bool configureSqliteLibrary()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

} // namespace samenplan
