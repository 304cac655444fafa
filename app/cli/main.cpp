// samenplan-cli: the headless Samenplan. The commands that paint PDFs run in a QGuiApplication
// (offscreen); the others in a QCoreApplication, which starts and ends without the GUI platform
// and the font database (a few milliseconds of every run).

#include "cli/cli.h"
#include "util/translations.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

bool paints(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (const char *command : {"roster", "grouplist", "dayrecord", "privacy"}) {
        if (std::strcmp(argv[1], command) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    samenplan::installMessageFilter();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        paints(argc, argv) ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Samenplan"));
    QCoreApplication::setApplicationName(QStringLiteral("samenplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENPLAN_VERSION));
    samenplan::installTranslations(app, samenplan::preferredLanguage());

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return samenplan::cli::runCli(app.arguments().mid(1), {in, out, err});
}
