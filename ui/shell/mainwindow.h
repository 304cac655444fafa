#pragma once
// The Samenplan main window: navigation between the views, the week bar, File/Edit/Extra/Help
// menus, one Document (database + undo stack) at a time.

#include "views/recordlink.h"

#include <QDate>
#include <QEvent>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace samenplan::ui {

class Document;
class HandbookDialog;
class PlannerView;
class WeekBar;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file. When it cannot, returns false and puts the reason in error, or shows
    // it in a message box when error is null.
    bool openFile(const QString &path, QString *error = nullptr);
    // Opens the demo database in the user's data folder, creating it first if needed.
    bool openDemo(QString *error = nullptr);
    bool showView(const QString &key); // false for an unknown key
    // Shows a record on the page that shows its kind (in the link's week); false when none does.
    bool openRecord(const RecordLink &link);
    QStringList viewKeys() const;
    HandbookDialog *handbook() const { return m_handbook; } // null until F1 was first pressed
    void setDate(const QDate &date);
    Document *document() const { return m_document.get(); }
    // True from opening a file until the check of its contents, run while its first page loads, has
    // answered (a damaged file is then closed again, with the dialog of a file that cannot be opened).
    bool awaitingContentCheck() const { return m_contentCheckPending; }
    // Off for throw-away windows (screenshots): opened files are not added to the recent list.
    void setRemembersFiles(bool remember) { m_remembersFiles = remember; }

    // Where the demo database lives: the user's data folder.
    static QString demoPath();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createMenus();
    void createViews();
    void setDocument(std::unique_ptr<Document> document);
    // Ends the hold of an opening file (PlannerView::setHeld) and loads the page shown.
    void releaseViews();
    // Takes the answer of the contents check (waiting for it), once the first page is painted.
    void confirmContents();
    static QEvent::Type confirmContentsEvent();
    void updateTitle();
    void updateRecentMenu();
    void newFile();
    void openFileDialog();
    void saveCopy();
    void showAbout();
    void createGoMenu();
    void findRecord();
    void showHandbook(const QString &pageKey = QString()); // the current page's by default
    void showRatioCalculator();
    void chooseLanguage(const QString &language);
    void showError(const QString &title, const QString &message);
    // A page could not be read (PlannerView::readFailed): says so, or offers to reconnect to a
    // server that went away.
    void reportReadFailure(const QString &message);

    std::unique_ptr<Document> m_document;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    WeekBar *m_weekBar;
    QList<PlannerView *> m_views;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QLabel *m_statusFile;
    bool m_remembersFiles = true;
    bool m_contentCheckPending = false;
    QString m_firstLoadFailure; // a read error of the first page, named after the check answered
    bool m_readFailurePending = false;
    QDialog *m_calculator = nullptr;
    QMenu *m_goMenu = nullptr;
    HandbookDialog *m_handbook = nullptr;
};

} // namespace samenplan::ui
