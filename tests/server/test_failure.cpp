// The server going away: a clear message, no half-written change, and after reconnecting the work
// goes on; a connection that drops in the middle of an import leaves nothing imported.

#include "catch.h"
#include "changes/doorsite.h"
#include "clirunner.h"

#include "persistence/dberror.h"

#include <QFile>

using namespace samenplan;

namespace {

// Ends the server side of db's connection, as a server restart or a dropped network would.
void dropConnection(const DoorSite &site)
{
    QSqlQuery pid = site.db->exec(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid.next());
    REQUIRE(TestServer::admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())).isEmpty());
}

int placements(const TestServerDatabase &server)
{
    return TestServer::value(QStringLiteral("SELECT COUNT(*) FROM placements"), server.name()).toInt();
}

} // namespace

TEST_CASE("a lost server connection refuses the change with a clear message, reconnecting goes on", "[server][failure]")
{
    DoorSite site;
    const Id fien = site.child(QStringLiteral("Fien"));
    const Id gijs = site.child(QStringLiteral("Gijs"));

    // The connection drops between two changes.
    dropConnection(site);
    try {
        site.place(DoorSite::placement(fien, site.group, site.monday, {1}));
        FAIL("a change went through on a dropped connection");
    } catch (const DbError &error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("connection to the server was lost")));
    }
    CHECK(placements(site.engine.server) == 0);

    // ... and in the middle of one: the part already written is not kept.
    REQUIRE(site.db->reconnect().isEmpty());
    try {
        Transaction t(*site.db);
        changes::PlacementChanges door(*site.db);
        planning::PlacementProposal proposal;
        proposal.placement = DoorSite::placement(fien, site.group, site.monday, {1});
        door.place(proposal);
        dropConnection(site);
        proposal.placement = DoorSite::placement(gijs, site.group, site.monday, {1});
        door.place(proposal);
        t.commit();
        FAIL("a change went through on a dropped connection");
    } catch (const DbError &error) {
        CHECK(error.message().contains(QStringLiteral("connection to the server was lost")));
        CHECK(error.message().contains(QStringLiteral("nothing of this change was saved")));
    }
    CHECK(placements(site.engine.server) == 0);

    REQUIRE(site.db->reconnect().isEmpty());
    CHECK(site.place(DoorSite::placement(fien, site.group, site.monday, {1})).isEmpty());
    CHECK(placements(site.engine.server) == 1);
}

TEST_CASE("a connection that drops in the middle of an import leaves nothing imported", "[server][failure]")
{
    DoorSite site;
    TempDir tmp;
    QFile csv(tmp.file(QStringLiteral("placements.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("child;birth_date;group;start;end;days;times;youth_care_provider;referral;referral_end\n");
    for (int i = 0; i < 6; ++i)
        csv.write(QStringLiteral("Kind %1;%2;Zeesterren;%3;;ma;08:00-12:30;;;\n")
                      .arg(i)
                      .arg(site.monday.addYears(-3).toString(Qt::ISODate), site.monday.toString(Qt::ISODate))
                      .toUtf8());
    csv.close();
    // The server goes away while the fourth placement is written.
    REQUIRE(TestServer::admin(QStringLiteral(
        "CREATE FUNCTION drop_me() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF (SELECT COUNT(*) FROM placements) >= 4 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; "
        "RETURN NULL; END $$; "
        "CREATE TRIGGER drop_me AFTER INSERT ON placements FOR EACH ROW EXECUTE FUNCTION drop_me()"),
                              site.engine.server.name()).isEmpty());
    const int children = TestServer::value(QStringLiteral("SELECT COUNT(*) FROM children"), site.engine.server.name()).toInt();

    const CliRun run = runCliWith({QStringLiteral("import"), site.path, QStringLiteral("--placements"), csv.fileName()});
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("connection to the server was lost")));
    CHECK(placements(site.engine.server) == 0);
    CHECK(TestServer::value(QStringLiteral("SELECT COUNT(*) FROM children"), site.engine.server.name()).toInt() == children);
}
