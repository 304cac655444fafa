#include "shell/startup.h"

#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace samenplan::ui {
namespace {

class StartText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ui::StartText)
};

} // namespace

bool openAtStart(MainWindow &window, const StartRequest &request)
{
    QString error;
    bool opened = false;
    if (request.demo) {
        opened = window.openDemo(&error);
    } else if (!request.file.isEmpty()) {
        opened = window.openFile(request.file, &error);
    } else if (const QStringList recent = RecentFiles::list(); !recent.isEmpty()) {
        opened = window.openFile(recent.first(), &error);
    } else {
        return false; // nothing to open: the welcome page
    }
    if (!opened)
        showOpenRefused(&window, error);
    return opened;
}

void showOpenRefused(QWidget *parent, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, StartText::tr("The file cannot be opened"), error, QMessageBox::Ok, parent);
    box.setInformativeText(StartText::tr("Nothing in it was changed. Open another file, make a new one or look "
                                         "around in the demo location."));
    box.exec();
}

} // namespace samenplan::ui
