#pragma once
// Opening a file in a GUI test: the window shows the first page while the check of the file's
// contents runs, then takes its answer in an event.

#include "shell/mainwindow.h"

#include <QCoreApplication>

// Lets the window take the answer of the check of its file's contents (a damaged file is found by
// the check that runs while the first page loads); the limit only keeps a broken build from hanging.
inline void awaitContentCheck(samenplan::ui::MainWindow &window)
{
    for (int round = 0; round < 1000 && window.awaitingContentCheck(); ++round)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}
