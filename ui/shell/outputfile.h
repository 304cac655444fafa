#pragma once
// The save dialog for every output (a PDF, an iCalendar file, a copy of the database): asks for a
// file name and refuses, with a message, the open database itself by any of its names, the files
// kept beside it and folders, so no save ever lands on the planner's data.

#include <QString>

#include <functional>

class QWidget;

namespace samenplan::ui {

// Returns the chosen path, or empty when the user cancelled or the file was refused (the reason was
// shown). defaultSuffix (without the dot) is added to a name typed without one. A suggested name
// without a folder is offered in the folder of the last output (at first the Documents folder).
QString askOutputFile(QWidget *parent, const QString &databasePath, const QString &title, const QString &suggested,
                      const QString &filter, const QString &defaultSuffix = {});

// The folder outputs are offered in: the last one used, else Documents.
QString outputFolder();

// Tests answer the file dialog through this hook instead of showing it; an empty hook restores it.
void setOutputFileHookForTests(std::function<QString(const QString &title)> hook);

} // namespace samenplan::ui
