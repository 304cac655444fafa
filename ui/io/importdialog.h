#pragma once
// The import wizard: choose the location's spreadsheets, check them (a dry run) with every row in a
// preview and the problem rows highlighted, then import them in one transaction, with a progress bar.
// A copy of the file as it was is saved beside it first, as the import is not an undo step.

#include "io/importer.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace samenplan::ui {

class Document;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(Document *document, QWidget *parent = nullptr);

    void setFile(const QString &kind, const QString &path); // kind: groups, placements, staff, shifts
    // Checks without writing; fills the preview; true when there are no problems.
    bool check();
    // Imports for real; returns false (and shows why) when it could not.
    bool importNow();
    int problemRows() const { return m_problemRows; }
    QString summary() const;

private:
    io::ImportFiles files() const;
    void showPreview(const io::ImportReport &report);

    Document *m_document;
    QHash<QString, QLineEdit *> m_paths;
    QTabWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
    int m_problemRows = 0;
};

} // namespace samenplan::ui
