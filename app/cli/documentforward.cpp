// samenplan-cli on Unix: the document commands are handed to samenplan-cli-documents, the same
// commands built with Qt GUI, libxlsxwriter and libical, which this program does not load (every
// other command starts about 4 ms sooner without them). The program replaces this process (execv):
// it keeps the standard input, output and error, the environment and the exit code.

#include "cli/commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace samenplan::cli {
namespace {

constexpr char DocumentsProgram[] = "samenplan-cli-documents";

// Beside this program (the build folder), or where it is installed (SAMENPLAN_DOCUMENTS_DIR,
// relative to the installed samenplan-cli's folder).
QString documentsProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &folder : {QStringLiteral("."), QStringLiteral(SAMENPLAN_DOCUMENTS_DIR)}) {
        const QFileInfo program(here.filePath(folder + QLatin1Char('/') + QLatin1String(DocumentsProgram)));
        if (program.isFile() && program.isExecutable())
            return QDir::cleanPath(program.absoluteFilePath());
    }
    return {};
}

} // namespace

int runDocumentCommand(const QString &command, const QStringList &arguments, Streams io)
{
    const QString program = documentsProgram();
    if (program.isEmpty())
        return usageError(io, QCoreApplication::translate("samenplan::cli", "%1: the program %2 that writes documents is "
                                                                            "not installed beside samenplan-cli")
                                  .arg(command, QLatin1String(DocumentsProgram)));
    io.out.flush();
    io.err.flush();
    std::vector<QByteArray> bytes{QFile::encodeName(program), QFile::encodeName(command)};
    for (const QString &argument : arguments)
        bytes.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
    return usageError(io, QCoreApplication::translate("samenplan::cli", "%1: %2 could not be started: %3")
                              .arg(command, program, QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace samenplan::cli
