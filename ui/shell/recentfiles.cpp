#include "shell/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace samenplan::ui {

static const auto recentKey = QStringLiteral("recentFiles");

QStringList RecentFiles::list()
{
    QStringList files;
    const QStringList stored = QSettings().value(recentKey).toStringList();
    for (const QString &file : stored) {
        if (QFileInfo::exists(file))
            files << file;
    }
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
