#include "shell/mainwindow.h"

#include "demo/demodata.h"
#include "persistence/database.h"
#include "io/exportdialog.h"
#include "io/importdialog.h"
#include "rules/ratiocalculator.h"
#include "shell/application.h"
#include "shell/document.h"
#include "shell/finddialog.h"
#include "shell/handbook.h"
#include "shell/outputfile.h"
#include "persistence/serverconnection.h"
#include "shell/recentfiles.h"
#include "shell/serverconnect.h"
#include "shell/startup.h"
#include "shell/weekbar.h"
#include "shell/welcomepage.h"
#include "util/translations.h"
#include "views/plannerview.h"
#include "views/viewregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QVBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace samenplan::ui {

namespace {
const QString fileFilter()
{
    return QCoreApplication::translate("samenplan::ui::MainWindow", "Samenplan databases (*.samenplan);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomePage(this)),
      m_weekBar(new WeekBar(this)),
      m_statusFile(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/samenplan.svg")));
    auto *toolBar = addToolBar(tr("Week"));
    toolBar->setObjectName(QStringLiteral("weekToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_weekBar);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(170);
    m_navigation->setSpacing(2);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_pages->addWidget(m_welcome);
    statusBar()->addPermanentWidget(m_statusFile);

    createViews();
    createMenus();
    // Only the page shown is read; another page is read when it is first shown (or shown again
    // after a change of file or week).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (auto *view = qobject_cast<PlannerView *>(m_pages->widget(index)))
            view->ensureLoaded();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_document && row >= 0 && row < m_views.size())
            m_pages->setCurrentWidget(m_views.at(row));
    });
    connect(m_weekBar, &WeekBar::dateChanged, this, [this](const QDate &date) {
        for (PlannerView *view : std::as_const(m_views))
            view->setDate(date);
    });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newFile);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFileDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] {
        QString error;
        if (!openDemo(&error))
            showError(tr("Demo location"), error);
    });

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Views hold a QPointer to the document; detach them before it goes.
    for (PlannerView *view : std::as_const(m_views))
        view->setDocument(nullptr);
}

void MainWindow::createViews()
{
    m_views = createPlannerViews(this);
    for (PlannerView *view : std::as_const(m_views)) {
        m_pages->addWidget(view);
        auto *item = new QListWidgetItem(view->icon(), view->title(), m_navigation);
        item->setSizeHint(QSize(160, 40));
        item->setData(Qt::UserRole, view->key());
        view->setLoadsOnlyWhenShown(true);
        view->setDate(m_weekBar->date());
        connect(view, &PlannerView::recordRequested, this, &MainWindow::openRecord);
        connect(view, &PlannerView::readFailed, this, &MainWindow::reportReadFailure);
        connect(view, &PlannerView::dateRequested, this, &MainWindow::setDate);
    }
    if (auto *application = qobject_cast<Application *>(QCoreApplication::instance()))
        connect(application, &Application::readFailed, this, &MainWindow::reportReadFailure);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New..."), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open..."), this, &MainWindow::openFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Connect to &server..."), this, [this] {
        const QStringList recent = RecentFiles::list();
        QString suggestion;
        for (const QString &place : recent) {
            if (ServerAddress::isServerUrl(place)) {
                suggestion = place;
                break;
            }
        }
        const QString address = askServerAddress(this, suggestion);
        if (!address.isEmpty())
            openFile(address);
    });
    file->addAction(tr("Open the &demo location"), this, [this] {
        QString error;
        if (!openDemo(&error))
            showError(tr("Demo location"), error);
    });
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import from spreadsheets..."), this, [this] {
        if (m_document)
            ImportDialog(m_document.get(), this).exec();
    });
    m_exportAction = file->addAction(tr("&Export..."), this, [this] {
        if (m_document)
            ExportDialog(m_document.get(), m_weekBar->date(), this).exec();
    });
    m_saveCopyAction = file->addAction(tr("Save a &copy..."), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_editMenu->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    createGoMenu();

    QMenu *extra = menuBar()->addMenu(tr("E&xtra"));
    QAction *calculator = extra->addAction(tr("Staff-child &ratio calculator..."), this, &MainWindow::showRatioCalculator);
    calculator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    extra->addSeparator();
    QMenu *language = extra->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("Follow the system")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(tr("&Handbook for this page"), this, [this] { showHandbook(); });
    handbook->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { showHandbook(QStringLiteral("start")); });
    help->addSeparator();
    help->addAction(tr("&About Samenplan"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::createGoMenu()
{
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *find = m_goMenu->addAction(tr("&Find..."), this, &MainWindow::findRecord);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    m_goMenu->addSeparator();
    for (int row = 0; row < m_views.size(); ++row) {
        QAction *page = m_goMenu->addAction(m_views.at(row)->icon(), m_views.at(row)->title(), this,
                                            [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
    m_goMenu->addSeparator();
    QAction *previous = m_goMenu->addAction(tr("&Previous week"), this, [this] { m_weekBar->stepWeeks(-1); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction *next = m_goMenu->addAction(tr("&Next week"), this, [this] { m_weekBar->stepWeeks(1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    QAction *today = m_goMenu->addAction(tr("&This week"), this, [this] { setDate(QDate::currentDate()); });
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
}

void MainWindow::findRecord()
{
    if (!m_document)
        return;
    FindDialog dialog(m_document->database(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen())
        openRecord(*dialog.chosen());
}

void MainWindow::showHandbook(const QString &pageKey)
{
    if (!m_handbook)
        m_handbook = new HandbookDialog(this);
    QString key = pageKey;
    if (key.isEmpty()) {
        auto *view = qobject_cast<PlannerView *>(m_pages->currentWidget());
        key = view ? view->key() : QStringLiteral("start");
    }
    m_handbook->showPage(key);
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    for (PlannerView *view : std::as_const(m_views))
        view->setDocument(nullptr);
    m_document = std::move(document);
    const bool open = m_document != nullptr;
    m_navigation->setVisible(open);
    m_weekBar->setEnabled(open);
    m_saveCopyAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_goMenu->setEnabled(open);
    m_exportAction->setEnabled(open);
    if (open) {
        QUndoStack *stack = m_document->undoStack();
        auto syncUndo = [this, stack] {
            m_undoAction->setEnabled(stack->canUndo());
            m_redoAction->setEnabled(stack->canRedo());
            m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
            m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        };
        connect(stack, &QUndoStack::indexChanged, this, syncUndo);
        syncUndo();
        connect(m_document.get(), &Document::changeFailed, this, [this](const QString &message) {
            if (m_document && !m_document->isConnected())
                offerReconnect(this, m_document.get(), message); // the views reload where the user was
            else
                showError(tr("The change was not saved"), message);
        });
        // The pages get the file held: nothing is read until the window settles on a page, the
        // overview a file opens on, or the page asked for before that (showView, openRecord), so
        // opening reads one page once.
        for (PlannerView *view : std::as_const(m_views)) {
            view->setHeld(true);
            view->setDocument(m_document.get());
        }
        m_navigation->setCurrentRow(0); // a file opens on its overview
        m_pages->setCurrentWidget(m_views.value(m_navigation->currentRow()));
        m_contentCheckPending = true; // the file is remembered once it has passed
        m_firstLoadFailure.clear();
        QTimer::singleShot(0, this, &MainWindow::releaseViews);
        m_statusFile->setText(QDir::toNativeSeparators(m_document->path()));
    } else {
        m_contentCheckPending = false;
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
        m_pages->setCurrentWidget(m_welcome);
        m_statusFile->clear();
    }
    updateTitle();
    updateRecentMenu();
}

void MainWindow::releaseViews()
{
    for (PlannerView *view : std::as_const(m_views))
        view->setHeld(false);
    // The first page of a file whose check still runs: a damaged page may fail to read, which
    // reportReadFailure() keeps until the check answered.
    if (auto *view = qobject_cast<PlannerView *>(m_pages->currentWidget()))
        view->ensureLoaded();
    // Posted behind the page's repaint (an update request, posted at low priority while it loaded),
    // so it is handled before the input that comes once the page is seen: the user sees the page at
    // once and acts on a checked file (a write made sooner waits for the check in Transaction).
    if (m_contentCheckPending)
        QCoreApplication::postEvent(this, new QEvent(confirmContentsEvent()), Qt::LowEventPriority);
}

QEvent::Type MainWindow::confirmContentsEvent()
{
    static const auto type = QEvent::Type(QEvent::registerEventType());
    return type;
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == confirmContentsEvent()) {
        confirmContents();
        return true;
    }
    return QMainWindow::event(event);
}

void MainWindow::confirmContents()
{
    if (!m_contentCheckPending || !m_document)
        return;
    m_contentCheckPending = false;
    const QString problem = m_document->database().contentProblem();
    const QString loadFailure = std::exchange(m_firstLoadFailure, QString());
    if (!problem.isEmpty()) {
        setDocument(nullptr);
        statusBar()->clearMessage(); // not "Opened" any more
        showOpenRefused(this, problem);
        return;
    }
    if (m_remembersFiles) {
        RecentFiles::add(m_document->path());
        updateRecentMenu();
    }
    if (!loadFailure.isEmpty())
        showError(tr("Open database"), loadFailure);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document ? tr("%1 – Samenplan").arg(m_document->displayName())
                              : QStringLiteral("Samenplan"));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &file : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] { openFile(file); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            RecentFiles::clear();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    if (m_document && (m_document->path() == path
                       || (!ServerAddress::isServerUrl(path) && QFileInfo(m_document->path()) == QFileInfo(path))))
        return true;
    QString reason;
    auto document = Document::open(path, false, &reason);
    if (!document) {
        if (error)
            *error = reason;
        else
            showError(tr("Open database"), reason);
        return false;
    }
    setDocument(std::move(document));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

QString MainWindow::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.samenplan"));
}

bool MainWindow::openDemo(QString *error)
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QDate today = QDate::currentDate();
        auto created = Database::create(path, [today](const Database &db) { demo::populate(db, today); });
        if (!created.database) {
            if (error)
                *error = created.error;
            return false;
        }
    }
    QString openError;
    auto document = Document::open(path, false, &openError);
    if (!document) {
        if (error)
            *error = openError;
        return false;
    }
    setDocument(std::move(document));
    return true;
}

bool MainWindow::showView(const QString &key)
{
    for (int row = 0; row < m_views.size(); ++row) {
        PlannerView *view = m_views.at(row);
        if (view->key() != key && !view->modeKeys().contains(key))
            continue;
        m_navigation->setCurrentRow(row);
        if (m_document) {
            m_pages->setCurrentWidget(view);
            releaseViews();
        }
        if (view->key() != key)
            view->showMode(key);
        return true;
    }
    return false;
}

bool MainWindow::openRecord(const RecordLink &link)
{
    if (!m_document)
        return false;
    for (PlannerView *view : std::as_const(m_views)) {
        if (!view->handles(link.kind))
            continue;
        if (link.date.isValid())
            setDate(link.date);
        showView(view->key());
        return view->showRecord(link);
    }
    return false;
}

QStringList MainWindow::viewKeys() const
{
    QStringList keys;
    for (const PlannerView *view : m_views)
        keys << view->key() << view->modeKeys();
    return keys;
}

void MainWindow::setDate(const QDate &date)
{
    m_weekBar->setDate(date);
}

void MainWindow::newFile()
{
    // A file name in the Documents folder, never the folder's own name as the file's.
    const QString offered = QDir(outputFolder()).filePath(tr("organisation") + QStringLiteral(".samenplan"));
    QString path = QFileDialog::getSaveFileName(this, tr("New Samenplan database"), offered, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".samenplan");
    if (QFileInfo::exists(path)) {
        showError(tr("New database"),
                  tr("The file %1 already exists. Samenplan does not overwrite a file; choose another name.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    setDocument(nullptr);
    QString error;
    auto document = Document::open(path, true, &error);
    if (!document) {
        showError(tr("New database"), error);
        return;
    }
    setDocument(std::move(document));
    showView(QStringLiteral("groups")); // an empty file starts where its location and groups are added
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Samenplan database"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString offered = tr("copy of %1").arg(QFileInfo(m_document->path()).completeBaseName()) + QStringLiteral(".samenplan");
    const QString path = askOutputFile(this, m_document->path(), tr("Save a copy"), offered, fileFilter(),
                                       QStringLiteral("samenplan"));
    if (path.isEmpty())
        return;
    const QString error = m_document->database().saveCopy(path);
    if (!error.isEmpty())
        showError(tr("Save a copy"), error);
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showRatioCalculator()
{
    if (!m_calculator) {
        m_calculator = new QDialog(this);
        m_calculator->setWindowTitle(tr("Staff-child ratio calculator"));
        auto *layout = new QVBoxLayout(m_calculator);
        layout->addWidget(new RatioCalculator(m_calculator));
        m_calculator->resize(460, 480);
    }
    m_calculator->show();
    m_calculator->raise();
    m_calculator->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Samenplan"),
                       tr("<h3>Samenplan %1</h3><p>Planner for childcare locations that work together "
                          "with youth care: groups and youth-care seats, the staff-child ratio, "
                          "rosters and coaching on the job.</p><p>Licensed under the EUPL-1.2.</p>")
                           .arg(QStringLiteral(SAMENPLAN_VERSION)));
}

void MainWindow::chooseLanguage(const QString &language)
{
    setPreferredLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("Samenplan will use the new language the next time it starts."));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::reportReadFailure(const QString &message)
{
    if (m_contentCheckPending) { // the first page of an opening file: named once the check answered
        if (m_firstLoadFailure.isEmpty())
            m_firstLoadFailure = message;
        return;
    }
    // Shown once the page that failed has finished reloading (not from inside it), and once for a
    // failure that several pages meet in one go.
    if (m_readFailurePending)
        return;
    m_readFailurePending = true;
    QTimer::singleShot(0, this, [this, message] {
        m_readFailurePending = false;
        if (m_document && !m_document->isConnected()) {
            offerReconnect(this, m_document.get(), message); // the pages reload where the user was
            return;
        }
        showError(tr("The file could not be read"),
                  tr("%1\n\nWhat could not be read is not shown; nothing was changed. Close the file and open it "
                     "again: opening checks the whole file.").arg(message));
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace samenplan::ui
