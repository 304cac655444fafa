#include "../calendar/calendarsite.h"
#include "clirunner.h"

#include "changes/attendancechanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace samenplan;
using namespace calendartest;

namespace {

const QDate Day(2026, 11, 16);

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QJsonObject groupNamed(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &value : root.value(QStringLiteral("groups")).toArray()) {
        if (value.toObject().value(QStringLiteral("group")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("samenplan-cli dayrecord prints the record with the issue's fields, the plan marked as plan", "[attendance][cli]")
{
    Site site;
    const Id a = site.child(QStringLiteral("Ada"), site.daycare, 2, TimeRange{at(8), at(17)}, Day);
    site.child(QStringLiteral("Bo"), site.daycare, 2, TimeRange{at(8), at(17)}, Day);
    const Id extra = [&] {
        Child c;
        c.firstName = QStringLiteral("Cas");
        c.lastName = QStringLiteral("Ruil");
        c.birthDate = Day.addYears(-2);
        return ChildRepository(*site.db).insert(c);
    }();
    const Id anna = site.staff(QStringLiteral("Anna"));
    site.shift(anna, site.daycare, Day, TimeRange{at(7, 30), at(18, 30)});
    {
        Transaction transaction(*site.db);
        changes::add(*site.db, ChildAttendance{NoId, site.daycare, a, Day, at(8, 10), at(16, 45)});
        changes::add(*site.db, ChildAttendance{NoId, site.daycare, extra, Day, at(9), {}}); // a swap day, no plan
        changes::add(*site.db, StaffAttendance{NoId, site.daycare, anna, Day, TimeRange{at(7, 45), at(18, 30)}, {}});
        transaction.commit();
    }
    site.db.reset();
    const CliRun run = runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--date"), QStringLiteral("2026-11-16"),
                                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("date")).toString() == QLatin1String("2026-11-16"));
    const QJsonObject mussen = groupNamed(root, QStringLiteral("Mussen"));
    const QSet<QString> issueFields{QStringLiteral("group"), QStringLiteral("location"), QStringLiteral("closed"),
                                    QStringLiteral("children"), QStringLiteral("staff"), QStringLiteral("quarters"),
                                    QStringLiteral("deviation_minutes")};
    CHECK(keysOf(mussen).contains(issueFields));
    CHECK(mussen.value(QStringLiteral("source")).toString() == QLatin1String("record"));
    CHECK(mussen.value(QStringLiteral("location")).toString() == QLatin1String("De Linde"));
    CHECK_FALSE(mussen.value(QStringLiteral("closed")).toBool());
    const QJsonArray children = mussen.value(QStringLiteral("children")).toArray();
    REQUIRE(children.size() == 2); // Bo stayed home; Cas came without a plan
    CHECK(keysOf(children.at(0).toObject()) == QSet<QString>{QStringLiteral("name"), QStringLiteral("arrived"), QStringLiteral("left")});
    CHECK(children.at(0).toObject().value(QStringLiteral("name")).toString() == QLatin1String("Ada Linde"));
    CHECK(children.at(0).toObject().value(QStringLiteral("arrived")).toString() == QLatin1String("08:10"));
    CHECK(children.at(0).toObject().value(QStringLiteral("left")).toString() == QLatin1String("16:45"));
    CHECK(children.at(1).toObject().value(QStringLiteral("left")).isNull());
    const QJsonArray staff = mussen.value(QStringLiteral("staff")).toArray();
    REQUIRE(staff.size() == 1);
    CHECK(keysOf(staff.at(0).toObject()) == QSet<QString>{QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("to")});
    CHECK(staff.at(0).toObject().value(QStringLiteral("from")).toString() == QLatin1String("07:45"));
    const QJsonArray quarters = mussen.value(QStringLiteral("quarters")).toArray();
    REQUIRE(quarters.size() == 44);
    const QJsonObject first = quarters.at(0).toObject();
    CHECK(keysOf(first) == QSet<QString>{QStringLiteral("from"), QStringLiteral("children"), QStringLiteral("required"),
                                         QStringLiteral("present"), QStringLiteral("state")});
    CHECK(first.value(QStringLiteral("from")).toString() == QLatin1String("07:30"));
    CHECK(first.value(QStringLiteral("children")).toInt() == 0);
    const QJsonObject nine = quarters.at(6).toObject();
    CHECK(nine.value(QStringLiteral("from")).toString() == QLatin1String("09:00"));
    CHECK(nine.value(QStringLiteral("children")).toInt() == 2);
    CHECK(nine.value(QStringLiteral("required")).toInt() == 1);
    CHECK(nine.value(QStringLiteral("present")).toInt() == 1);
    CHECK(nine.value(QStringLiteral("state")).toString() == QLatin1String("met"));
    CHECK(mussen.value(QStringLiteral("deviation_minutes")).toInt() == 0);

    // The out-of-school group registered nothing: its plan, marked as plan.
    CHECK(groupNamed(root, QStringLiteral("Kompas")).value(QStringLiteral("source")).toString() == QLatin1String("plan"));

    // --group picks one; an unknown group is one line and exit 2; the PDF never lands on the database.
    const CliRun one = runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--date"), QStringLiteral("2026-11-16"),
                                   QStringLiteral("--group"), QStringLiteral("mussen"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(one.out.toUtf8()).object().value(QStringLiteral("groups")).toArray().size() == 1);
    const CliRun unknown = runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--date"), QStringLiteral("2026-11-16"),
                                       QStringLiteral("--group"), QStringLiteral("Uilen")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.count(QLatin1Char('\n')) == 1);
    const QByteArray before = fileHash(site.path);
    const CliRun onDatabase = runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--date"),
                                          QStringLiteral("2026-11-16"), QStringLiteral("--pdf"), site.path});
    CHECK(onDatabase.exitCode == 2);
    CHECK(fileHash(site.path) == before);
    const QString pdf = site.tmp.file(QStringLiteral("record.pdf"));
    REQUIRE(runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--date"), QStringLiteral("2026-11-16"),
                        QStringLiteral("--pdf"), pdf}).exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

TEST_CASE("samenplan-cli dayrecord sets the retention and removes expired records", "[attendance][cli]")
{
    Site site;
    const Id a = site.child(QStringLiteral("Ada"), site.daycare, 2, TimeRange{at(8), at(17)}, Day);
    {
        Transaction transaction(*site.db);
        changes::add(*site.db, ChildAttendance{NoId, site.daycare, a, QDate(2020, 3, 2), at(8), at(12)});
        changes::add(*site.db, ChildAttendance{NoId, site.daycare, a, Day, at(8), at(12)});
        transaction.commit();
    }
    site.db.reset();
    const CliRun refused = runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--retention-months"), QStringLiteral("3")});
    CHECK(refused.exitCode == 2);
    const CliRun run = runCliWith({QStringLiteral("dayrecord"), site.path, QStringLiteral("--retention-months"), QStringLiteral("36"),
                                   QStringLiteral("--remove-expired")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("kept 36 months")));
    CHECK(run.out.contains(QStringLiteral("Removed 1 rows")));
}
