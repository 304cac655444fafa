#pragma once
// The registry of samenplan-cli commands. Each command parses its own options with
// QCommandLineParser and returns an ExitCode.

#include "cli/cli.h"

#include <QString>

#include <functional>
#include <vector>

class QCommandLineParser;

namespace samenplan::cli {

struct Command {
    QString name;
    QString summary; // one line, in the interface language
    std::function<int(const QStringList &arguments, Streams io)> run; // arguments after the name
};

const std::vector<Command> &commands();

// Commands, one file each.
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
