#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include "changes/recordchanges.h"
#include "persistence/coachingrepository.h"
#include "persistence/organisationrepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <libical/ical.h>

using namespace samenplan;

namespace {

struct AgendaEvent {
    QString uid;
    int sequence = -1;
    icaltimetype startUtc;
};

// The events of one exported calendar, their start in UTC resolved through the file's own
// VTIMEZONE (as another agenda would), and the number of zone rules it carries.
struct Agenda {
    QList<AgendaEvent> events;
    int zones = 0;
    int zoneRules = 0;
};

Agenda exportAgenda(const TempDir &tmp, const QString &database, const QString &name)
{
    const QString path = tmp.file(name);
    REQUIRE(runCliWith({QStringLiteral("coaching"), database, QStringLiteral("--ics"), path}).exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK_FALSE(text.contains("X-LIC-ERROR")); // every property as libical reads it back
    icalcomponent *calendar = icalparser_parse_string(text.constData());
    REQUIRE(calendar != nullptr);
    Agenda agenda;
    for (icalcomponent *zone = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT); zone;
         zone = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        ++agenda.zones;
        agenda.zoneRules += icalcomponent_count_components(zone, ICAL_XSTANDARD_COMPONENT)
                            + icalcomponent_count_components(zone, ICAL_XDAYLIGHT_COMPONENT);
    }
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        AgendaEvent e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(event));
        if (icalproperty *sequence = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY))
            e.sequence = icalproperty_get_sequence(sequence);
        e.startUtc = icaltime_convert_to_zone(icalcomponent_get_dtstart(event), utc);
        agenda.events.append(e);
    }
    icalcomponent_free(calendar);
    return agenda;
}

QStringList uids(const Agenda &agenda)
{
    QStringList result;
    for (const AgendaEvent &e : agenda.events)
        result << e.uid;
    return result;
}

QSet<QString> uidSet(const Agenda &agenda)
{
    const QStringList list = uids(agenda);
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

TEST_CASE("Exported sessions keep their own UID per database, a SEQUENCE raised by every change, and a compact time zone",
          "[coaching][cli][ics]")
{
    TempDir tmp;
    const QString first = makeDemoDatabase(tmp, QStringLiteral("first.samenplan"));
    const QString second = makeDemoDatabase(tmp, QStringLiteral("second.samenplan"));

    QString firstUid;
    Id moved = NoId;
    {
        auto opened = Database::open(first, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        firstUid = OrganisationRepository(*opened.database).databaseUid();
        const QList<CoachingSession> sessions = CoachingRepository(*opened.database).sessionsBetween(QDate(2000, 1, 1), QDate(2100, 1, 1));
        REQUIRE_FALSE(sessions.isEmpty());
        moved = sessions.first().id;
    }
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
              .match(firstUid)
              .hasMatch());

    const Agenda one = exportAgenda(tmp, first, QStringLiteral("one.ics"));
    const Agenda other = exportAgenda(tmp, second, QStringLiteral("other.ics"));
    REQUIRE(one.events.size() >= 5);
    REQUIRE(one.events.size() == other.events.size());
    // Two organisations built alike share session ids, never UIDs.
    for (const QString &uid : uids(one)) {
        CHECK(uid.contains(firstUid));
        CHECK(uid.endsWith(QStringLiteral("@samenplan")));
        CHECK_FALSE(uids(other).contains(uid));
    }
    CHECK(uidSet(one).size() == one.events.size());
    for (const AgendaEvent &e : one.events)
        CHECK(e.sequence == 0);
    // One zone with one rule for winter and one for summer, not 26 parts back to 1835.
    CHECK(one.zones == 1);
    CHECK(one.zoneRules == 2);

    // Move a session to a summer date and change it again: same UID, SEQUENCE 2; the start in UTC
    // follows summer time through the file's own zone (10:00 in Amsterdam is 08:00 UTC in July).
    {
        auto opened = Database::open(first, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        const Database &db = *opened.database;
        CoachingSession session = *CoachingRepository(db).find(moved);
        {
            Transaction tx(db);
            session.date = QDate(2027, 7, 6);
            session.hours = {10 * 60, 11 * 60};
            changes::update(db, session);
            tx.commit();
        }
        {
            Transaction tx(db);
            session.goal = QStringLiteral("Na de zomer bespreken");
            changes::update(db, session);
            tx.commit();
        }
    }
    const Agenda after = exportAgenda(tmp, first, QStringLiteral("after.ics"));
    CHECK(uids(after) != uids(one)); // the order follows the dates
    CHECK(uidSet(after) == uidSet(one));
    int changed = 0;
    for (const AgendaEvent &e : after.events) {
        if (e.uid.startsWith(QStringLiteral("samenplan-coaching-%1-").arg(moved))) {
            ++changed;
            CHECK(e.sequence == 2);
            CHECK(e.startUtc.month == 7);
            CHECK(e.startUtc.hour == 8);
        } else {
            CHECK(e.sequence == 0);
        }
    }
    CHECK(changed == 1);
    // A winter session: 10:00 on Monday 23 November 2026 is 09:00 UTC.
    bool sawWinter = false;
    for (const AgendaEvent &e : after.events) {
        if (e.startUtc.year == 2026 && e.startUtc.month == 11 && e.startUtc.day == 23 && e.startUtc.hour == 9)
            sawWinter = true;
    }
    CHECK(sawWinter);
    // The zone still starts before the first exported session and covers the summer of 2027.
    CHECK(after.zones == 1);

    // A copy of the organisation (to a server and back, or to another file) keeps its identity and
    // sequences: agendas keep updating the same events.
    const QString copy = tmp.file(QStringLiteral("copy.samenplan"));
    REQUIRE(runCliWith({QStringLiteral("copy"), first, copy}).exitCode == 0);
    {
        auto opened = Database::open(copy, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        CHECK(OrganisationRepository(*opened.database).databaseUid() == firstUid);
        QSqlQuery rows = opened.database->exec(QStringLiteral("SELECT count(*) FROM database_identity"));
        REQUIRE(rows.next());
        CHECK(rows.value(0).toInt() == 1);
    }
    CHECK(uidSet(exportAgenda(tmp, copy, QStringLiteral("copy.ics"))) == uidSet(after));
}

TEST_CASE("A version 3 file gets a database identity when it is upgraded, its sessions at SEQUENCE 0",
          "[coaching][ics][migration]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("old.samenplan"));
    REQUIRE(QFile::copy(QStringLiteral(SAMENPLAN_TEST_DATA "/schema-v3-demo.samenplan"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const QString uid = OrganisationRepository(*opened.database).databaseUid();
    CHECK(uid.size() == 36);
    const QHash<Id, int> sequences = CoachingRepository(*opened.database).sequences();
    REQUIRE_FALSE(sequences.isEmpty());
    for (int sequence : sequences)
        CHECK(sequence == 0);
    QSqlQuery rows = opened.database->exec(QStringLiteral("SELECT count(*) FROM database_identity"));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 1);
}
