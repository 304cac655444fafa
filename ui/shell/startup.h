#pragma once
// What the window opens when Samenplan starts: the demo location (--demo), the file given on the
// command line (a double-click on a .samenplan file starts `samenplan FILE`), or else the file used
// last. A file that cannot be opened (open in another Samenplan, damaged, made by a newer version)
// is no reason to vanish: the window stays on its welcome page and a dialog says why.

#include <QString>

class QWidget;

namespace samenplan::ui {

class MainWindow;

struct StartRequest {
    bool demo = false;
    QString file; // empty: the file used last, if any
};

// Call once the window is shown. Returns whether a database is open (a file found damaged by the
// check that runs while its first page loads is closed again a moment later, with the same dialog).
bool openAtStart(MainWindow &window, const StartRequest &request);

// The dialog for a file that cannot be opened: why, and that nothing in it was changed.
void showOpenRefused(QWidget *parent, const QString &error);

} // namespace samenplan::ui
