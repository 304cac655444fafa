// Planners working at once, on two real connections to the same server database: the door's rules
// hold (the second of two simultaneous placements into the last youth-care seat waits for the first
// and is refused), a change made on stale data is refused instead of overwriting, and the other
// connection hears of every change. Two organisations' admins may create the same server user at once.

#include "catch.h"
#include "changes/doorsite.h"

#include "changes/recordchanges.h"
#include "persistence/changelistener.h"
#include "persistence/dberror.h"
#include "persistence/placementrepository.h"
#include "persistence/serverroles.h"
#include "persistence/shiftrepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <thread>

using namespace samenplan;

namespace {

// The answer of one planner's attempt, collected in its own thread (Catch2 asserts in the main one).
struct Attempt {
    std::atomic<bool> succeeded{false};
    QString refusal;
};

// Runs work (its refusal, or empty) in a transaction on a connection of its own; holding, when set,
// keeps the transaction open (its locks held) until release is set, then it commits what succeeded.
void attemptOn(const QString &url, Attempt &attempt, std::atomic<bool> *holding, const std::atomic<bool> *release,
               const std::function<QString(const Database &)> &work)
{
    auto opened = Database::open(url, Database::Mode::OpenExisting);
    if (!opened.database) {
        attempt.refusal = opened.error;
        return;
    }
    try {
        Transaction t(*opened.database);
        attempt.refusal = work(*opened.database);
        if (holding)
            holding->store(true);
        while (release && !release->load())
            QThread::msleep(5);
        if (attempt.refusal.isEmpty()) {
            t.commit();
            attempt.succeeded = true;
        }
    } catch (const ChangeRefused &refused) {
        attempt.refusal = refused.message();
    } catch (const DbError &error) {
        attempt.refusal = error.message();
    }
}

// Places through the door, held open as attemptOn's.
void placeOn(const QString &url, const Placement &p, Attempt &attempt, std::atomic<bool> *holding = nullptr,
             const std::atomic<bool> *release = nullptr)
{
    attemptOn(url, attempt, holding, release, [&p](const Database &db) {
        planning::PlacementProposal proposal;
        proposal.placement = p;
        changes::PlacementChanges(db).place(proposal);
        return QString();
    });
}

// Grants user the viewer role, held open as attemptOn's.
void grantViewerOn(const QString &url, const QString &user, Attempt &attempt, std::atomic<bool> *holding = nullptr,
                   const std::atomic<bool> *release = nullptr)
{
    attemptOn(url, attempt, holding, release, [&user](const Database &db) {
        return ServerRoles::grant(db, {user, QStringLiteral("viewer"), {}, {}});
    });
}

// Waits (bounded) until a connection with this application name waits for a lock on the server.
bool waitsForLock(const QString &database, const QString &applicationName)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        const QString count = TestServer::value(
            QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = '%1' AND wait_event_type = 'Lock'")
                .arg(applicationName),
            database);
        if (count == QStringLiteral("1"))
            return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace

TEST_CASE("two planners placing into the last youth-care seat at the same moment: one succeeds, one is told why not",
          "[server][concurrency]")
{
    DoorSite site;
    for (const QString &name : {QStringLiteral("Anna"), QStringLiteral("Bo"), QStringLiteral("Cas")}) {
        const Id child = site.child(name, true);
        REQUIRE(site.place(DoorSite::placement(child, site.group, site.monday, {1, 2, 3}, {480, 780},
                                               PlacementKind::YouthCare)).isEmpty());
    }
    const Id dirk = site.child(QStringLiteral("Dirk"), true);
    const Id eva = site.child(QStringLiteral("Eva"), true);
    const QString first = site.path + QStringLiteral("&application_name=planner_a");
    const QString second = site.path + QStringLiteral("&application_name=planner_b");

    Attempt a, b;
    std::atomic<bool> aHolds{false}, releaseA{false};
    std::thread plannerA(placeOn, first, DoorSite::placement(dirk, site.group, site.monday, {1, 2}, {480, 780},
                                                              PlacementKind::YouthCare),
                         std::ref(a), &aHolds, &releaseA);
    while (!aHolds.load() && a.refusal.isEmpty())
        QThread::msleep(5);
    REQUIRE(a.refusal.isEmpty());
    // A has placed the fourth child but not committed; B tries the same seat now.
    std::thread plannerB(placeOn, second, DoorSite::placement(eva, site.group, site.monday, {2, 3}, {480, 780},
                                                               PlacementKind::YouthCare),
                         std::ref(b), nullptr, nullptr);
    const bool bWaited = waitsForLock(site.engine.server.name(), QStringLiteral("planner_b"));
    releaseA = true;
    plannerA.join();
    plannerB.join();

    CHECK(bWaited); // B's check waited for A's change instead of reading around it
    CHECK(a.succeeded);
    CHECK_FALSE(b.succeeded);
    CHECK(b.refusal.contains(QStringLiteral("youth-care seat")));
    QSqlQuery q = site.db->exec(QStringLiteral("SELECT COUNT(*) FROM placements WHERE group_id = ? AND kind = 'youth-care'"),
                                {site.group});
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
}

TEST_CASE("a change made on stale data is refused, not written over another planner's change", "[server][concurrency]")
{
    DoorSite site;
    const Id child = site.child(QStringLiteral("Fleur"));
    Id placementId = NoId;
    REQUIRE(site.place(DoorSite::placement(child, site.group, site.monday, {1, 2}), NoId, &placementId).isEmpty());
    auto other = Database::open(site.path, Database::Mode::OpenExisting);
    REQUIRE(other.database);

    // Both planners have the placement on screen.
    const Placement seenByA = *PlacementRepository(*site.db).find(placementId);
    const Placement seenByB = *PlacementRepository(*other.database).find(placementId);
    {
        Placement changed = seenByA;
        changed.days = {{1, TimeRange{480, 1020}}};
        Transaction t(*site.db);
        changes::PlacementChanges(*site.db).update(changed);
        t.commit();
    }
    Placement late = seenByB;
    late.end = site.monday.addDays(30);
    try {
        Transaction t(*other.database);
        changes::PlacementChanges(*other.database).update(late);
        t.commit();
        FAIL("a stale change was written");
    } catch (const ChangeRefused &refused) {
        CHECK(refused.outcome().refusals.first().rule == doorrule::Stale);
        CHECK(refused.message().contains(QStringLiteral("Another planner changed this")));
    }
    const Placement now = *PlacementRepository(*site.db).find(placementId);
    CHECK(now.days.size() == 1);
    CHECK(now.end.isNull());

    // The same for a shift, and for removing it.
    Staff s;
    s.name = QStringLiteral("Anouk Meijer");
    Shift shift;
    {
        Transaction t(*site.db);
        shift.staffId = changes::add(*site.db, s);
        shift.groupId = site.group;
        shift.date = site.monday;
        shift.hours = TimeRange{480, 960};
        shift.id = changes::add(*site.db, shift);
        t.commit();
    }
    const Shift shiftA = *ShiftRepository(*site.db).find(shift.id);
    const Shift shiftB = *ShiftRepository(*other.database).find(shift.id);
    {
        Shift moved = shiftA;
        moved.hours = TimeRange{540, 1020};
        Transaction t(*site.db);
        changes::update(*site.db, moved);
        t.commit();
    }
    for (const bool removing : {false, true}) {
        try {
            Transaction t(*other.database);
            if (removing)
                changes::remove(*other.database, shiftB);
            else
                changes::update(*other.database, shiftB);
            t.commit();
            FAIL("a stale shift change was written");
        } catch (const ChangeRefused &refused) {
            CHECK(refused.outcome().refusals.first().rule == doorrule::Stale);
        }
    }
    CHECK(ShiftRepository(*site.db).find(shift.id)->hours == TimeRange{540, 1020});
}

TEST_CASE("two organisations' admins granting the same new server user at the same moment both succeed",
          "[server][concurrency][roles]")
{
    // Roles belong to the whole server, so the name must be new to it and is dropped at the end.
    const QString user = QStringLiteral("newcomer_%1").arg(QCoreApplication::applicationPid());
    struct DropRole {
        QString name;
        ~DropRole() { TestServer::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name)); }
    } dropAtEnd{user};
    TestServer::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));

    DoorSite first, second;
    Attempt a, b;
    std::atomic<bool> aHolds{false}, releaseA{false};
    std::thread adminA(grantViewerOn, first.path, user, std::ref(a), &aHolds, &releaseA);
    while (!aHolds.load() && a.refusal.isEmpty())
        QThread::msleep(5);
    REQUIRE(a.refusal.isEmpty());
    // A has created the role but not committed; B's CREATE ROLE waits for A's row, then finds it taken.
    std::thread adminB(grantViewerOn, second.path + QStringLiteral("&application_name=admin_b"), user, std::ref(b),
                       nullptr, nullptr);
    const bool bWaited = waitsForLock(second.engine.server.name(), QStringLiteral("admin_b"));
    releaseA = true;
    adminA.join();
    adminB.join();

    CHECK(bWaited);
    CHECK(a.succeeded);
    INFO(b.refusal.toStdString());
    CHECK(b.succeeded);
    CHECK(b.refusal.isEmpty());
    // The one role reads both organisations, as a viewer.
    for (const DoorSite *site : {&first, &second}) {
        CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM referrals"), site->engine.server.name(), user)
                  .contains(QStringLiteral("permission denied")));
        const QString groups = QStringLiteral("SELECT string_agg(name, ',' ORDER BY id) FROM care_groups");
        CHECK(TestServer::value(groups, site->engine.server.name(), user) == TestServer::value(groups, site->engine.server.name()));
    }
}

namespace {

// Adds a child on db in a transaction of its own.
void addChild(const Database &db, const QString &name, const QDate &born)
{
    Transaction t(db);
    Child c;
    c.firstName = name;
    c.lastName = QStringLiteral("Test");
    c.birthDate = born;
    changes::add(db, c);
    t.commit();
}

// Runs the event loop until the listener reports (at most 20 seconds, so a broken listener fails the
// test instead of hanging it); returns what it heard.
QStringList awaitReport(ChangeListener &listener)
{
    QStringList heard;
    QEventLoop loop;
    QObject::connect(&listener, &ChangeListener::changedElsewhere, &loop, [&](const QStringList &tables) {
        heard = tables;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return heard;
}

} // namespace

TEST_CASE("an open Samenplan hears that another planner changed something, and not its own changes",
          "[server][concurrency]")
{
    DoorSite site;
    ChangeListener listener(*site.db);
    REQUIRE(listener.isListening());
    auto other = Database::open(site.path, Database::Mode::OpenExisting);
    REQUIRE(other.database);

    addChild(*other.database, QStringLiteral("Gijs"), site.monday.addYears(-3));
    CHECK(awaitReport(listener) == QStringList{QStringLiteral("children")});

    // Its own change (a child) is not reported back; the other planner's next one (staff) is, alone.
    addChild(*site.db, QStringLiteral("Hidde"), site.monday.addYears(-3));
    {
        Transaction t(*other.database);
        Staff s;
        s.name = QStringLiteral("Noor de Wit");
        changes::add(*other.database, s);
        t.commit();
    }
    CHECK(awaitReport(listener) == QStringList{QStringLiteral("staff")});
}
