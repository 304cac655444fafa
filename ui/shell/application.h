#pragma once
// The planner's application object. Reads of the open file throw DbError when they fail (a page
// damaged after the file was checked, a disk or network error, a server gone); the pages catch
// theirs (PlannerView::readFailed), and a read anywhere else (a dialog, a menu action) that fails
// reaches the user through readFailed() instead of ending the program in the middle of an event.

#include <QApplication>

namespace samenplan::ui {

class Application : public QApplication {
    Q_OBJECT
public:
    Application(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

Q_SIGNALS:
    // An event's handler failed to read the file; message is the database's sentence. The main
    // window says it (MainWindow::reportReadFailure).
    void readFailed(const QString &message);
};

} // namespace samenplan::ui
