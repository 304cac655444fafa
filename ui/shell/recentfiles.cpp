#include "shell/recentfiles.h"

#include "persistence/serverconnection.h"

#include <QFileInfo>
#include <QSettings>

namespace samenplan::ui {

static const auto recentKey = QStringLiteral("recentFiles");

QStringList RecentFiles::list()
{
    QStringList files;
    const QStringList stored = QSettings().value(recentKey).toStringList();
    for (const QString &file : stored) {
        if (ServerAddress::isServerUrl(file) || QFileInfo::exists(file))
            files << file;
    }
    return files;
}

void RecentFiles::add(const QString &path)
{
    // A server address is kept as given (it never holds a password).
    const QString absolute = ServerAddress::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > Maximum)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

void RecentFiles::clear()
{
    QSettings().remove(recentKey);
}

} // namespace samenplan::ui
