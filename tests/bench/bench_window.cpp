// Benchmark (not a test): the main window on organisation files of different sizes (made by
// tests/bench/bench_scale.py --keep FOLDER, e.g. FOLDER/1/organisation.samenplan and
// FOLDER/160/organisation.samenplan). For each file, on a copy with one child added without a group:
// - opening the file to one location's painted group board: until it is painted (the check of the
//   file's contents, which runs while the board loads, answers after that and before any input),
//   and until that answer too: the first opening, when the file's bytes are new and checked in
//   full, and the median of four more, each in a new window, when the check remembers that these
//   bytes passed (CheckedContents; its store in a scratch folder: XDG_CACHE_HOME);
// - switching the week, and switching the location, each until painted again;
// - the real hover path: a drag-enter event delivered through the main window to the widget under
//   a group card's centre (as the window system's drag would), and the card's answer repainted.
// The first file is the reference: every figure is also given as a ratio to it.
// Usage: samenplan_bench_window FIRST.samenplan OTHER.samenplan...

#include "groups/childdrag.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/locationrepository.h"
#include "persistence/sqlitelibrary.h"
#include "shell/mainwindow.h"
#include "views/groupcard.h"
#include "views/groupsview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace samenplan;

namespace {

const QDate Monday(2026, 11, 23);

struct Figures {
    double firstOpen = 0, firstOpenChecked = 0;
    double open = 0, openChecked = 0, week = 0, location = 0, hoverMedian = 0, hoverSlowest = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// A copy of the file with a child that has no group yet (the one dragged onto a group).
QString prepare(const QString &source, const QString &folder, int index)
{
    const QString copy = folder + QStringLiteral("/window-%1.samenplan").arg(index);
    QFile::copy(source, copy);
    auto opened = Database::open(copy, Database::Mode::OpenExisting);
    if (!opened.database)
        qFatal("%s", qPrintable(opened.error));
    Child child;
    child.firstName = QStringLiteral("Wachtend");
    child.lastName = QStringLiteral("Kind");
    child.birthDate = Monday.addMonths(-14);
    ChildRepository(*opened.database).insert(child);
    return copy;
}

double paintedAfter(QWidget &window, const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    QApplication::processEvents();
    window.grab();
    return timer.nsecsElapsed() / 1e6;
}

// Notes when the window gets its first event of an application's own type: the one that takes
// the answer of the contents check, posted behind the board's repaint. (An application-wide
// filter: it also sees that a paint event came first, or the figure would not be a painted board.)
class PaintedProbe : public QObject {
public:
    explicit PaintedProbe(const QElapsedTimer &timer, QWidget &window) : m_timer(timer), m_window(window) {}
    qint64 at = -1;
    bool paintedBefore = false;

protected:
    bool eventFilter(QObject *receiver, QEvent *event) override
    {
        if (at >= 0)
            return false;
        if (event->type() == QEvent::Paint && receiver->isWidgetType()
            && static_cast<QWidget *>(receiver)->window() == &m_window)
            paintedBefore = true;
        if (receiver == &m_window && event->type() >= QEvent::User && event->type() <= QEvent::MaxUser)
            at = m_timer.nsecsElapsed();
        return false;
    }

private:
    const QElapsedTimer &m_timer;
    QWidget &m_window;
};

void showEmpty(ui::MainWindow &window)
{
    window.setRemembersFiles(false);
    window.resize(1400, 900);
    window.setDate(Monday);
    window.show();
    QApplication::processEvents();
}

// Opens the file to the group board; returns the time until it was painted and sets checked to
// the time until the contents check answered and the window was painted again.
double openToBoard(ui::MainWindow &window, const QString &path, double *checked)
{
    QElapsedTimer timer;
    PaintedProbe probe(timer, window);
    qApp->installEventFilter(&probe);
    timer.start();
    *checked = paintedAfter(window, [&] {
        QString error;
        if (!window.openFile(path, &error))
            qFatal("%s", qPrintable(error));
        // A file opens on the overview; the group board is one step further.
        if (!window.showView(QStringLiteral("groups")))
            qFatal("no group board");
    });
    qApp->removeEventFilter(&probe);
    if (probe.at >= 0 && !probe.paintedBefore)
        qFatal("the contents check answered before the board was painted");
    return probe.at >= 0 ? probe.at / 1e6 : *checked;
}

Figures measure(const QString &path)
{
    Figures f;
    {
        ui::MainWindow first;
        showEmpty(first);
        f.firstOpen = openToBoard(first, path, &f.firstOpenChecked);
    }
    QList<double> opens, checks;
    for (int i = 0; i < 3; ++i) {
        ui::MainWindow earlier;
        showEmpty(earlier);
        double checked = 0;
        opens.append(openToBoard(earlier, path, &checked));
        checks.append(checked);
    }
    ui::MainWindow window;
    showEmpty(window);
    double checked = 0;
    opens.append(openToBoard(window, path, &checked));
    checks.append(checked);
    f.open = median(opens);
    f.openChecked = median(checks);
    auto *groups = window.findChild<ui::GroupsView *>();
    QList<double> weeks, locations;
    for (int i = 1; i <= 6; ++i)
        weeks.append(paintedAfter(window, [&] { window.setDate(Monday.addDays(i % 2 ? -7 : 0)); }));
    const QList<Location> all = LocationRepository(window.document()->database()).all();
    for (int i = 1; i <= 6; ++i) {
        const Id next = all.at(std::min<int>(i % 2, int(all.size()) - 1)).id;
        locations.append(paintedAfter(window, [&] { groups->setLocation(next); }));
    }
    f.week = median(weeks);
    f.location = median(locations);

    Id waiting = NoId;
    for (const Child &c : ChildRepository(window.document()->database()).all()) {
        if (c.firstName == QLatin1String("Wachtend"))
            waiting = c.id;
    }
    ui::GroupCard *card = groups->cards().first();
    const QPoint inWindow = card->mapTo(&window, card->rect().center());
    QList<double> hovers;
    QString answer;
    for (int i = 0; i < 60; ++i) {
        // As QWidgetWindow does with a drag from the window system: the widget under the point that
        // accepts drops gets the event, in its own coordinates.
        QWidget *target = window.childAt(inWindow);
        while (target && !target->acceptDrops())
            target = target->parentWidget();
        if (!target)
            qFatal("no drop target under the card");
        const QPoint local = target->mapFrom(&window, inWindow);
        QMimeData *mime = ui::childMimeData({waiting, NoId});
        QElapsedTimer timer;
        timer.start();
        QDragEnterEvent enter(local, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(local, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        card->repaint();
        hovers.append(timer.nsecsElapsed() / 1e6);
        answer = card->hoverText();
        QDragLeaveEvent leave;
        QApplication::sendEvent(target, &leave);
        card->repaint();
        delete mime;
    }
    f.hoverMedian = median(hovers);
    f.hoverSlowest = *std::max_element(hovers.begin(), hovers.end());
    QTextStream(stdout) << "  (hover answer: " << answer << ")\n";
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    samenplan::configureSqliteLibrary(); // as the programs do, before any connection
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(scratch.path() + QStringLiteral("/cache")));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "Usage: samenplan_bench_window FIRST.samenplan OTHER.samenplan...\n";
        return 2;
    }
    Figures reference;
    for (int i = 1; i < argc; ++i) {
        const QString source = QString::fromLocal8Bit(argv[i]);
        const Figures f = measure(prepare(source, scratch.path(), i));
        if (i == 1)
            reference = f;
        auto ratio = [](double a, double b) { return QString::number(b > 0 ? a / b : 0, 'f', 2); };
        out << source << ":\n"
            << "  open to painted board " << QString::number(f.open, 'f', 1) << " ms (" << ratio(f.open, reference.open)
            << "x the first file); until the contents check answered " << QString::number(f.openChecked, 'f', 1)
            << " ms (" << ratio(f.openChecked, reference.openChecked) << "x)\n"
            << "  the first time, the file's bytes new: open to painted board " << QString::number(f.firstOpen, 'f', 1)
            << " ms (" << ratio(f.firstOpen, reference.firstOpen) << "x); until the contents check answered "
            << QString::number(f.firstOpenChecked, 'f', 1) << " ms ("
            << ratio(f.firstOpenChecked, reference.firstOpenChecked) << "x)\n"
            << "  switch week " << QString::number(f.week, 'f', 1) << " ms (" << ratio(f.week, reference.week) << "x)\n"
            << "  switch location " << QString::number(f.location, 'f', 1) << " ms ("
            << ratio(f.location, reference.location) << "x)\n"
            << "  hover, drag-enter to repainted answer: median " << QString::number(f.hoverMedian, 'f', 2)
            << " ms, slowest " << QString::number(f.hoverSlowest, 'f', 2) << " ms (" << ratio(f.hoverMedian, reference.hoverMedian)
            << "x)\n";
        out.flush();
    }
    return 0;
}
