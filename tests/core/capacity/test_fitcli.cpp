// `samenplan-cli fit` as issue #16 writes it: {"fits": [{"group", "location", "earliest_start":
// "YYYY-MM-DD" | null, "reasons": [...]}]}, one entry per group of a fitting care type; bad input
// gets one line and exit 2.

#include "capacitysite.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace samenplan;

namespace {

QStringList fitArgs(const CapacitySite &site, const QStringList &options)
{
    return QStringList{QStringLiteral("fit"), site.path} + options;
}

} // namespace

TEST_CASE("fit --json: exactly the fields the issue names, a date or null, reasons as strings", "[capacity][fit][cli]")
{
    CapacitySite site;
    // Wednesday full in Dolfijnen (4 regular places) for years.
    for (const char *name : {"Aap", "Beer", "Cobra", "Das"})
        REQUIRE(site.place(site.child(QString::fromLatin1(name), site.monday.addMonths(-6)), site.dayCare, site.monday, {3}).isEmpty());
    site.close();
    const QDate birth = site.monday.addMonths(-26);
    const CliRun run = runCliWith(fitArgs(site, {QStringLiteral("--birth-date"), birth.toString(Qt::ISODate), QStringLiteral("--days"),
                                                 QStringLiteral("ma,wo"), QStringLiteral("--times"), QStringLiteral("08:00-17:30"),
                                                 QStringLiteral("--from"), site.monday.toString(Qt::ISODate), QStringLiteral("--json")}));
    INFO(run.err.toStdString() << run.out.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    CHECK(doc.object().keys() == QStringList{QStringLiteral("fits")});
    const QJsonArray fits = doc.object().value(QStringLiteral("fits")).toArray();
    // A child of 26 months: day care and pre-school, and out-of-school care from 4 (within 24 months).
    REQUIRE(fits.size() == 3);
    const QStringList keys{QStringLiteral("earliest_start"), QStringLiteral("group"), QStringLiteral("location"), QStringLiteral("reasons")};
    const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const QJsonValue &value : fits) {
        const QJsonObject fit = value.toObject();
        CHECK(fit.keys() == keys);
        CHECK(fit.value(QStringLiteral("group")).isString());
        CHECK(fit.value(QStringLiteral("location")).toString() == QStringLiteral("De Haven"));
        const QJsonValue start = fit.value(QStringLiteral("earliest_start"));
        CHECK((start.isNull() || isoDate.match(start.toString()).hasMatch()));
        REQUIRE(fit.value(QStringLiteral("reasons")).isArray());
        for (const QJsonValue &reason : fit.value(QStringLiteral("reasons")).toArray())
            CHECK(reason.isString());
    }
    const QJsonObject dolfijnen = fits.at(0).toObject();
    CHECK(dolfijnen.value(QStringLiteral("group")).toString() == QStringLiteral("Dolfijnen"));
    // Wednesday full for as long as the child could stay (until its 4th birthday): null, and why.
    CHECK(dolfijnen.value(QStringLiteral("earliest_start")).isNull());
    CHECK(dolfijnen.value(QStringLiteral("reasons")).toArray().last().toString().contains(QStringLiteral("leaves the group's age range")));
    const QJsonObject parelvissers = fits.at(1).toObject();
    CHECK(parelvissers.value(QStringLiteral("group")).toString() == QStringLiteral("Parelvissers"));
    CHECK(parelvissers.value(QStringLiteral("earliest_start")).toString() == site.monday.toString(Qt::ISODate));
    CHECK(parelvissers.value(QStringLiteral("reasons")).toArray().isEmpty());
    const QJsonObject zeehonden = fits.at(2).toObject();
    CHECK(zeehonden.value(QStringLiteral("earliest_start")).toString() == firstDayAgedMonths(birth, 48).toString(Qt::ISODate));
    CHECK(zeehonden.value(QStringLiteral("reasons")).toArray().first().toString().contains(QStringLiteral("48 to 156 months")));
}

TEST_CASE("fit: impossible dates, unknown weekdays, unknown groups and bad times get one line and exit 2", "[capacity][fit][cli]")
{
    CapacitySite site;
    site.close();
    const QString birth = QStringLiteral("--birth-date");
    const QString days = QStringLiteral("--days");
    const QList<QStringList> bad{
        {birth, QStringLiteral("2026-02-30"), days, QStringLiteral("ma")},
        {birth, QStringLiteral("30-01-2026"), days, QStringLiteral("ma")},
        {birth, QStringLiteral("2026-01-30"), days, QStringLiteral("ma,xx")},
        {birth, QStringLiteral("2026-01-30"), days, QStringLiteral("")},
        {birth, QStringLiteral("2026-01-30"), days, QStringLiteral("ma"), QStringLiteral("--from"), QStringLiteral("2026-13-01")},
        {birth, QStringLiteral("2026-01-30"), days, QStringLiteral("ma"), QStringLiteral("--times"), QStringLiteral("8-17")},
        {birth, QStringLiteral("2026-01-30"), days, QStringLiteral("ma"), QStringLiteral("--group"), QStringLiteral("Walvissen")},
        {days, QStringLiteral("ma")},
        {birth, QStringLiteral("2026-01-30")},
    };
    for (const QStringList &options : bad) {
        const CliRun run = runCliWith(fitArgs(site, options + QStringList{QStringLiteral("--json")}));
        INFO(options.join(QLatin1Char(' ')).toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.startsWith(QStringLiteral("samenplan-cli: fit: ")));
    }
    // The offending value is named.
    CHECK(runCliWith(fitArgs(site, bad.at(0))).err.contains(QStringLiteral("2026-02-30")));
    CHECK(runCliWith(fitArgs(site, bad.at(2))).err.contains(QStringLiteral("ma,xx")));
    CHECK(runCliWith(fitArgs(site, bad.at(6))).err.contains(QStringLiteral("Walvissen")));
    // A file that does not exist is refused the same way, and not created.
    const QString missing = site.tmp.file(QStringLiteral("missing.samenplan"));
    const CliRun none = runCliWith({QStringLiteral("fit"), missing, birth, QStringLiteral("2026-01-30"), days, QStringLiteral("ma")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFile::exists(missing));
}
