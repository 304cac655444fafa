#include "catch.h"

#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

using namespace samenplan::ui;

// The version is written once, in project() of CMakeLists.txt; the package (CPack), both programs'
// --version (packaging/test-package.sh) and the About dialog all show it.
TEST_CASE("Help > About names the version the package and --version carry", "[gui][packaging]")
{
    MainWindow window;
    window.setRemembersFiles(false);
    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&About Samenplan"))
            about = action;
    }
    REQUIRE(about != nullptr);

    QString shown;
    QTimer closer;
    closer.setInterval(5);
    QObject::connect(&closer, &QTimer::timeout, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    closer.start();
    about->trigger();
    closer.stop();

    CHECK(shown.contains(QStringLiteral("Samenplan " SAMENPLAN_VERSION)));
    CHECK(shown.contains(QStringLiteral("EUPL-1.2")));
}
