#pragma once
// The main window on a demo database around DemoMonday, showing the Forecast page, for its tests.

#include "catch.h"
#include "demodb.h"

#include "forecast/forecastview.h"
#include "shell/document.h"
#include "shell/mainwindow.h"

#include <QUndoStack>

namespace samenplan::ui {

struct ForecastWindow {
    TempDir tmp;
    MainWindow window;
    ForecastView *forecast = nullptr;

    ForecastWindow()
    {
        window.setRemembersFiles(false);
        window.setDate(DemoMonday);
        REQUIRE(window.openFile(makeDemoDatabase(tmp)));
        REQUIRE(window.showView(QStringLiteral("forecast")));
        forecast = window.findChild<ForecastView *>();
        REQUIRE(forecast);
    }
    const Database &db() const { return window.document()->database(); }
    QUndoStack *undo() const { return window.document()->undoStack(); }
};

} // namespace samenplan::ui
