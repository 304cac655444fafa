// Find anything (Ctrl+K), the F1 handbook and the keyboard shortcuts for pages and weeks (issue 14 item 6).

#include "catch.h"
#include "demodb.h"
#include "demowindow.h"

#include "shell/finddialog.h"
#include "shell/handbook.h"
#include "shell/mainwindow.h"
#include "views/childrenview.h"
#include "views/coachingview.h"
#include "views/rosterview.h"
#include "views/searchabletable.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

QWidget *currentPage(MainWindow &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

} // namespace

TEST_CASE("Ctrl+K finds a child, a colleague or a session by part of a name and opens it on its page", "[gui][find]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;

    {
        FindDialog dialog(window.document()->database(), &window);
        dialog.setText(QStringLiteral("qqq-niemand"));
        CHECK(dialog.hitCount() == 0);
        QTest::keyClick(dialog.findChild<QLineEdit *>(), Qt::Key_Return);
        CHECK_FALSE(dialog.chosen()); // nothing to open: the dialog stays
        CHECK(dialog.result() != QDialog::Accepted);

        // Hanna: first the colleague, then her sessions; Down chooses the next, Enter opens it.
        dialog.setText(QStringLiteral("hanna verb"));
        REQUIRE(dialog.hitCount() == 4); // the colleague and her three sessions
        QTest::keyClick(dialog.findChild<QLineEdit *>(), Qt::Key_Down);
        QTest::keyClick(dialog.findChild<QLineEdit *>(), Qt::Key_Return);
        REQUIRE(dialog.chosen());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.chosen()->kind == RecordLink::Kind::Session);
        CHECK(dialog.chosen()->date.isValid());
        REQUIRE(window.openRecord(*dialog.chosen()));
        CHECK(currentPage(window) == window.findChild<CoachingView *>());
    }

    // A child's name opens the child on the children page, selected.
    FindDialog dialog(window.document()->database(), &window);
    const QString someone = QStringLiteral("Kiki");
    dialog.setText(someone);
    REQUIRE(dialog.hitCount() >= 1);
    QTest::keyClick(dialog.findChild<QLineEdit *>(), Qt::Key_Return);
    REQUIRE(dialog.chosen());
    CHECK(dialog.chosen()->kind == RecordLink::Kind::Child);
    REQUIRE(window.openRecord(*dialog.chosen()));
    auto *children = window.findChild<ChildrenView *>();
    CHECK(currentPage(window) == children);
    const QModelIndex selected = children->table()->table()->currentIndex();
    CHECK(selected.siblingAtColumn(0).data(IdRole).toLongLong() == dialog.chosen()->id);
    CHECK(selected.siblingAtColumn(0).data().toString().contains(someone));
}

TEST_CASE("Keyboard shortcuts go to the pages and the weeks, F1 opens the page's handbook", "[gui][find]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QApplication::processEvents();

    // The pages in the window's order: overview, forecast, groups, roster, coaching, children, ...
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(currentPage(window) == window.findChild<RosterView *>());
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(currentPage(window) == window.findChild<ChildrenView *>());

    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    CHECK(window.findChild<RosterView *>()->date() == DemoMonday.addDays(7));
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    CHECK(window.findChild<ChildrenView *>()->date() == DemoMonday.addDays(-7));
    QTest::keyClick(&window, Qt::Key_Home, Qt::AltModifier);
    CHECK(window.findChild<ChildrenView *>()->date() == QDate::currentDate());

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F1);
    REQUIRE(window.handbook() != nullptr);
    CHECK(window.handbook()->isVisible());
    const QString roster = window.handbook()->currentText();
    CHECK((roster.contains(QStringLiteral("Day timeline")) || roster.contains(QStringLiteral("Dagtijdlijn"))));
    window.handbook()->hide();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(window.handbook()->currentText() != roster);
    CHECK((window.handbook()->currentText().contains(QStringLiteral("group board"))
           || window.handbook()->currentText().contains(QStringLiteral("groepenbord"))));
}

TEST_CASE("Every page has a handbook page in Dutch and in English, and every link in it leads somewhere", "[gui][find]")
{
    MainWindow window;
    QStringList keys{QStringLiteral("start")};
    for (const QString &key : window.viewKeys()) {
        if (key != QLatin1String("timeline")) // a mode of the roster, in the roster's page
            keys << key;
    }
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        for (const QString &key : std::as_const(keys)) {
            INFO((language + QLatin1Char('/') + key).toStdString());
            const QString resource = HandbookDialog::resourceFor(key, language);
            REQUIRE_FALSE(resource.isEmpty());
            QFile file(resource);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(file.readAll());
            static const QRegularExpression link(QStringLiteral("href=\"([a-z]+)\\.html\""));
            for (auto it = link.globalMatch(html); it.hasNext();)
                CHECK_FALSE(HandbookDialog::resourceFor(it.next().captured(1), language).isEmpty());
        }
    }
    CHECK(HandbookDialog::resourceFor(QStringLiteral("nonsense"), QStringLiteral("nl")).isEmpty());
}
