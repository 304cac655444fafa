#pragma once
// samenplan-cli: the headless commands. app/cli/main.cpp only sets up the application and calls
// runCli(); every command lives in its own file here so tests can drive it with string streams.

#include <QStringList>
#include <QTextStream>

namespace samenplan::cli {

// Exit codes every command keeps to.
enum ExitCode {
    ExitOk = 0,
    ExitProblems = 1, // the command ran but found problems (bad lines, violations asked to fail)
    ExitUsage = 2,    // bad options, missing or unusable files: nothing was written
};

struct Streams {
    QTextStream &in;
    QTextStream &out;
    QTextStream &err;
};

// arguments: everything after the program name.
int runCli(const QStringList &arguments, Streams io);

} // namespace samenplan::cli
