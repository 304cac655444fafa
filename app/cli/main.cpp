// samenplan-cli: the headless Samenplan. The commands that paint PDFs run in a QGuiApplication
// (offscreen); the others in a QCoreApplication, which starts and ends without the GUI platform
// and the font database (a few milliseconds of every run). Built twice on Unix: samenplan-cli
// without the document commands (they run in samenplan-cli-documents, built with
// SAMENPLAN_CLI_DOCUMENTS), so that it links no Qt GUI at all.

#include "cli/cli.h"
#include "cli/hugepageheap.h"
#include "persistence/sqlitelibrary.h"
#include "util/translations.h"

#include <QCoreApplication>
#ifdef SAMENPLAN_CLI_DOCUMENTS
#include <QGuiApplication>
#endif

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

std::unique_ptr<QCoreApplication> application(int &argc, char *argv[])
{
#ifdef SAMENPLAN_CLI_DOCUMENTS
    if (argc >= 2) {
        for (const char *command : {"roster", "grouplist", "dayrecord", "privacy"}) {
            if (std::strcmp(argv[1], command) == 0)
                return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    samenplan::cli::reserveHugePageHeap(); // first: before any thread or large allocation
    samenplan::configureSqliteLibrary(); // before any connection
    samenplan::installMessageFilter();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> running = application(argc, argv);
    QCoreApplication &app = *running;
    QCoreApplication::setOrganizationName(QStringLiteral("Samenplan"));
    QCoreApplication::setApplicationName(QStringLiteral("samenplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENPLAN_VERSION));
    samenplan::installTranslations(app, samenplan::preferredLanguage());

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return samenplan::cli::runCli(app.arguments().mid(1), {in, out, err});
}
