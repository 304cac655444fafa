// Benchmark (not a test): the main window on organisation files of different sizes (made by
// tests/bench/bench_scale.py --keep FOLDER, e.g. FOLDER/1/organisation.samenplan and
// FOLDER/160/organisation.samenplan). For each file, on a copy with one child added without a group:
// - opening the file to one location's painted group board;
// - switching the week, and switching the location, each until painted again;
// - the real hover path: a drag-enter event delivered through the main window to the widget under
//   a group card's centre (as the window system's drag would), and the card's answer repainted.
// The first file is the reference: every figure is also given as a ratio to it.
// Usage: samenplan_bench_window FIRST.samenplan OTHER.samenplan...

#include "groups/childdrag.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/locationrepository.h"
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
    double open = 0, week = 0, location = 0, hoverMedian = 0, hoverSlowest = 0;
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

Figures measure(const QString &path)
{
    Figures f;
    ui::MainWindow window;
    window.setRemembersFiles(false);
    window.resize(1400, 900);
    window.setDate(Monday);
    window.show();
    QApplication::processEvents();
    f.open = paintedAfter(window, [&] {
        QString error;
        if (!window.openFile(path, &error))
            qFatal("%s", qPrintable(error));
        // A file opens on the overview; the group board is one step further.
        if (!window.showView(QStringLiteral("groups")))
            qFatal("no group board");
    });
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "Usage: samenplan_bench_window FIRST.samenplan OTHER.samenplan...\n";
        return 2;
    }
    QTemporaryDir scratch;
    Figures reference;
    for (int i = 1; i < argc; ++i) {
        const QString source = QString::fromLocal8Bit(argv[i]);
        const Figures f = measure(prepare(source, scratch.path(), i));
        if (i == 1)
            reference = f;
        auto ratio = [](double a, double b) { return QString::number(b > 0 ? a / b : 0, 'f', 2); };
        out << source << ":\n"
            << "  open to painted board " << QString::number(f.open, 'f', 1) << " ms (" << ratio(f.open, reference.open)
            << "x the first file)\n"
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
