#include "catch.h"
#include "demodb.h"

#include "shell/mainwindow.h"
#include "shell/outputfile.h"
#include "views/groupcard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

// Answers the dialogs an action opens: takes the first choice of a question, and records and closes
// every message box.
struct DialogAnswers {
    QStringList messages;
    QTimer timer;

    DialogAnswers()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages << box->text();
                box->close();
            } else if (auto *question = qobject_cast<QInputDialog *>(modal)) {
                question->accept();
            }
        });
        timer.start();
    }
};

QPushButton *buttonNamed(QWidget &parent, const QString &text)
{
    for (QPushButton *button : parent.findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QAction *actionNamed(QWidget &parent, const QString &text)
{
    for (QAction *action : parent.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the save dialogs refuse the open database, its working files and folders", "[gui][safety][output]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp, QStringLiteral("x.samenplan"));
    QDir(tmp.dir.path()).mkdir(QStringLiteral("sub"));
    const QByteArray before = fileHash(database);
    {
    MainWindow window;
    window.setRemembersFiles(false);
    window.setDate(DemoMonday);
    REQUIRE(window.openFile(database));
    QString answer;
    setOutputFileHookForTests([&answer](const QString &) { return answer; });
    QAction *saveCopy = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Save a &copy..."))
            saveCopy = action;
    }
    REQUIRE(saveCopy);

    const QStringList refused{database, tmp.file(QStringLiteral("sub/../x.samenplan")), database + QStringLiteral("-wal"), database + QStringLiteral(".lock"), tmp.dir.path()};
    for (const QString &output : refused) {
        answer = output;
        INFO(output.toStdString());
        DialogAnswers dialogs;
        saveCopy->trigger();
        window.showView(QStringLiteral("roster"));
        actionNamed(window, QStringLiteral("Lists by staff and by group: save as PDF..."))->trigger();
        actionNamed(window, QStringLiteral("Wall print: save as PDF..."))->trigger();
        window.showView(QStringLiteral("coaching"));
        buttonNamed(window, QStringLiteral("Export calendar..."))->click();
        window.showView(QStringLiteral("groups"));
        GroupCard *card = window.findChild<GroupCard *>();
        REQUIRE(card);
        Q_EMIT card->pdfRequested(card->groupId());
        INFO(dialogs.messages.join(QLatin1Char('|')).toStdString());
        REQUIRE(dialogs.messages.size() == 5);
        for (const QString &message : std::as_const(dialogs.messages))
            CHECK((message.contains(QStringLiteral("database")) || message.contains(QStringLiteral("folder"))));
    }
    // A copy named without a suffix gets ".samenplan": here that is the database itself.
    answer = tmp.file(QStringLiteral("x"));
    DialogAnswers dialogs;
    saveCopy->trigger();
    REQUIRE(dialogs.messages.size() == 1);
    CHECK(dialogs.messages.first().contains(QStringLiteral("is the database")));
    setOutputFileHookForTests({});
    }
    CHECK(fileHash(database) == before);
}
