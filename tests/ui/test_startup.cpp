// Starting Samenplan with a file it cannot open (as a double-click on a .samenplan file does): the
// window stays, on its welcome page, and a dialog says why.

#include "catch.h"
#include "core/safety/rawsql.h"
#include "demodb.h"
#include "modal.h"
#include "opening.h"

#include "shell/mainwindow.h"
#include "shell/recentfiles.h"
#include "shell/startup.h"
#include "shell/welcomepage.h"

#include <QApplication>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void damage(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(2 * 4096));
    file.write(QByteArray(4096, '\xa5'));
}

// Starts like `samenplan FILE` (or with no file: the file used last) and returns the dialogs shown.
QStringList start(MainWindow &window, const QString &file)
{
    window.setRemembersFiles(false);
    window.show();
    MessageBoxes boxes;
    openAtStart(window, {false, file});
    awaitContentCheck(window);
    return boxes.texts;
}

bool onWelcomePage(MainWindow &window)
{
    return window.document() == nullptr && window.isVisible() && window.findChild<WelcomePage *>()->isVisible();
}

} // namespace

TEST_CASE("started with a file it cannot open, Samenplan shows why in a dialog and carries on to the welcome page", "[gui][safety][startup]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    QString expected;
    std::unique_ptr<Database> holder;

    SECTION("open in another Samenplan")
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        holder = std::move(opened.database);
        expected = QStringLiteral("already open");
    }
    SECTION("damaged")
    {
        damage(path);
        expected = QStringLiteral("damaged");
    }
    SECTION("made by a newer Samenplan")
    {
        setUserVersion(path, 999);
        expected = QStringLiteral("newer Samenplan");
    }
    const QByteArray before = fileHash(path);
    MainWindow window;
    const QStringList dialogs = start(window, path);
    INFO(dialogs.join(QLatin1Char('|')).toStdString());
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.first().contains(expected));
    CHECK(dialogs.first().contains(QStringLiteral("demo.samenplan")));
    CHECK(onWelcomePage(window));
    holder.reset();
    CHECK(fileHash(path) == before);
}

TEST_CASE("the file used last that no longer opens gets the same dialog, a good file opens without one", "[gui][startup]")
{
    TempDir tmp;
    const QString newer = makeDemoDatabase(tmp, QStringLiteral("newer.samenplan"));
    setUserVersion(newer, 999);
    {
        RecentFiles::clear();
        RecentFiles::add(newer);
        MainWindow window;
        const QStringList dialogs = start(window, QString());
        RecentFiles::clear();
        REQUIRE(dialogs.size() == 1);
        CHECK(dialogs.first().contains(QStringLiteral("newer Samenplan")));
        CHECK(onWelcomePage(window));
    }
    const QString good = makeDemoDatabase(tmp);
    MainWindow window;
    CHECK(start(window, good).isEmpty());
    CHECK(window.document() != nullptr);
}

TEST_CASE("a file with a damaged index shows its first page for a moment, then closes with the dialog", "[gui][startup]")
{
    // Every page of the file is sound, so it opens and its first page loads while the check runs;
    // the check then finds the index wrong. The file is never written and not remembered.
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    damageIndex(path);
    const QByteArray before = fileHash(path);
    RecentFiles::clear();
    MainWindow window;
    window.show();
    MessageBoxes boxes;
    REQUIRE(openAtStart(window, {false, path}));
    CHECK(window.awaitingContentCheck());
    awaitContentCheck(window);
    INFO(boxes.texts.join(QLatin1Char('|')).toStdString());
    REQUIRE(boxes.texts.size() == 1);
    CHECK(boxes.texts.first().contains(QStringLiteral("damaged")));
    CHECK(onWelcomePage(window));
    CHECK(RecentFiles::list().isEmpty());
    CHECK(fileHash(path) == before);

    // A sound file is remembered once its check has answered.
    const QString good = makeDemoDatabase(tmp, QStringLiteral("good.samenplan"));
    REQUIRE(openAtStart(window, {false, good}));
    awaitContentCheck(window);
    CHECK(window.document() != nullptr);
    CHECK(RecentFiles::list().size() == 1);
    RecentFiles::clear();
}

// Not run with the suite: renders docs/screenshot-open-refused.png (the window with the dialog over
// it) for the README. samenplan_ui_tests "[.docs]" with SAMENPLAN_DOCS_OUT=path/to/file.png.
TEST_CASE("screenshot of the dialog for a file that cannot be opened", "[.docs]")
{
    const QString out = qEnvironmentVariable("SAMENPLAN_DOCS_OUT");
    REQUIRE_FALSE(out.isEmpty());
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp, QStringLiteral("kindcentrum.samenplan"));
    setUserVersion(path, 999);
    MainWindow window;
    window.setRemembersFiles(false);
    window.resize(1100, 700);
    window.show();
    bool saved = false;
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            QPixmap shot = window.grab();
            const QPixmap dialog = box->grab();
            QPainter painter(&shot);
            painter.drawPixmap((shot.width() - dialog.width()) / 2, (shot.height() - dialog.height()) / 3, dialog);
            painter.end();
            saved = shot.save(out);
            box->close();
        }
    });
    timer.start();
    openAtStart(window, {false, path});
    CHECK(saved);
}
