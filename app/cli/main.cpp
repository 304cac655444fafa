// samenplan-cli: the headless Samenplan. A QGuiApplication (offscreen) so reports can paint PDFs.

#include "cli/cli.h"
#include "util/translations.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    samenplan::installMessageFilter();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samenplan"));
    QCoreApplication::setApplicationName(QStringLiteral("samenplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENPLAN_VERSION));
    samenplan::installTranslations(app, samenplan::preferredLanguage());

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return samenplan::cli::runCli(app.arguments().mid(1), {in, out, err});
}
