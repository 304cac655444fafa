#include "cli/commands.h"

#include <QCoreApplication>

namespace samenplan::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        {QStringLiteral("init"),
         QCoreApplication::translate("samenplan::cli", "Create a new database file, empty or with demo data"),
         initCommand},
        {QStringLiteral("bkr"),
         QCoreApplication::translate("samenplan::cli", "The staff-child ratio for the ages of the children present"),
         bkrCommand},
    };
    return list;
}

} // namespace samenplan::cli
