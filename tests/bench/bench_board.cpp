// Benchmark (not a test): the group board at scale. Builds a location with 12 groups and 250
// children and an organisation with 40 locations and 5,000 children, then measures opening the file
// to a painted group board and the answer to hovering a child over a group.
// Usage: samenplan_bench_board [folder for the files]

#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/sqlitelibrary.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/groupcard.h"
#include "views/groupsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace samenplan;

namespace {

const QDate Monday(2026, 11, 23);

QString build(const QString &path, int locations, int groupsPerLocation, int children)
{
    auto opened = Database::open(path, Database::Mode::CreateNew);
    const Database &db = *opened.database;
    Transaction transaction(db);
    QList<Id> groups;
    for (int l = 0; l < locations; ++l) {
        Location location;
        location.name = QStringLiteral("Locatie %1").arg(l + 1);
        location.lrkNumber = QStringLiteral("9%1").arg(l, 11, 10, QLatin1Char('0'));
        for (int day = 1; day <= 5; ++day)
            location.openingHours[day - 1] = TimeRange{450, 1110};
        const Id locationId = LocationRepository(db).insert(location);
        for (int g = 0; g < groupsPerLocation; ++g) {
            Group group;
            group.locationId = locationId;
            group.name = QStringLiteral("Groep %1").arg(g + 1);
            group.maxChildren = 16;
            group.minAgeMonths = 0;
            group.maxAgeMonths = 48;
            groups.append(GroupRepository(db).insert(group));
        }
    }
    for (int c = 0; c < children; ++c) {
        Child child;
        child.firstName = QStringLiteral("Kind%1").arg(c);
        child.lastName = QStringLiteral("Achternaam");
        child.birthDate = Monday.addMonths(-(6 + c % 40));
        const Id childId = ChildRepository(db).insert(child);
        Placement placement;
        placement.childId = childId;
        placement.groupId = groups.at(c % groups.size());
        placement.start = Monday.addMonths(-2);
        for (int day = 1; day <= 5; ++day) {
            if ((c + day) % 5 != 0)
                placement.days.append({day, TimeRange{480, 1050}});
        }
        PlacementRepository(db).insert(placement);
    }
    Child waiting; // the child hovered over a group: not placed yet
    waiting.firstName = QStringLiteral("Wachtend");
    waiting.lastName = QStringLiteral("Kind");
    waiting.birthDate = Monday.addMonths(-14);
    ChildRepository(db).insert(waiting);
    transaction.commit();
    return path;
}

void measure(QTextStream &out, const QString &label, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto document = ui::Document::open(path, false, &error);
    ui::GroupsView view;
    view.resize(1400, 900);
    view.setDate(Monday);
    view.setDocument(document.get());
    view.show();
    QApplication::processEvents();
    view.grab();
    const qint64 openToPainted = timer.elapsed();

    // Hover: a child without a group over the first group, a hundred times.
    QList<double> times;
    Id waiting = NoId;
    for (const Child &c : ChildRepository(document->database()).all()) {
        if (c.firstName == QStringLiteral("Wachtend"))
            waiting = c.id;
    }
    const ui::ChildDrag drag{waiting, NoId};
    const Id group = view.cards().first()->groupId();
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer hover;
        hover.start();
        const auto verdict = view.evaluate(view.proposalFor(drag, group));
        times.append(hover.nsecsElapsed() / 1e6);
        if (i == 0)
            out << "  (answer: " << (verdict.allowed() ? QStringLiteral("allowed") : verdict.reason()) << ")\n";
    }
    std::sort(times.begin(), times.end());
    out << label << ": open to painted board " << openToPainted << " ms; hover answer median "
        << QString::number(times.at(50), 'f', 2) << " ms, slowest " << QString::number(times.last(), 'f', 2) << " ms\n";
    view.setDocument(nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    samenplan::configureSqliteLibrary(); // as the programs do, before any connection
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    QTextStream out(stdout);
    measure(out, QStringLiteral("1 location, 12 groups, 250 children"),
            build(folder + QStringLiteral("/location.samenplan"), 1, 12, 250));
    measure(out, QStringLiteral("40 locations, 480 groups, 5000 children"),
            build(folder + QStringLiteral("/organisation.samenplan"), 40, 12, 5000));
    return 0;
}
