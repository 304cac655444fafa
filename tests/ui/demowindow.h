#pragma once
// The main window on a fresh copy of the demo database, on the demo's first week; the file is not
// added to the recent files.

#include "catch.h"
#include "demodb.h"

#include "shell/mainwindow.h"

struct DemoWindow {
    TempDir tmp;
    QString path;
    samenplan::ui::MainWindow window;

    DemoWindow() : path(makeDemoDatabase(tmp))
    {
        window.setRemembersFiles(false);
        window.setDate(DemoMonday);
        REQUIRE(window.openFile(path));
    }
};
