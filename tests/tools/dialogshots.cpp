// Not a test: renders every dialog the set-up work added to PNG files, in one language, so they can
// be looked at. Each dialog is opened the way a planner opens it (a button, a drop, a menu) and
// grabbed once it shows, then closed.
// Usage: samenplan_dialog_shots OUTDIR nl|en

#include "coaching/cancelsessiondialog.h"
#include "dialogs/childdialog.h"
#include "demo/demodata.h"
#include "groups/placementflow.h"
#include "io/exportdialog.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/calendarrepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/waitinglistrepository.h"
#include "children/privacyactions.h"
#include "setup/setupactions.h"
#include "shell/document.h"
#include "shell/weekbar.h"
#include "util/clock.h"
#include "util/translations.h"
#include "views/groupsview.h"
#include "widgets/datefield.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

QString outDir;
QString language;

// Grabs the next modal window once it shows, saves it as NAME-LANG.png and closes it.
void shootNext(const QString &name, const std::function<void(QWidget *)> &prepare = {})
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, name, prepare] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        if (prepare)
            prepare(modal);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        modal->grab().save(QDir(outDir).filePath(QStringLiteral("%1-%2.png").arg(name, language)));
        modal->close();
    });
    timer->start(10);
}

Id childNamed(const Database &db, const QString &first)
{
    for (const Child &c : ChildRepository(db).all())
        if (c.firstName == first)
            return c.id;
    return NoId;
}

Id groupNamed(const Database &db, const QString &name)
{
    for (const Group &g : GroupRepository(db).all())
        if (g.name == name)
            return g.id;
    return NoId;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samenplan-shots"));
    QTextStream err(stderr);
    if (argc != 3) {
        err << "usage: samenplan_dialog_shots OUTDIR nl|en\n";
        return 2;
    }
    outDir = QString::fromLocal8Bit(argv[1]);
    language = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(outDir);
    installTranslations(app, language);

    QTemporaryDir scratch;
    const QDate monday = IsoWeek::containing(QDate::currentDate().addDays(7)).monday();
    const QString path = scratch.filePath(QStringLiteral("demo.samenplan"));
    {
        auto created = Database::open(path, Database::Mode::CreateNew);
        demo::populate(*created.database, monday);
        const Database &db = *created.database;
        Transaction t(db);
        // A fifth youth-care toddler for Zonnestraal, whose four seats are taken on Thursday.
        Child extra;
        extra.firstName = QStringLiteral("Vera");
        extra.lastName = QStringLiteral("Dijkstra");
        extra.birthDate = monday.addMonths(-37);
        extra.id = ChildRepository(db).insert(extra);
        Referral referral;
        referral.childId = extra.id;
        referral.providerId = ProviderRepository(db).all().first().id;
        referral.reference = QStringLiteral("JF-2026-311");
        referral.start = monday.addDays(-14);
        referral.plannedEnd = monday.addMonths(9);
        ReferralRepository(db).insert(referral);
        Child baby;
        baby.firstName = QStringLiteral("Baby");
        baby.lastName = QStringLiteral("de Vries");
        baby.birthDate = monday.addMonths(3);
        baby.expected = true;
        baby.id = ChildRepository(db).insert(baby);
        WaitingListEntry wish;
        wish.childId = baby.id;
        wish.wishedStart = monday.addMonths(7);
        wish.days = 0x3;
        WaitingListRepository(db).insert(wish);
        t.commit();
    }
    QString error;
    auto document = Document::open(path, false, &error);
    if (!document) {
        err << error << '\n';
        return 1;
    }
    const Database &db = document->database();
    GroupsView view;
    view.resize(1400, 900);
    view.setDate(monday);
    view.setDocument(document.get());
    SetupActions *setup = view.setup();
    PlacementFlow *flow = view.flow();

    shootNext(QStringLiteral("location-new"));
    setup->newLocation();
    const Id location = LocationRepository(db).all().first().id;
    {
        Location l = *LocationRepository(db).find(location);
        l.holidayRegion = HolidayRegion::Zuid;
        LocationRepository(db).update(l);
        for (const auto &[date, reason] : {std::pair{QDate(monday.year(), 12, 24), QStringLiteral("Kerstavond: om 13:00 dicht")},
                                           std::pair{QDate(monday.year(), 12, 31), QStringLiteral("Studiedag")}}) {
            ClosingDay day;
            day.locationId = location;
            day.date = date;
            day.reason = reason;
            CalendarRepository(db).insert(day);
        }
    }
    shootNext(QStringLiteral("location-edit"));
    setup->editLocation(location);
    shootNext(QStringLiteral("group-new"), [](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Kikkers"));
    });
    setup->newGroup(location);
    shootNext(QStringLiteral("group-archive"));
    setup->archiveGroup(groupNamed(db, QStringLiteral("Vlinders")));
    shootNext(QStringLiteral("group-remove-has-placements"));
    setup->removeGroup(groupNamed(db, QStringLiteral("Vlinders")));

    // The placement dialog: a drop that fits only on some days (Thursday's seats are all taken).
    shootNext(QStringLiteral("placement-drop-partial"));
    flow->dropped({childNamed(db, QStringLiteral("Vera")), NoId}, groupNamed(db, QStringLiteral("Zonnestraal")));
    QApplication::processEvents();
    // A drop refused outright (age), then the group chooser.
    shootNext(QStringLiteral("drop-refused"));
    flow->dropped({childNamed(db, QStringLiteral("Olivia")), NoId}, groupNamed(db, QStringLiteral("Kompas")));
    shootNext(QStringLiteral("group-chooser"));
    flow->chooseGroup({childNamed(db, QStringLiteral("Olivia")), NoId});
    shootNext(QStringLiteral("drop-expected-baby"));
    flow->dropped({childNamed(db, QStringLiteral("Baby")), NoId}, groupNamed(db, QStringLiteral("Rupsjes")));
    // Editing and ending an existing placement.
    const Id nova = PlacementRepository(db).ofChild(childNamed(db, QStringLiteral("Nova"))).first().id;
    shootNext(QStringLiteral("placement-edit"));
    flow->editPlacement(nova);
    shootNext(QStringLiteral("placement-end"));
    flow->endPlacement(nova);

    shootNext(QStringLiteral("export"), [](QWidget *dialog) {
        dialog->findChild<QCheckBox *>(QStringLiteral("youthCare"))->setChecked(true);
    });
    ExportDialog(document.get(), monday, &view).exec();
    PrivacyActions privacy(&view);
    privacy.setDocument(document.get());
    shootNext(QStringLiteral("erase-confirm"));
    privacy.erase(childNamed(db, QStringLiteral("Nova")));
    shootNext(QStringLiteral("cancel-session"), [](QWidget *dialog) {
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Coach ziek"));
    });
    CancelSessionDialog(QStringLiteral("do 3 dec, 10:00-11:00 met Fatima Zahra"), &view).exec();
    shootNext(QStringLiteral("child-expected"));
    {
        const auto baby = ChildRepository(db).find(childNamed(db, QStringLiteral("Baby")));
        ChildDialog(*baby, &view).exec();
    }

    // The week bar's calendar, with week numbers.
    WeekBar bar;
    bar.setDate(monday);
    bar.show();
    auto *field = bar.findChild<DateField *>();
    field->showCalendar();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    field->calendar()->window()->grab().save(QDir(outDir).filePath(QStringLiteral("calendar-%1.png").arg(language)));
    bar.grab().save(QDir(outDir).filePath(QStringLiteral("weekbar-%1.png").arg(language)));
    view.setDocument(nullptr);
    err << "wrote the dialogs to " << QDir::toNativeSeparators(outDir) << '\n';
    return 0;
}
