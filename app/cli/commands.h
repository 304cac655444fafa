#pragma once
// The registry of samenplan-cli commands. Each command parses its own options with
// QCommandLineParser and returns an ExitCode.

#include "cli/cli.h"

#include <QString>

#include <functional>
#include <vector>

class QCommandLineParser;

namespace samenplan::cli {

// Where a command runs. The commands that write documents (PDF, XLSX, iCalendar) need Qt GUI,
// libxlsxwriter and libical, which take about 4 ms of every start to load: on Unix samenplan-cli
// is built without them and hands those commands to samenplan-cli-documents (documentforward.cpp),
// which runs them in-process as the tests and Windows' samenplan-cli do (documentcommands.cpp).
enum class Runs { Here, Documents };

struct Command {
    QString name;
    QString summary; // one line, in the interface language
    std::function<int(const QStringList &arguments, Streams io)> run; // arguments after the name; Runs::Here
    Runs runs = Runs::Here;
};

const std::vector<Command> &commands();

// Runs a command of Runs::Documents: defined once per program, by the library it links
// (samenplan_cli_documents, or documentforward.cpp in samenplan-cli on Unix).
int runDocumentCommand(const QString &command, const QStringList &arguments, Streams io);

// Commands, one file each (the document commands in samenplan_cli_documents).
int initCommand(const QStringList &arguments, Streams io);
int bkrCommand(const QStringList &arguments, Streams io);
int occupancyCommand(const QStringList &arguments, Streams io);
int groupListCommand(const QStringList &arguments, Streams io);
int checkCommand(const QStringList &arguments, Streams io);
int rosterCommand(const QStringList &arguments, Streams io);
int coachingCommand(const QStringList &arguments, Streams io);
int importCommand(const QStringList &arguments, Streams io);
int exportCommand(const QStringList &arguments, Streams io);
int privacyCommand(const QStringList &arguments, Streams io);
int fitCommand(const QStringList &arguments, Streams io);
int forecastCommand(const QStringList &arguments, Streams io);
int scenarioCommand(const QStringList &arguments, Streams io);
int copyCommand(const QStringList &arguments, Streams io);
int serverCommand(const QStringList &arguments, Streams io);
int holidaysCommand(const QStringList &arguments, Streams io);
int dayRecordCommand(const QStringList &arguments, Streams io);

// Shared helpers for commands.
// Writes "samenplan-cli: <message>" as one line to err and returns ExitUsage.
int usageError(Streams io, const QString &message);
// Parses the command's options; on an unknown option or a missing value reports it and returns false.
bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  Streams io);

} // namespace samenplan::cli
