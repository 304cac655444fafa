// Roles enforced by the server itself: the same user sees no more with psql than through Samenplan.
// Two locations; a planner of the first, a viewer, a coach and an admin.

#include "catch.h"
#include "clirunner.h"
#include "changes/doorsite.h"

#include "changes/recordchanges.h"
#include "changes/scenariochanges.h"
#include "persistence/dberror.h"
#include "persistence/grouprepository.h"
#include "persistence/schematables.h"

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

TEST_CASE("the day records and the calendar follow the roles: per location, youth care never to a coach", "[server][roles]")
{
    RolesSite site;
    const QString server = site.engine.server.name();
    const QString day = site.monday.toString(Qt::ISODate);
    const QString anchor = QStringLiteral("(SELECT id FROM locations WHERE name = 'Het Anker')");
    // Written as the owner: a closing day per location, a child and a colleague on the floor, a closed
    // day and a correction in each group's log.
    for (const QString &sql : {
             QStringLiteral("INSERT INTO closing_days (location_id, closing_date, reason) VALUES (%1, '2026-12-24', 'Kerst')")
                 .arg(site.location),
             QStringLiteral("INSERT INTO closing_days (location_id, closing_date, reason) VALUES (%1, '2026-12-24', 'Kerst')")
                 .arg(anchor),
             QStringLiteral("INSERT INTO child_attendance (group_id, child_id, attendance_date, arrived, departed) "
                            "VALUES (%1, %2, '%3', 480, 780), (%4, %5, '%3', 480, 780)")
                 .arg(site.group).arg(site.fien).arg(day).arg(site.anchorGroup).arg(site.bram),
             QStringLiteral("INSERT INTO staff_attendance (group_id, staff_id, attendance_date, starts, ends) "
                            "VALUES (%1, %2, '%3', 480, 960)").arg(site.group).arg(site.hanna).arg(day),
             QStringLiteral("INSERT INTO attendance_days (group_id, attendance_date, closed_at, closed_by) "
                            "VALUES (%1, '%2', '2026-11-23T18:00:00Z', 'Anna')").arg(site.group).arg(day),
             QStringLiteral("INSERT INTO attendance_log (group_id, attendance_date, logged_at, description) "
                            "VALUES (%1, '%3', '2026-11-23T18:00:00Z', 'Fien: arrived 8:00'), "
                            "(%2, '%3', '2026-11-23T18:00:00Z', 'Bram: arrived 8:00')")
                 .arg(site.group).arg(site.anchorGroup).arg(day),
         })
        REQUIRE(TestServer::admin(sql, server).isEmpty());
    const QString anna = QStringLiteral("anna"), vera = QStringLiteral("vera"), coen = QStringLiteral("coen"),
                  ada = QStringLiteral("ada");

    // The database's identity: everybody reads it, nobody but the owner changes it.
    for (const QString &user : {anna, vera, coen, ada}) {
        INFO(user.toStdString());
        CHECK(site.as(user, QStringLiteral("SELECT COUNT(*) FROM database_identity")) == QStringLiteral("1"));
        CHECK(site.as(user, QStringLiteral("UPDATE database_identity SET uid = 'x'")).contains(QStringLiteral("permission denied")));
        CHECK(site.as(user, QStringLiteral("SELECT COUNT(*) FROM school_holidays")).toInt() > 0);
        CHECK(site.as(user, QStringLiteral("SELECT COUNT(*) FROM closing_days")) == QStringLiteral("2"));
    }
    // School holidays and settings are the organisation's: an admin changes them, a planner does not.
    const QString holidays = TestServer::value(QStringLiteral("SELECT COUNT(*) FROM school_holidays"), server);
    site.as(anna, QStringLiteral("DELETE FROM school_holidays"));
    CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM school_holidays"), server) == holidays);
    CHECK(site.as(anna, QStringLiteral("INSERT INTO settings VALUES ('record_retention_months', '12')"))
              .contains(QStringLiteral("row-level security")));
    CHECK(site.as(vera, QStringLiteral("DELETE FROM school_holidays")).contains(QStringLiteral("permission denied")));
    CHECK(site.as(ada, QStringLiteral("INSERT INTO settings VALUES ('record_retention_months', '36')")).isEmpty());
    CHECK(site.as(vera, QStringLiteral("SELECT setting_value FROM settings")) == QStringLiteral("36"));

    // Closing days and day records are changed per location, like placements.
    CHECK(site.as(anna, QStringLiteral("INSERT INTO closing_days (location_id, closing_date) VALUES (%1, '2026-12-31')")
                            .arg(site.location)).isEmpty());
    CHECK(site.as(anna, QStringLiteral("INSERT INTO closing_days (location_id, closing_date) VALUES (%1, '2026-12-31')")
                            .arg(anchor)).contains(QStringLiteral("row-level security")));
    CHECK(site.as(anna, QStringLiteral("INSERT INTO attendance_log (group_id, attendance_date, logged_at, description) "
                                       "VALUES (%1, '%2', 'now', 'x')").arg(site.anchorGroup).arg(day))
              .contains(QStringLiteral("row-level security")));
    site.as(anna, QStringLiteral("UPDATE staff_attendance SET note = 'x'"));
    site.as(anna, QStringLiteral("DELETE FROM child_attendance WHERE group_id = %1").arg(site.anchorGroup));
    CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM child_attendance"), server) == QStringLiteral("2"));
    CHECK(TestServer::value(QStringLiteral("SELECT note FROM staff_attendance"), server) == QStringLiteral("x"));

    // Who reads which children's days, and the log of corrections that names them.
    CHECK(site.as(anna, QStringLiteral("SELECT string_agg(child_id::text, ',') FROM child_attendance"))
          == QString::number(site.fien));
    CHECK(site.as(anna, QStringLiteral("SELECT string_agg(description, ',') FROM attendance_log")) == QStringLiteral("Fien: arrived 8:00"));
    CHECK(site.as(vera, QStringLiteral("SELECT COUNT(*) FROM child_attendance")) == QStringLiteral("2"));
    CHECK(site.as(vera, QStringLiteral("SELECT COUNT(*) FROM attendance_log")) == QStringLiteral("2"));
    CHECK(site.as(vera, QStringLiteral("DELETE FROM attendance_days")).contains(QStringLiteral("permission denied")));
    CHECK(site.as(coen, QStringLiteral("SELECT string_agg(child_id::text, ',') FROM child_attendance"))
          == QString::number(site.fien));
    CHECK(site.as(coen, QStringLiteral("SELECT COUNT(*) FROM staff_attendance")) == QStringLiteral("1"));
    CHECK(site.as(coen, QStringLiteral("SELECT COUNT(*) FROM attendance_days")) == QStringLiteral("1"));
    CHECK(site.as(coen, QStringLiteral("SELECT COUNT(*) FROM attendance_log")) == QStringLiteral("0"));
    CHECK(site.as(ada, QStringLiteral("SELECT COUNT(*) FROM attendance_log")) == QStringLiteral("2"));
}

TEST_CASE("every table of the schema has its rows guarded or is the organisation's, and server grant covers it",
          "[server][roles]")
{
    RolesSite site;
    const QString server = site.engine.server.name();
    // Tables without rows of one location or child: the same for every Samenplan user (the audit log
    // only by its grants).
    const QStringList organisationWide{QStringLiteral("audit_log"), QStringLiteral("organisation"),
                                       QStringLiteral("youth_care_providers"), QStringLiteral("external_coaches"),
                                       QStringLiteral("week_templates"), QStringLiteral("template_shifts")};
    for (const QString &table : samenplanTables()) {
        INFO(table.toStdString());
        const QString guarded = TestServer::value(
            QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = '%1'::regclass").arg(table), server);
        CHECK(guarded == (organisationWide.contains(table) ? QStringLiteral("false") : QStringLiteral("true")));
        const auto may = [&](const QString &user, const QString &privilege) {
            return TestServer::value(QStringLiteral("SELECT has_table_privilege('%1', '%2', '%3')").arg(user, table, privilege),
                                     server) == QStringLiteral("true");
        };
        const bool logOrIdentity = table == QLatin1String("audit_log") || table == QLatin1String("database_identity");
        CHECK(may(QStringLiteral("anna"), QStringLiteral("UPDATE")) == !logOrIdentity);
        CHECK(may(QStringLiteral("ada"), QStringLiteral("DELETE")) == !logOrIdentity);
        CHECK_FALSE(may(QStringLiteral("vera"), QStringLiteral("INSERT")));
        const bool planners = table == QLatin1String("referrals") || table.startsWith(QLatin1String("scenario"));
        CHECK(may(QStringLiteral("vera"), QStringLiteral("SELECT")) == (table != QLatin1String("audit_log") && !planners));
        CHECK(may(QStringLiteral("coen"), QStringLiteral("SELECT")) == (table != QLatin1String("audit_log") && !planners));
    }
}

TEST_CASE("what-if scenarios are the planners' of their location, viewers and coaches never reach them", "[server][roles][scenario]")
{
    RolesSite site;
    const Id anchor = GroupRepository(*site.db).find(site.anchorGroup)->locationId;
    const Id parel = GroupRepository(*site.db).find(site.group)->locationId;
    {
        Transaction t(*site.db);
        for (const auto &[name, location] : {std::pair{QStringLiteral("Parel groter"), parel}, std::pair{QStringLiteral("Anker groter"), anchor}}) {
            capacity::Scenario s;
            s.name = name;
            s.locationId = location;
            capacity::ScenarioChange maximum;
            maximum.kind = capacity::ScenarioChangeKind::GroupMaximum;
            maximum.groupId = location == parel ? site.group : site.anchorGroup;
            maximum.number = 14;
            maximum.seats = 4;
            s.changes = {maximum};
            changes::add(*site.db, s);
        }
        t.commit();
    }
    CHECK(site.as(QStringLiteral("ada"), QStringLiteral("SELECT COUNT(*) FROM scenario_changes")) == QStringLiteral("2"));
    CHECK(site.as(QStringLiteral("anna"), QStringLiteral("SELECT string_agg(name, ',') FROM scenarios")) == QStringLiteral("Parel groter"));
    CHECK(site.as(QStringLiteral("anna"), QStringLiteral("SELECT COUNT(*) FROM scenario_changes")) == QStringLiteral("1"));
    CHECK(site.as(QStringLiteral("anna"), QStringLiteral("INSERT INTO scenarios (name, location_id, created_at) VALUES ('x', %1, 'nu')")
                                              .arg(anchor)).contains(QStringLiteral("row-level security")));
    for (const QString &user : {QStringLiteral("vera"), QStringLiteral("coen")}) {
        INFO(user.toStdString());
        CHECK(site.as(user, QStringLiteral("SELECT COUNT(*) FROM scenarios")).contains(QStringLiteral("permission denied")));
        CHECK(site.as(user, QStringLiteral("SELECT COUNT(*) FROM scenario_changes")).contains(QStringLiteral("permission denied")));
    }
    // Through Samenplan, a viewer sees no scenarios rather than an error.
    const CliRun viewer = runCliWith({QStringLiteral("scenario"), site.urlOf(QStringLiteral("vera")), QStringLiteral("--json")});
    INFO(viewer.err.toStdString());
    CHECK(viewer.exitCode == 0);
    CHECK(QJsonDocument::fromJson(viewer.out.toUtf8()).object().value(QStringLiteral("scenarios")).toArray().isEmpty());
}
