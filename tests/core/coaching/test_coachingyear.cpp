#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libical/ical.h>

namespace {

QJsonObject yearJson(const QString &database, int year)
{
    const CliRun run = runCliWith({QStringLiteral("coaching"), database, QStringLiteral("--year"), QString::number(year),
                                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("samenplan-cli coaching --year --json gives the year's hours with the contract's fields", "[coaching][cli]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    // 2027: the pre-school group's 14 children on 1 January count 10 h each.
    const QJsonObject year = yearJson(database, 2027);
    CHECK(year.value(QStringLiteral("year")).toInt() == 2027);
    const QJsonObject organisation = year.value(QStringLiteral("organisation")).toObject();
    // 50 h + 10 h x 284/36 FTE (78.89 h) + 10 h x 14 VE children = 268.89 h.
    CHECK(organisation.value(QStringLiteral("required_hours")).toDouble() == Approx(268.89).margin(0.01));
    CHECK(organisation.contains(QStringLiteral("planned_hours")));
    CHECK(organisation.contains(QStringLiteral("held_hours")));
    const QJsonArray locations = year.value(QStringLiteral("locations")).toArray();
    REQUIRE(locations.size() == 1);
    CHECK(locations.first().toObject().value(QStringLiteral("required_hours")).toDouble() == Approx(268.89).margin(0.01));
    const QJsonArray pedagogues = year.value(QStringLiteral("pedagogues")).toArray();
    CHECK(pedagogues.size() == 10);
    for (const QJsonValue &p : pedagogues) {
        CHECK(p.toObject().contains(QStringLiteral("name")));
        CHECK(p.toObject().contains(QStringLiteral("planned_hours")));
        CHECK(p.toObject().contains(QStringLiteral("held_hours")));
    }
    CHECK(year.value(QStringLiteral("without_coaching")).toArray().size() == 10); // nothing held in 2027 yet

    // 2026: Lotte had her coaching on the job the week before; Priya and Lotte have one planned.
    const QJsonObject now = yearJson(database, 2026);
    const QJsonObject nowOrganisation = now.value(QStringLiteral("organisation")).toObject();
    CHECK(nowOrganisation.value(QStringLiteral("held_hours")).toDouble() == Approx(1.0));
    CHECK(nowOrganisation.value(QStringLiteral("planned_hours")).toDouble() == Approx(3.0)); // Wendy is not a qualified coach
    QStringList without;
    for (const QJsonValue &name : now.value(QStringLiteral("without_coaching")).toArray())
        without << name.toString();
    CHECK_FALSE(without.contains(QStringLiteral("Lotte Jansen")));
    CHECK(without.contains(QStringLiteral("Priya Ramdin")));
}

TEST_CASE("samenplan-cli coaching --ics writes sessions a calendar reads back, without the focus child", "[coaching][cli][ics]")
{
    TempDir tmp;
    const QString database = makeDemoDatabase(tmp);
    const QString path = tmp.file(QStringLiteral("hanna.ics"));
    REQUIRE(runCliWith({QStringLiteral("coaching"), database, QStringLiteral("--ics"), path, QStringLiteral("--coach"),
                        QStringLiteral("Hanna Verbeek")}).exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QByteArray plain = text;
    plain.replace("\r\n ", "").replace("\n ", "");
    CHECK_FALSE(plain.contains("Kiki"));

    icalcomponent *calendar = icalparser_parse_string(text.constData());
    REQUIRE(calendar != nullptr);
    CHECK(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
    icalcomponent *zone = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
    REQUIRE(zone != nullptr);
    CHECK(QString::fromUtf8(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY)))
          == QStringLiteral("Europe/Amsterdam"));
    int events = 0;
    bool sawMonday = false;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++events;
        icalproperty *start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        REQUIRE(start != nullptr);
        icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
        REQUIRE(tzid != nullptr);
        CHECK(QString::fromUtf8(icalparameter_get_tzid(tzid)) == QStringLiteral("Europe/Amsterdam"));
        CHECK(QString::fromUtf8(icalcomponent_get_uid(event)).startsWith(QStringLiteral("samenplan-coaching-")));
        CHECK(QString::fromUtf8(icalcomponent_get_description(event)).contains(QStringLiteral("Hanna Verbeek")));
        const icaltimetype when = icalproperty_get_dtstart(start);
        if (when.year == 2026 && when.month == 11 && when.day == 23) {
            sawMonday = true;
            CHECK(when.hour == 10);
            CHECK(QString::fromUtf8(icalcomponent_get_summary(event)).contains(QStringLiteral("Zonnestraal")));
            CHECK(icalcomponent_get_status(event) == ICAL_STATUS_CONFIRMED);
        }
    }
    CHECK(events == 3); // Hanna's three sessions; the others' are left out
    CHECK(sawMonday);
    icalcomponent_free(calendar);

    // Only when asked: the focus child's name.
    const QString withChild = tmp.file(QStringLiteral("all.ics"));
    REQUIRE(runCliWith({QStringLiteral("coaching"), database, QStringLiteral("--ics"), withChild,
                        QStringLiteral("--with-focus-child")}).exitCode == 0);
    QFile all(withChild);
    REQUIRE(all.open(QIODevice::ReadOnly));
    QByteArray unfolded = all.readAll();
    unfolded.replace("\r\n ", "").replace("\n ", ""); // RFC 5545 folds long lines
    CHECK(unfolded.contains("Focus child: Kiki Boateng"));

    CHECK(runCliWith({QStringLiteral("coaching"), database, QStringLiteral("--ics"), tmp.file(QStringLiteral("x.ics")),
                      QStringLiteral("--coach"), QStringLiteral("Niemand")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("x.ics"))));
    CHECK(runCliWith({QStringLiteral("coaching"), database}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("coaching"), database, QStringLiteral("--year"), QStringLiteral("twintig")}).exitCode == 2);
}
