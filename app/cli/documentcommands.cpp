// The document commands run in this program (samenplan-cli-documents, Windows' samenplan-cli and
// the tests): the commands that write PDF, XLSX and iCalendar files, with the libraries they need.

#include "cli/commands.h"

#include <QCoreApplication>

#include <utility>

namespace samenplan::cli {

int runDocumentCommand(const QString &command, const QStringList &arguments, Streams io)
{
    using Run = int (*)(const QStringList &, Streams);
    static const std::pair<const char *, Run> runs[] = {
        {"grouplist", groupListCommand}, {"roster", rosterCommand},     {"coaching", coachingCommand},
        {"export", exportCommand},       {"privacy", privacyCommand},   {"holidays", holidaysCommand},
        {"dayrecord", dayRecordCommand},
    };
    for (const auto &[name, run] : runs) {
        if (command == QLatin1String(name))
            return run(arguments, io);
    }
    return usageError(io, QCoreApplication::translate("samenplan::cli", "unknown command %1 (see samenplan-cli --help)")
                              .arg(command));
}

} // namespace samenplan::cli
