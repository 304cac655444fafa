#include "cli/cli.h"

#include "cli/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace samenplan::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samenplan::cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: samenplan-cli COMMAND [OPTIONS]") << '\n'
        << tr("Plans childcare groups, youth-care seats, staff rosters and coaching.") << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << command.name.leftJustified(12) << command.summary << '\n';
    out << '\n'
        << tr("Options:") << '\n'
        << "  --version   " << tr("Print the version and exit") << '\n'
        << "  --help      " << tr("Print this help and exit") << '\n'
        << '\n'
        << tr("Run samenplan-cli COMMAND --help for the options of a command.") << '\n';
}

} // namespace

int usageError(Streams io, const QString &message)
{
    io.err << "samenplan-cli: " << message << '\n';
    io.err.flush();
    return ExitUsage;
}

bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  Streams io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QStringList withProgram{QStringLiteral("samenplan-cli ") + command};
    withProgram += arguments;
    if (!parser.parse(withProgram)) {
        usageError(io, command + QStringLiteral(": ") + parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by the path it was started with; the usage line
        // names it as typed, with the command ("Usage: samenplan-cli init [options] FILE").
        QString help = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype at = started.isEmpty() ? -1 : help.indexOf(started);
        if (at >= 0 && at < lineEnd)
            help.replace(at, started.size(), QStringLiteral("samenplan-cli ") + command);
        io.out << help;
        io.out.flush();
        return false;
    }
    return true;
}

int runCli(const QStringList &arguments, Streams io)
{
    if (arguments.isEmpty()) {
        printHelp(io.err);
        return ExitUsage;
    }
    const QString &first = arguments.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "samenplan-cli " << QStringLiteral(SAMENPLAN_VERSION) << '\n';
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(io.out);
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (command.name == first) {
            const int code = command.runs == Runs::Documents ? runDocumentCommand(first, arguments.mid(1), io)
                                                              : command.run(arguments.mid(1), io);
            io.out.flush();
            io.err.flush();
            return code;
        }
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(io, tr("unknown option %1 (see samenplan-cli --help)").arg(first));
    return usageError(io, tr("unknown command %1 (see samenplan-cli --help)").arg(first));
}

} // namespace samenplan::cli
