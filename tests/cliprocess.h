#pragma once
// Runs the built samenplan-cli binary as its own process (SAMENPLAN_CLI_PATH), for what only a real
// process shows: two processes at once, a process that would hang, the files a process leaves.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliProcessRun {
    int exitCode = -1;
    bool finished = false; // false: still running after the limit and killed
    QString out;
    QString err;
};

// environment: the process's own (the test's, unless given).
inline QProcess *startCliProcess(const QStringList &arguments,
                                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    auto *process = new QProcess;
    process->setProcessEnvironment(environment);
    process->setProgram(QStringLiteral(SAMENPLAN_CLI_PATH));
    process->setArguments(arguments);
    process->start();
    process->waitForStarted();
    return process;
}

// Waits for a started process (at most limitMs, a safety net against a hang, not a timing) and
// deletes it.
inline CliProcessRun finishCliProcess(QProcess *process, int limitMs = 60000)
{
    CliProcessRun run;
    run.finished = process->waitForFinished(limitMs);
    if (!run.finished) {
        process->kill();
        process->waitForFinished();
    }
    run.exitCode = run.finished && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    delete process;
    return run;
}

inline CliProcessRun runCliProcess(const QStringList &arguments, int limitMs = 60000,
                                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return finishCliProcess(startCliProcess(arguments, environment), limitMs);
}
