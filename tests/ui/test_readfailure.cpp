// A page of the window that cannot be read (its file damaged after it was opened and checked, a
// disk or network error) shows nothing rather than part of its rows, and the window says why.

#include "catch.h"
#include "core/safety/damagedpage.h"
#include "core/safety/rawsql.h"
#include "modal.h"
#include "opening.h"

#include "persistence/dberror.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "views/childrenview.h"
#include "views/searchabletable.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace samenplan;
using namespace samenplan::ui;

TEST_CASE("a page that fails to read part-way is cleared and the window says why", "[gui][safety]")
{
    TempDir tmp;
    const QString path = fileWithManyChildren(tmp);
    MainWindow window;
    window.setRemembersFiles(false);
    window.show();
    QString error;
    REQUIRE(window.openFile(path, &error));
    awaitContentCheck(window);
    REQUIRE_FALSE(window.awaitingContentCheck());
    REQUIRE(window.document() != nullptr);

    // Another program's change makes the window's connection read the file again (it keeps the
    // pages it read while the file stays the same), and a page of the children's table is damaged.
    damageChildrenPage(path);
    runRawSql(path, {QStringLiteral("INSERT INTO settings (setting_key, setting_value) VALUES ('elsewhere', 'x')")});
    MessageBoxes boxes;
    REQUIRE(window.showView(QStringLiteral("children")));
    for (int round = 0; round < 1000 && boxes.texts.isEmpty(); ++round)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);

    INFO(boxes.texts.join(QLatin1Char('\n')).toStdString());
    REQUIRE(boxes.texts.size() == 1);
    CHECK(boxes.titles.first() == QStringLiteral("The file could not be read"));
    CHECK(boxes.texts.first().contains(QStringLiteral("database disk image is malformed")));
    auto *children = window.findChild<ChildrenView *>();
    REQUIRE(children);
    CHECK(children->table()->model()->rowCount() == 0); // not the few rows read before the damaged page
    CHECK(children->isUnreadable());                     // and says so on the page itself
    CHECK(window.document() != nullptr);                 // the file stays open; the user decides

    // A file that reads shows its page again, without the note.
    REQUIRE(window.openFile(makeDemoDatabase(tmp, QStringLiteral("good.samenplan")), &error));
    awaitContentCheck(window);
    REQUIRE(window.showView(QStringLiteral("children")));
    QCoreApplication::processEvents();
    CHECK(children->table()->model()->rowCount() > 0);
    CHECK_FALSE(children->isUnreadable());
}

namespace {

// A handler outside the pages that reads the file and fails, as a dialog's or an action's might.
class FailingReader : public QObject {
protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::User)
            throw DbError(QStringLiteral("The database could not be read: disk I/O error"));
        return QObject::event(event);
    }
};

} // namespace

TEST_CASE("a read that fails in any event handler reaches the user, and the planner goes on", "[gui][safety]")
{
    auto *application = qobject_cast<Application *>(QCoreApplication::instance());
    REQUIRE(application); // the tests run in the planner's own application object
    MainWindow window;
    window.setRemembersFiles(false);
    window.show();
    MessageBoxes boxes;
    QSignalSpy failed(application, &Application::readFailed);
    FailingReader reader;
    QEvent event(QEvent::User);
    CHECK_FALSE(QCoreApplication::sendEvent(&reader, &event));
    for (int round = 0; round < 1000 && boxes.texts.isEmpty(); ++round)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("disk I/O error")));
    REQUIRE(boxes.texts.size() == 1);
    CHECK(boxes.texts.first().contains(QStringLiteral("disk I/O error")));
    CHECK(window.isVisible());
}
