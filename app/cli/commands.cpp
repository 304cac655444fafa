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
        {QStringLiteral("occupancy"),
         QCoreApplication::translate("samenplan::cli", "Places, youth-care seats and required staff per group on a day"),
         occupancyCommand},
        {QStringLiteral("grouplist"),
         QCoreApplication::translate("samenplan::cli", "Print a group's children and days for a week to PDF"),
         {}, Runs::Documents},
        {QStringLiteral("check"),
         QCoreApplication::translate("samenplan::cli", "Check a week's roster against the staff-child ratio and the other rules"),
         checkCommand},
        {QStringLiteral("roster"),
         QCoreApplication::translate("samenplan::cli", "Write the weekly roster as PDF and/or CSV"),
         {}, Runs::Documents},
        {QStringLiteral("coaching"),
         QCoreApplication::translate("samenplan::cli", "The coaching year, or the sessions as an iCalendar file"),
         {}, Runs::Documents},
        {QStringLiteral("import"),
         QCoreApplication::translate("samenplan::cli", "Import groups, placements, staff and shifts from CSV, all or nothing"),
         importCommand},
        {QStringLiteral("export"),
         QCoreApplication::translate("samenplan::cli", "Export children, placements, staff, the roster or occupancy as CSV or XLSX"),
         {}, Runs::Documents},
        {QStringLiteral("privacy"),
         QCoreApplication::translate("samenplan::cli", "Export everything held about one child, or erase the child"),
         {}, Runs::Documents},
        {QStringLiteral("fit"),
         QCoreApplication::translate("samenplan::cli", "When a child fits: per group the earliest start on the wished days"),
         fitCommand},
        {QStringLiteral("forecast"),
         QCoreApplication::translate("samenplan::cli", "How full each group is per month and weekday in the coming months, and who leaves"),
         forecastCommand},
        {QStringLiteral("scenario"),
         QCoreApplication::translate("samenplan::cli", "What-if scenarios kept in the file: list, show, create, change, apply, discard"),
         scenarioCommand},
        {QStringLiteral("copy"),
         QCoreApplication::translate("samenplan::cli", "Copy a whole organisation from a file to a server or back"),
         copyCommand},
        {QStringLiteral("server"),
         QCoreApplication::translate("samenplan::cli", "Set up a PostgreSQL server: init, grant and revoke roles"),
         serverCommand},
        {QStringLiteral("holidays"),
         QCoreApplication::translate("samenplan::cli", "School holidays per region and public holidays of a school year"),
         {}, Runs::Documents},
        {QStringLiteral("dayrecord"),
         QCoreApplication::translate("samenplan::cli", "The day record per group for the inspector, as JSON or PDF"),
         {}, Runs::Documents},
    };
    return list;
}

} // namespace samenplan::cli
