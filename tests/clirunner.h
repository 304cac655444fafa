#pragma once

#include "cli/cli.h"

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Runs samenplan-cli in this process with the given arguments and standard input.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCliWith(const QStringList &arguments, QString input = {})
{
    CliRun run;
    QTextStream in(&input, QIODevice::ReadOnly);
    QTextStream out(&run.out, QIODevice::WriteOnly);
    QTextStream err(&run.err, QIODevice::WriteOnly);
    run.exitCode = samenplan::cli::runCli(arguments, {in, out, err});
    out.flush();
    err.flush();
    return run;
}
