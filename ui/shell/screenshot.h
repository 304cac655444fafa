#pragma once
// samenplan --screenshot: renders one view of the main window (1400x900) to a PNG, offscreen.

#include <QDate>
#include <QString>

class QTextStream;

namespace samenplan::ui {

struct ScreenshotRequest {
    QString output;   // PNG path
    QString view;     // overview, groups, roster, timeline, coaching, children, staff
    QString database; // empty: a fresh demo database
    QDate date;       // invalid: today
};

// Returns the process exit code: 0 written, 2 refused (one line on err, nothing written).
int renderScreenshot(const ScreenshotRequest &request, QTextStream &err);

} // namespace samenplan::ui
