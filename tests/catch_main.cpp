// One main() for the test executables: a Qt application (offscreen by default, so the tests and
// Catch's test discovery run without a display), English interface, then Catch2.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#ifdef SAMENPLAN_TEST_GUI
#include "shell/application.h" // the planner's own, as in app/gui/main.cpp
using TestApplication = samenplan::ui::Application;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "persistence/sqlitelibrary.h"
#include "util/translations.h"

int main(int argc, char *argv[])
{
    samenplan::configureSqliteLibrary(); // as the programs do, before any connection
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings and data of the tests stay apart
    // Settings of this process's own: ctest runs test cases as processes side by side, and one
    // clearing the recent files under another's feet made "the file used last" fail now and then.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SamenplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("samenplan-tests"));
    samenplan::installTranslations(app, QStringLiteral("en")); // English, with its plural forms
    return Catch::Session().run(argc, argv);
}
