#include "shell/screenshot.h"

#include "demo/demodata.h"
#include "persistence/database.h"
#include "persistence/outputpath.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QImageWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace samenplan::ui {

int renderScreenshot(const ScreenshotRequest &request, QTextStream &err)
{
    auto fail = [&err](const QString &message) {
        err << "samenplan: " << message << '\n';
        err.flush();
        return 2;
    };
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    if (const QString problem = outputPathProblem(request.output, request.database); !problem.isEmpty())
        return fail(problem);

    QTemporaryDir scratch;
    QString database = request.database;
    if (database.isEmpty()) {
        if (!scratch.isValid())
            return fail(QApplication::translate("samenplan::ui", "no temporary folder for the demo database"));
        database = scratch.filePath(QStringLiteral("demo.samenplan"));
        auto created = Database::create(database, [date](const Database &db) { demo::populate(db, date); });
        if (!created.database)
            return fail(created.error);
    }

    MainWindow window;
    window.setRemembersFiles(false);
    if (!window.showView(request.view))
        return fail(QApplication::translate("samenplan::ui", "unknown view %1 (choose from %2)")
                        .arg(request.view, window.viewKeys().join(QStringLiteral(", "))));
    // Open the output before rendering so an unwritable path fails fast and leaves nothing.
    QSaveFile file(request.output);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QApplication::translate("samenplan::ui", "cannot write %1: %2").arg(request.output, file.errorString()));
    QString openError;
    if (!window.openFile(database, &openError))
        return fail(openError);
    window.setDate(date);
    window.showView(request.view);
    window.resize(1400, 900);
    window.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit())
        return fail(QApplication::translate("samenplan::ui", "cannot write %1: %2").arg(request.output, writer.errorString()));
    return 0;
}

} // namespace samenplan::ui
