// Roles enforced by the server itself: the same user sees no more with psql than through Samenplan.
// Two locations; a planner of the first, a viewer, a coach and an admin.

#include "catch.h"
#include "clirunner.h"
#include "changes/doorsite.h"

#include "changes/recordchanges.h"
#include "persistence/dberror.h"
#include "persistence/grouprepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

namespace {

struct RolesSite : DoorSite {
    Id anchorGroup = NoId;
    Id hanna = NoId;
    Id fien = NoId;
    Id bram = NoId;

    RolesSite()
    {
        Transaction t(*db);
        Location anchor;
        anchor.name = QStringLiteral("Het Anker");
        anchor.lrkNumber = QStringLiteral("444455556666");
        for (int day = 1; day <= 5; ++day)
            anchor.openingHours[day - 1] = TimeRange{450, 1110};
        const Id anchorId = changes::add(*db, anchor);
        Group g = *GroupRepository(*db).find(group);
        g.id = NoId;
        g.locationId = anchorId;
        g.name = QStringLiteral("Ankertjes");
        anchorGroup = changes::add(*db, g);
        Staff coach;
        coach.name = QStringLiteral("Hanna Verbeek");
        coach.role = StaffRole::BehaviouralScientist;
        coach.qualifiedCoach = true;
        hanna = changes::add(*db, coach);
        Staff second;
        second.name = QStringLiteral("Ingrid Mulder");
        second.role = StaffRole::Coach;
        second.qualifiedCoach = true;
        const Id ingrid = changes::add(*db, second);
        Staff pedagogue;
        pedagogue.name = QStringLiteral("Lotte Jansen");
        const Id lotte = changes::add(*db, pedagogue);
        t.commit();

        fien = child(QStringLiteral("Fien"), true);
        bram = child(QStringLiteral("Bram"), true);
        REQUIRE(place(placement(fien, group, monday, {1, 2}, {480, 780}, PlacementKind::YouthCare)).isEmpty());
        REQUIRE(place(placement(bram, anchorGroup, monday, {1, 2}, {480, 780}, PlacementKind::YouthCare)).isEmpty());

        Transaction roster(*db);
        for (const auto &[staff, where] : {std::pair<Id, Id>{hanna, group}, std::pair<Id, Id>{ingrid, other}}) {
            Shift s;
            s.staffId = staff;
            s.groupId = where;
            s.date = monday;
            s.hours = TimeRange{480, 960};
            changes::add(*db, s);
            CoachingSession session;
            session.date = monday;
            session.hours = TimeRange{600, 660};
            session.coachStaffId = staff;
            session.coacheeIds = {lotte};
            session.groupId = where;
            session.focusChildId = staff == hanna ? fien : NoId;
            changes::add(*db, session);
        }
        Absence ill;
        ill.staffId = ingrid;
        ill.kind = AbsenceKind::Sick;
        ill.start = monday.addDays(1);
        ill.end = monday.addDays(1);
        changes::add(*db, ill);
        roster.commit();

        grant({QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--role"), QStringLiteral("planner"),
               QStringLiteral("--location"), QStringLiteral("De Parel")});
        grant({QStringLiteral("--user"), QStringLiteral("vera"), QStringLiteral("--role"), QStringLiteral("viewer")});
        grant({QStringLiteral("--user"), QStringLiteral("coen"), QStringLiteral("--role"), QStringLiteral("coach"),
               QStringLiteral("--coach"), QStringLiteral("Hanna Verbeek")});
        grant({QStringLiteral("--user"), QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("admin")});
    }

    void grant(const QStringList &options) const
    {
        const CliRun run = runCliWith(QStringList{QStringLiteral("server"), QStringLiteral("grant"), path} + options);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

    // What psql as this user would answer.
    QString as(const QString &user, const QString &sql) const
    {
        return TestServer::value(sql, engine.server.name(), user);
    }

    QString urlOf(const QString &user) const { return engine.server.url(user); }
};

// The occupancy totals per group (the warnings, which name children, left out).
QString occupancyTotals(const QString &url, const QDate &day, QString *warnings = nullptr)
{
    const CliRun run = runCliWith({QStringLiteral("occupancy"), url, QStringLiteral("--date"), day.toString(Qt::ISODate),
                                   QStringLiteral("--json")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QJsonArray groups = answer.value(QStringLiteral("groups")).toArray();
    CHECK(groups.size() == 3);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QJsonObject group = groups.at(i).toObject();
        if (warnings)
            *warnings += QString::fromUtf8(QJsonDocument(group.value(QStringLiteral("warnings")).toArray()).toJson());
        group.remove(QStringLiteral("warnings"));
        groups[i] = group;
    }
    answer.insert(QStringLiteral("groups"), groups);
    return QString::fromUtf8(QJsonDocument(answer).toJson());
}

} // namespace

TEST_CASE("viewers and coaches are refused the referrals table by the server itself", "[server][roles]")
{
    RolesSite site;
    for (const QString &user : {QStringLiteral("vera"), QStringLiteral("coen")}) {
        const QString answer = site.as(user, QStringLiteral("SELECT * FROM referrals"));
        CHECK(answer.startsWith(QStringLiteral("error: ")));
        CHECK(answer.contains(QStringLiteral("permission denied")));
        CHECK(site.as(user, QStringLiteral("INSERT INTO locations (name, lrk_number) VALUES ('X', '1')"))
                  .contains(QStringLiteral("permission denied")));
        CHECK(site.as(user, QStringLiteral("SELECT COUNT(*) FROM audit_log")).contains(QStringLiteral("permission denied")));
    }
    CHECK(site.as(QStringLiteral("ada"), QStringLiteral("SELECT COUNT(*) FROM referrals")) == QStringLiteral("2"));
    CHECK(site.as(QStringLiteral("vera"), QStringLiteral("SELECT COUNT(*) FROM children")) == QStringLiteral("2"));
    // A stranger to Samenplan reads nothing at all.
    TestServer::admin(QStringLiteral("CREATE ROLE stranger LOGIN")); // may exist from an earlier test
    REQUIRE(TestServer::value(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'stranger'"), QStringLiteral("postgres"))
            == QStringLiteral("1"));
    CHECK(site.as(QStringLiteral("stranger"), QStringLiteral("SELECT COUNT(*) FROM placements")).contains(QStringLiteral("permission denied")));

    // Through Samenplan the viewer sees the same occupancy as the owner, without failing on referrals.
    QString seen;
    CHECK(occupancyTotals(site.urlOf(QStringLiteral("vera")), site.monday, &seen) == occupancyTotals(site.path, site.monday));
    CHECK_FALSE(seen.contains(QStringLiteral("referral")));
}

TEST_CASE("a planner changes only the named locations and reads the others' totals", "[server][roles]")
{
    RolesSite site;
    const QString anna = QStringLiteral("anna");
    CHECK(site.as(anna, QStringLiteral("SELECT COUNT(*) FROM referrals")) == QStringLiteral("1"));
    CHECK(site.as(anna, QStringLiteral("SELECT string_agg(first_name, ',') FROM children")) == QStringLiteral("Fien"));
    CHECK(site.as(anna, QStringLiteral("SELECT COUNT(*) FROM placements")) == QStringLiteral("2"));
    CHECK(site.as(anna, QStringLiteral("SELECT COUNT(*) FROM audit_log")).contains(QStringLiteral("permission denied")));
    QString seen;
    CHECK(occupancyTotals(site.urlOf(anna), site.monday, &seen) == occupancyTotals(site.path, site.monday));
    CHECK_FALSE(seen.contains(QStringLiteral("Bram")));

    // psql: an update of the other location's group reaches no row.
    site.as(anna, QStringLiteral("UPDATE care_groups SET name = 'Kaapstander' WHERE id = %1").arg(site.anchorGroup));
    CHECK(TestServer::value(QStringLiteral("SELECT name FROM care_groups WHERE id = %1").arg(site.anchorGroup),
                            site.engine.server.name()) == QStringLiteral("Ankertjes"));

    auto opened = Database::open(site.urlOf(anna), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    // Through Samenplan: placing a child in the other location is refused with a readable reason.
    const Id newChild = [&] {
        Transaction t(db);
        Child c;
        c.firstName = QStringLiteral("Mees");
        c.lastName = QStringLiteral("Test");
        c.birthDate = site.monday.addYears(-3);
        const Id id = changes::add(db, c);
        t.commit();
        return id;
    }();
    try {
        Transaction t(db);
        changes::PlacementChanges door(db);
        planning::PlacementProposal proposal;
        proposal.placement = DoorSite::placement(newChild, site.anchorGroup, site.monday, {3});
        door.place(proposal);
        t.commit();
        FAIL("placed in another location's group");
    } catch (const DbError &error) {
        CHECK(error.message().contains(QStringLiteral("does not allow")));
    }
    // ... and in their own location it works, attributed to them in the audit log.
    {
        Transaction t(db);
        changes::PlacementChanges door(db);
        planning::PlacementProposal proposal;
        proposal.placement = DoorSite::placement(newChild, site.other, site.monday, {3});
        door.place(proposal);
        Group own = *GroupRepository(db).find(site.group);
        own.notes = QStringLiteral("Nieuwe inrichting");
        changes::update(db, own);
        t.commit();
    }
    CHECK(TestServer::value(QStringLiteral("SELECT changed_by || ' ' || detail FROM audit_log WHERE action = 'change care_groups' "
                                           "ORDER BY id DESC LIMIT 1"), site.engine.server.name())
          == QStringLiteral("anna update #%1 (notes)").arg(site.group));
    CHECK(TestServer::value(QStringLiteral("SELECT changed_by FROM audit_log WHERE action = 'change placements' "
                                           "ORDER BY id DESC LIMIT 1"), site.engine.server.name()) == anna);
    opened.database.reset();

    const CliRun revoked = runCliWith({QStringLiteral("server"), QStringLiteral("revoke"), site.path, QStringLiteral("--user"), anna});
    CHECK(revoked.exitCode == 0);
    CHECK(site.as(anna, QStringLiteral("SELECT COUNT(*) FROM placements")).contains(QStringLiteral("permission denied")));
}

TEST_CASE("a coach reads the roster of the groups they coach and their own sessions", "[server][roles]")
{
    RolesSite site;
    const QString coen = QStringLiteral("coen");
    CHECK(site.as(coen, QStringLiteral("SELECT COUNT(*) FROM coaching_sessions")) == QStringLiteral("1"));
    CHECK(site.as(coen, QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE coach_staff_id = %1").arg(site.hanna))
          == QStringLiteral("1"));
    CHECK(site.as(coen, QStringLiteral("SELECT COUNT(*) FROM shifts")) == QStringLiteral("1"));
    CHECK(site.as(coen, QStringLiteral("SELECT string_agg(first_name, ',') FROM children")) == QStringLiteral("Fien"));
    CHECK(site.as(coen, QStringLiteral("SELECT COUNT(*) FROM absences")) == QStringLiteral("0"));
    CHECK(site.as(coen, QStringLiteral("UPDATE shifts SET note = 'x'")).contains(QStringLiteral("permission denied")));

    // Samenplan itself opens for the coach: the week's checks and the coaching year, without referrals.
    const CliRun check = runCliWith({QStringLiteral("check"), site.urlOf(coen), QStringLiteral("--week"),
                                     IsoWeek::containing(site.monday).toString(), QStringLiteral("--json")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode <= 1);
    CHECK(check.err.isEmpty());
}

TEST_CASE("server grant refuses what it cannot do and changes nothing", "[server][roles]")
{
    RolesSite site;
    auto grantWith = [&](const QStringList &options) {
        return runCliWith(QStringList{QStringLiteral("server"), QStringLiteral("grant"), site.path} + options);
    };
    const CliRun noLocation = grantWith({QStringLiteral("--user"), QStringLiteral("piet"), QStringLiteral("--role"), QStringLiteral("planner")});
    CHECK(noLocation.exitCode == 2);
    CHECK(noLocation.err.contains(QStringLiteral("--location")));
    const CliRun unknown = grantWith({QStringLiteral("--user"), QStringLiteral("piet"), QStringLiteral("--role"), QStringLiteral("planner"),
                                      QStringLiteral("--location"), QStringLiteral("Nergenshuizen")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Nergenshuizen")));
    const CliRun badRole = grantWith({QStringLiteral("--user"), QStringLiteral("piet"), QStringLiteral("--role"), QStringLiteral("boss")});
    CHECK(badRole.exitCode == 2);
    CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'piet'"), QStringLiteral("postgres"))
          == QStringLiteral("0"));
    // A planner cannot hand out roles.
    const CliRun byPlanner = runCliWith({QStringLiteral("server"), QStringLiteral("grant"), site.urlOf(QStringLiteral("anna")),
                                         QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--role"), QStringLiteral("admin")});
    CHECK(byPlanner.exitCode == 2);
    CHECK(site.as(QStringLiteral("anna"), QStringLiteral("SELECT COUNT(*) FROM referrals")) == QStringLiteral("1"));
}
