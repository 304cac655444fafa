#include "shell/outputfile.h"

#include "persistence/outputpath.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

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

QString askOutputFile(QWidget *parent, const QString &databasePath, const QString &title, const QString &suggested,
                      const QString &filter, const QString &defaultSuffix)
{
    QString path = hook() ? hook()(title) : QFileDialog::getSaveFileName(parent, title, suggested, filter);
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
    return path;
}

} // namespace samenplan::ui
