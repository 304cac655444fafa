#include "shell/outputfile.h"

#include "persistence/outputpath.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace samenplan::ui {
namespace {

std::function<QString(const QString &)> &hook()
{
    static std::function<QString(const QString &)> answer;
    return answer;
}

} // namespace

void setOutputFileHookForTests(std::function<QString(const QString &title)> answer)
{
    hook() = std::move(answer);
}

QString outputFolder()
{
    const QString last = QSettings().value(QStringLiteral("output/folder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString askOutputFile(QWidget *parent, const QString &databasePath, const QString &title, const QString &suggested,
                      const QString &filter, const QString &defaultSuffix)
{
    // A bare file name is offered in the folder the last output went to (at first: Documents).
    const QString offered = suggested.isEmpty() || QFileInfo(suggested).isAbsolute()
        ? suggested
        : QDir(outputFolder()).filePath(suggested);
    QString path = hook() ? hook()(title) : QFileDialog::getSaveFileName(parent, title, offered, filter);
    if (path.isEmpty())
        return {};
    QString problem = outputPathProblem(path, databasePath);
    if (problem.isEmpty() && !defaultSuffix.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + defaultSuffix;
        problem = outputPathProblem(path, databasePath);
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, title, problem);
        return {};
    }
    if (!hook())
        QSettings().setValue(QStringLiteral("output/folder"), QFileInfo(path).absolutePath());
    return path;
}

} // namespace samenplan::ui
