// The forecast (capacity/forecast.h, issue #16) against February and March 2027 counted by hand,
// through `samenplan-cli forecast`.

#include "capacitysite.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

namespace {

const TimeRange Day{480, 1050};       // 08:00-17:30
const TimeRange Morning{480, 720};    // 08:00-12:00
const TimeRange Afternoon{780, 1050}; // 13:00-17:30

// Dolfijnen, February and March 2027 (Mondays 1, 8, 15, 22 February; 1, 8, 15, 22, 29 March):
//   Anna (2)  Mon+Tue all day, one placement to 28 Feb and the next from 1 March: she stays on.
//   Bas (1)   Mon mornings from 15 Feb.
//   Cas (1)   Mon afternoons, the placement ends on Monday 8 Feb.
//   Dewi (2)  Mon all day in a youth-care seat; the referral ends on Wednesday 10 Feb.
//   Eva (3)   Tue all day; turns 4 on 10 March, so her last day is 9 March.
//   Fenna (0) Mon all day from 15 Feb.
//   Gijs (2)  on the waiting list for Mondays in Dolfijnen from 1 March.
void buildFebruary(CapacitySite &site)
{
    const Id anna = site.child(QStringLiteral("Anna"), QDate(2024, 10, 10));
    REQUIRE(site.place(anna, site.dayCare, QDate(2027, 1, 4), {1, 2}, PlacementKind::Regular, Day, QDate(2027, 2, 28)).isEmpty());
    REQUIRE(site.place(anna, site.dayCare, QDate(2027, 3, 1), {1, 2}, PlacementKind::Regular, Day).isEmpty());
    REQUIRE(site.place(site.child(QStringLiteral("Bas"), QDate(2025, 5, 1)), site.dayCare, QDate(2027, 2, 15), {1},
                       PlacementKind::Regular, Morning).isEmpty());
    REQUIRE(site.place(site.child(QStringLiteral("Cas"), QDate(2025, 6, 1)), site.dayCare, QDate(2027, 1, 4), {1},
                       PlacementKind::Regular, Afternoon, QDate(2027, 2, 8)).isEmpty());
    const Id dewi = site.child(QStringLiteral("Dewi"), QDate(2024, 6, 1));
    site.referral(dewi, QDate(2026, 12, 1), QDate(2027, 2, 10));
    REQUIRE(site.place(dewi, site.dayCare, QDate(2027, 1, 4), {1}, PlacementKind::YouthCare, Day).isEmpty());
    REQUIRE(site.place(site.child(QStringLiteral("Eva"), QDate(2023, 3, 10)), site.dayCare, QDate(2027, 1, 5), {2},
                       PlacementKind::Regular, Day).isEmpty());
    REQUIRE(site.place(site.child(QStringLiteral("Fenna"), QDate(2026, 6, 1)), site.dayCare, QDate(2027, 2, 15), {1},
                       PlacementKind::Regular, Day).isEmpty());
    const Id gijs = site.child(QStringLiteral("Gijs"), QDate(2025, 1, 1));
    Transaction t(*site.db);
    WaitingListEntry entry;
    entry.childId = gijs;
    entry.wishedStart = QDate(2027, 3, 1);
    entry.days = weekdayBit(1);
    entry.preferredGroupId = site.dayCare;
    changes::add(*site.db, entry);
    t.commit();
}

QJsonObject weekday(const QJsonObject &month, const QString &day)
{
    for (const QJsonValue &value : month.value(QStringLiteral("weekdays")).toArray()) {
        if (value.toObject().value(QStringLiteral("day")).toString() == day)
            return value.toObject();
    }
    return {};
}

QJsonArray forecastMonths(const QString &path, const QStringList &extra = {})
{
    const CliRun run = runCliWith(QStringList{QStringLiteral("forecast"), path, QStringLiteral("--from"), QStringLiteral("2027-02"),
                                              QStringLiteral("--months"), QStringLiteral("2"), QStringLiteral("--json")}
                                  + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &group : root.value(QStringLiteral("groups")).toArray()) {
        if (group.toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Dolfijnen"))
            return group.toObject().value(QStringLiteral("months")).toArray();
    }
    return {};
}

} // namespace

TEST_CASE("forecast: February and March 2027 as counted by hand", "[capacity][forecast]")
{
    CapacitySite site;
    buildFebruary(site);
    site.close();
    const QJsonArray months = forecastMonths(site.path);
    REQUIRE(months.size() == 2);
    const QJsonObject february = months.at(0).toObject(), march = months.at(1).toObject();
    CHECK(february.value(QStringLiteral("month")).toString() == QStringLiteral("2027-02"));
    CHECK(february.value(QStringLiteral("weekdays")).toArray().size() == 5); // open Monday to Friday

    // Mondays: regular 2 (Anna with Cas in the afternoon), 2, 3 (Anna, Bas, Fenna), 3; a seat on the first two.
    const QJsonObject monday = weekday(february, QStringLiteral("ma"));
    CHECK(monday.value(QStringLiteral("regular_peak")).toInt() == 3);
    CHECK(monday.value(QStringLiteral("regular_average")).toDouble() == 2.5);
    CHECK(monday.value(QStringLiteral("regular_places")).toInt() == 4);
    CHECK(monday.value(QStringLiteral("regular_free")).toInt() == 1);
    CHECK(monday.value(QStringLiteral("youth_care_peak")).toInt() == 1);
    CHECK(monday.value(QStringLiteral("youth_care_average")).toDouble() == 0.5);
    CHECK(monday.value(QStringLiteral("youth_care_seats")).toInt() == 2);
    CHECK(monday.value(QStringLiteral("youth_care_free")).toInt() == 1);
    CHECK(monday.value(QStringLiteral("required_staff_peak")).toInt() == 1);
    CHECK(monday.value(QStringLiteral("waiting")).toInt() == 0);
    // Tuesdays: Anna and Eva every week.
    const QJsonObject tuesday = weekday(february, QStringLiteral("di"));
    CHECK(tuesday.value(QStringLiteral("regular_peak")).toInt() == 2);
    CHECK(tuesday.value(QStringLiteral("regular_average")).toDouble() == 2.0);
    CHECK(weekday(february, QStringLiteral("wo")).value(QStringLiteral("regular_peak")).toInt() == 0);
    CHECK(weekday(february, QStringLiteral("wo")).value(QStringLiteral("required_staff_peak")).toInt() == 0);
    // Leaving in February: Cas at the end of his placement; Dewi's trajectory is not told.
    CHECK(february.value(QStringLiteral("leaving")).toArray() == QJsonArray{QStringLiteral("Cas Test")});
    const QJsonObject cas = february.value(QStringLiteral("leaving_details")).toArray().first().toObject();
    CHECK(cas.value(QStringLiteral("last_day")).toString() == QStringLiteral("2027-02-08"));
    CHECK(cas.value(QStringLiteral("reason")).toString() == QStringLiteral("placement-end"));

    // March: Mondays Anna, Bas, Fenna five times; Gijs waits for a Monday. Tuesdays 2, 2, 1, 1, 1.
    CHECK(weekday(march, QStringLiteral("ma")).value(QStringLiteral("regular_peak")).toInt() == 3);
    CHECK(weekday(march, QStringLiteral("ma")).value(QStringLiteral("regular_average")).toDouble() == 3.0);
    CHECK(weekday(march, QStringLiteral("ma")).value(QStringLiteral("youth_care_peak")).toInt() == 0);
    CHECK(weekday(march, QStringLiteral("ma")).value(QStringLiteral("waiting")).toInt() == 1);
    CHECK(weekday(march, QStringLiteral("di")).value(QStringLiteral("regular_peak")).toInt() == 2);
    CHECK(weekday(march, QStringLiteral("di")).value(QStringLiteral("regular_average")).toDouble() == 1.4);
    CHECK(weekday(march, QStringLiteral("di")).value(QStringLiteral("waiting")).toInt() == 0);
    // Eva leaves the day before her 4th birthday; Anna stays on under her next placement.
    CHECK(march.value(QStringLiteral("leaving")).toArray() == QJsonArray{QStringLiteral("Eva Test")});
    const QJsonObject eva = march.value(QStringLiteral("leaving_details")).toArray().first().toObject();
    CHECK(eva.value(QStringLiteral("last_day")).toString() == QStringLiteral("2027-03-09"));
    CHECK(eva.value(QStringLiteral("reason")).toString() == QStringLiteral("age"));
}

TEST_CASE("forecast: a trajectory's end is told only when asked for youth-care data", "[capacity][forecast]")
{
    CapacitySite site;
    buildFebruary(site);
    site.close();
    const QJsonObject february = forecastMonths(site.path, {QStringLiteral("--with-youth-care")}).at(0).toObject();
    CHECK(february.value(QStringLiteral("leaving")).toArray() == (QJsonArray{QStringLiteral("Cas Test"), QStringLiteral("Dewi Test")}));
    const QJsonObject dewi = february.value(QStringLiteral("leaving_details")).toArray().at(1).toObject();
    CHECK(dewi.value(QStringLiteral("reason")).toString() == QStringLiteral("trajectory-end"));
    CHECK(dewi.value(QStringLiteral("last_day")).toString() == QStringLiteral("2027-02-10"));
    // Bad input: one line, exit 2, nothing on standard output.
    for (const QStringList &bad : {QStringList{QStringLiteral("--from"), QStringLiteral("2027-13")},
                                   QStringList{QStringLiteral("--from"), QStringLiteral("2027-02"), QStringLiteral("--months"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("--group"), QStringLiteral("Walvissen")}}) {
        const CliRun run = runCliWith(QStringList{QStringLiteral("forecast"), site.path, QStringLiteral("--json")} + bad);
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("forecast --json carries every field the issue names, at every level", "[capacity][forecast][cli]")
{
    CapacitySite site;
    buildFebruary(site);
    site.close();
    const CliRun run = runCliWith({QStringLiteral("forecast"), site.path, QStringLiteral("--from"), QStringLiteral("2027-02"),
                                   QStringLiteral("--months"), QStringLiteral("12"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 3); // every group of the site
    const auto hasAll = [](const QJsonObject &object, const QStringList &keys) {
        for (const QString &key : keys) {
            INFO(key.toStdString());
            CHECK(object.contains(key));
        }
    };
    for (const QJsonValue &g : groups) {
        hasAll(g.toObject(), {QStringLiteral("group"), QStringLiteral("location"), QStringLiteral("months")});
        const QJsonArray months = g.toObject().value(QStringLiteral("months")).toArray();
        REQUIRE(months.size() == 12);
        CHECK(months.last().toObject().value(QStringLiteral("month")).toString() == QStringLiteral("2028-01"));
        for (const QJsonValue &m : months) {
            hasAll(m.toObject(), {QStringLiteral("month"), QStringLiteral("weekdays"), QStringLiteral("leaving")});
            CHECK(m.toObject().value(QStringLiteral("leaving")).isArray());
            for (const QJsonValue &d : m.toObject().value(QStringLiteral("weekdays")).toArray())
                hasAll(d.toObject(), {QStringLiteral("day"), QStringLiteral("regular_peak"), QStringLiteral("regular_places"),
                                      QStringLiteral("youth_care_peak"), QStringLiteral("youth_care_seats"),
                                      QStringLiteral("required_staff_peak")});
        }
    }
}
