// samenplan: the desktop planner. Parses the command line and starts the main window, or renders a
// screenshot of one view and exits.

#include "persistence/sqlitelibrary.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/screenshot.h"
#include "shell/startup.h"
#include "util/clock.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace samenplan;

int main(int argc, char *argv[])
{
    samenplan::configureSqliteLibrary(); // before any connection
    samenplan::installMessageFilter();
    // --screenshot renders without a display, and --help and --version print without one (the man
    // pages are written from --help at build time).
    for (int i = 1; i < argc; ++i) {
        const bool headless = qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--help") == 0
            || qstrcmp(argv[i], "-h") == 0 || qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0;
        if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    ui::Application app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samenplan"));
    QCoreApplication::setApplicationName(QStringLiteral("samenplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENPLAN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Samenplan"));
    // The desktop entry, AppStream id and icon name (packaging/linux/): Wayland matches windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.samenplan.Samenplan"));

    QCommandLineParser parser;
    // The same description as samenplan-cli --help; the man page's summary (packaging/manpage.cmake).
    parser.setApplicationDescription(QCoreApplication::translate(
        "samenplan::cli", "Plans childcare groups, youth-care seats, staff rosters and coaching."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE|URL"),
                                 QStringLiteral("Database file, or server address (postgresql://...), to open"),
                                 QStringLiteral("[FILE|URL]"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo database in the user's data folder, creating it if needed"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render a view to a PNG and exit"), QStringLiteral("OUT.png"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("View for --screenshot: overview, forecast, groups, roster, timeline, coaching, children, staff"), QStringLiteral("VIEW"), QStringLiteral("groups"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database for --screenshot (default: a fresh demo database)"), QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("Show the week of this date"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language for this run: nl or en"), QStringLiteral("LANG"));
    parser.addOptions({demo, screenshot, view, database, date, language});

    QTextStream err(stderr);
    auto usageError = [&err](const QString &message) {
        err << "samenplan: " << message << '\n';
        err.flush();
        return 2;
    };
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    QString languageCode = preferredLanguage();
    if (parser.isSet(language)) {
        languageCode = parser.value(language);
        if (languageCode != QLatin1String("nl") && languageCode != QLatin1String("en"))
            return usageError(QStringLiteral("--language takes nl or en"));
    }
    installTranslations(app, languageCode);

    QDate shownDate;
    if (parser.isSet(date)) {
        const auto parsed = parseIsoDate(parser.value(date));
        if (!parsed)
            return usageError(QStringLiteral("%1 is not a valid date (YYYY-MM-DD)").arg(parser.value(date)));
        shownDate = *parsed;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return usageError(QStringLiteral("give at most one database file"));

    if (parser.isSet(screenshot)) {
        if (!files.isEmpty())
            return usageError(QStringLiteral("with --screenshot, name the database with --database"));
        ui::ScreenshotRequest request{parser.value(screenshot), parser.value(view), parser.value(database), shownDate};
        return ui::renderScreenshot(request, err);
    }
    if (parser.isSet(view) || parser.isSet(database))
        return usageError(QStringLiteral("--view and --database go with --screenshot"));

    // A name that is not a file is a mistyped command line: one line, no window. A file that exists
    // but cannot be opened (open elsewhere, damaged, newer) gets a dialog over the welcome page.
    if (!files.isEmpty()) {
        const QFileInfo file(files.first());
        if (file.isDir())
            return usageError(QStringLiteral("%1 is a folder, not a database file.").arg(files.first()));
        if (!file.exists())
            return usageError(QStringLiteral("The file %1 does not exist.").arg(files.first()));
    }

    ui::MainWindow window;
    if (shownDate.isValid())
        window.setDate(shownDate);
    // A file that cannot be opened gets a dialog with the reason over the welcome page.
    window.show();
    ui::openAtStart(window, {parser.isSet(demo), files.value(0)});
    return app.exec();
}
