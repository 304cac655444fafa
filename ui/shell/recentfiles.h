#pragma once

#include <QStringList>

namespace samenplan::ui {

// The recently opened database files and server addresses, newest first, kept in QSettings.
class RecentFiles {
public:
    static constexpr int Maximum = 8;
    static QStringList list(); // only files that still exist
    static void add(const QString &path);
    static void clear();
};

} // namespace samenplan::ui
