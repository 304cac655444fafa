#pragma once
// What the window opens when Samenplan starts: the demo location (--demo), the file given on the
// command line (a double-click on a .samenplan file starts `samenplan FILE`), or else the file used
// last. A file that cannot be opened (open in another Samenplan, damaged, made by a newer version)
// is no reason to vanish: the window stays on its welcome page and a dialog says why.

#include <QString>

namespace samenplan::ui {

class MainWindow;

struct StartRequest {
    bool demo = false;
    QString file; // empty: the file used last, if any
};

// Call once the window is shown. Returns whether a database is open.
bool openAtStart(MainWindow &window, const StartRequest &request);

} // namespace samenplan::ui
