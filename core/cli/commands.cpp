#include "cli/commands.h"

#include <QCoreApplication>

namespace samenplan::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        {QStringLiteral("init"),
         QCoreApplication::translate("samenplan::cli", "Create a new database file, empty or with demo data"),
         initCommand},
    };
    return list;
}

} // namespace samenplan::cli
