// Earliest fit (capacity/earliestfit.h, issue #16): one test per kind of constraint, through the
// core function and through `samenplan-cli fit`.

#include "capacitysite.h"
#include "clirunner.h"

#include "capacity/earliestfit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

namespace {

QJsonArray fitsOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("fits")).toArray();
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

TEST_CASE("fit: a full day frees when a trajectory ends, on the day after its planned end", "[capacity][fit]")
{
    CapacitySite site;
    const QDate birth = site.monday.addMonths(-20);
    const QDate firstEnd = site.monday.addDays(65); // a Wednesday
    const Id anna = site.child(QStringLiteral("Anna"), birth);
    site.referral(anna, site.monday.addDays(-30), firstEnd);
    const Id bram = site.child(QStringLiteral("Bram"), birth);
    site.referral(bram, site.monday.addDays(-30), site.monday.addMonths(10));
    REQUIRE(site.place(anna, site.dayCare, site.monday, {1, 3}, PlacementKind::YouthCare).isEmpty());
    REQUIRE(site.place(bram, site.dayCare, site.monday, {1, 3}, PlacementKind::YouthCare).isEmpty());
    site.close();
    const CliRun run = runCliWith({QStringLiteral("fit"), site.path, QStringLiteral("--birth-date"), iso(birth),
                                   QStringLiteral("--days"), QStringLiteral("ma,wo"), QStringLiteral("--from"), iso(site.monday),
                                   QStringLiteral("--group"), QStringLiteral("Dolfijnen"), QStringLiteral("--youth-care"),
                                   QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray fits = fitsOf(run);
    REQUIRE(fits.size() == 1);
    const QJsonObject fit = fits.first().toObject();
    CHECK(fit.keys() == QStringList{QStringLiteral("earliest_start"), QStringLiteral("group"), QStringLiteral("location"),
                                    QStringLiteral("reasons")});
    CHECK(fit.value(QStringLiteral("group")).toString() == QStringLiteral("Dolfijnen"));
    CHECK(fit.value(QStringLiteral("location")).toString() == QStringLiteral("De Haven"));
    // The seat is taken through Wednesday, its planned end; from Thursday every Monday and Wednesday fits.
    CHECK(fit.value(QStringLiteral("earliest_start")).toString() == iso(firstEnd.addDays(1)));
    const QString reason = fit.value(QStringLiteral("reasons")).toArray().first().toString();
    CHECK(reason.contains(QStringLiteral("youth-care seats")));
    CHECK_FALSE(reason.contains(QStringLiteral("Anna")));
    // A regular place is free at once.
    const CliRun regular = runCliWith({QStringLiteral("fit"), site.path, QStringLiteral("--birth-date"), iso(birth),
                                       QStringLiteral("--days"), QStringLiteral("ma,wo"), QStringLiteral("--times"),
                                       QStringLiteral("08:00-17:30"), QStringLiteral("--from"), iso(site.monday),
                                       QStringLiteral("--group"), QStringLiteral("dolfijnen"), QStringLiteral("--json")});
    CHECK(fitsOf(regular).first().toObject().value(QStringLiteral("earliest_start")).toString() == iso(site.monday));
}

TEST_CASE("fit: a place frees the day after the last full week before a child turns 4", "[capacity][fit]")
{
    CapacitySite site;
    const QDate fourthBirthday = site.monday.addDays(73); // a Thursday
    REQUIRE(site.place(site.child(QStringLiteral("Oudste"), fourthBirthday.addYears(-4)), site.dayCare, site.monday, {1}).isEmpty());
    for (const char *name : {"Bas", "Cas", "Daan"})
        REQUIRE(site.place(site.child(QString::fromLatin1(name), site.monday.addMonths(-14)), site.dayCare, site.monday, {1}).isEmpty());
    capacity::FitWish wish;
    wish.birthDate = site.monday.addMonths(-12);
    wish.days = {{1, {480, 1050}}};
    wish.from = site.monday;
    wish.groupId = site.dayCare;
    const auto data = capacity::CapacityData::load(*site.db, site.monday);
    const QList<capacity::GroupFit> fits = capacity::earliestFits(data, wish);
    REQUIRE(fits.size() == 1);
    CHECK(fits.first().earliestStart == site.monday.addDays(71)); // the Tuesday after the last full Monday
    // The door agrees: the day before is refused, that day allowed.
    const Id eva = site.child(QStringLiteral("Eva"), wish.birthDate);
    CHECK_FALSE(site.place(eva, site.dayCare, site.monday.addDays(70), {1}).isEmpty());
    CHECK(site.place(eva, site.dayCare, site.monday.addDays(71), {1}).isEmpty());
}

TEST_CASE("fit: an age range reached later, and a care type that never fits", "[capacity][fit]")
{
    CapacitySite site;
    const QDate birth = site.monday.addMonths(-20);
    site.close();
    const CliRun run = runCliWith({QStringLiteral("fit"), site.path, QStringLiteral("--birth-date"), iso(birth),
                                   QStringLiteral("--days"), QStringLiteral("di,do"), QStringLiteral("--from"), iso(site.monday),
                                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray fits = fitsOf(run);
    // Day care and pre-school suit a child of 20 months within 24 months; out-of-school care never does.
    REQUIRE(fits.size() == 2);
    CHECK(fits.at(0).toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Dolfijnen"));
    CHECK(fits.at(0).toObject().value(QStringLiteral("earliest_start")).toString() == iso(site.monday));
    const QJsonObject preschool = fits.at(1).toObject();
    CHECK(preschool.value(QStringLiteral("group")).toString() == QStringLiteral("Parelvissers"));
    CHECK(preschool.value(QStringLiteral("earliest_start")).toString() == iso(firstDayAgedMonths(birth, 24)));
    CHECK(preschool.value(QStringLiteral("reasons")).toArray().first().toString().contains(QStringLiteral("24 to 48 months")));
    // Asked for by name, the out-of-school group answers null with its reason.
    const CliRun named = runCliWith({QStringLiteral("fit"), site.path, QStringLiteral("--birth-date"), iso(birth),
                                     QStringLiteral("--days"), QStringLiteral("di,do"), QStringLiteral("--from"), iso(site.monday),
                                     QStringLiteral("--group"), QStringLiteral("Zeehonden"), QStringLiteral("--json")});
    const QJsonObject bso = fitsOf(named).first().toObject();
    CHECK(bso.value(QStringLiteral("earliest_start")).isNull());
    CHECK(bso.value(QStringLiteral("reasons")).toArray().first().toString().contains(QStringLiteral("Out-of-school care")));
}

TEST_CASE("fit: nothing within 24 months, an expected baby, closed days and bad input", "[capacity][fit]")
{
    CapacitySite site;
    for (const char *name : {"Aap", "Beer", "Cobra", "Das"})
        REQUIRE(site.place(site.child(QString::fromLatin1(name), site.monday.addMonths(-3)), site.dayCare, site.monday, {2}).isEmpty());
    capacity::FitWish wish;
    wish.birthDate = site.monday.addMonths(1); // expected
    wish.days = {PlacementDay{2, TimeRange{}}};
    wish.from = site.monday;
    wish.groupId = site.dayCare;
    const auto data = capacity::CapacityData::load(*site.db, site.monday);
    capacity::GroupFit fit = capacity::earliestFits(data, wish).first();
    CHECK(fit.earliestStart.isNull());
    CHECK(fit.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("No room within 24 months")));
    // Wednesday is free from its birth on; Saturday the location is closed.
    wish.days = {PlacementDay{3, TimeRange{}}};
    CHECK(capacity::earliestFits(data, wish).first().earliestStart == wish.birthDate);
    wish.days = {PlacementDay{6, TimeRange{}}};
    fit = capacity::earliestFits(data, wish).first();
    CHECK(fit.earliestStart.isNull());
    CHECK(fit.reasons == QStringList{QStringLiteral("The location is closed on Saturday.")});
    // Bad input: one line, exit 2.
    site.close();
    for (const QStringList &bad : {QStringList{QStringLiteral("--birth-date"), QStringLiteral("2026-02-30"), QStringLiteral("--days"), QStringLiteral("ma")},
                                   QStringList{QStringLiteral("--birth-date"), QStringLiteral("2026-02-01"), QStringLiteral("--days"), QStringLiteral("maandag")},
                                   QStringList{QStringLiteral("--birth-date"), QStringLiteral("2026-02-01"), QStringLiteral("--days"), QStringLiteral("ma"),
                                               QStringLiteral("--group"), QStringLiteral("Walvissen")}}) {
        const CliRun run = runCliWith(QStringList{QStringLiteral("fit"), site.path} + bad + QStringList{QStringLiteral("--json")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("fit: a waiting-list child with a referral asks for a seat within its referral", "[capacity][fit]")
{
    CapacitySite site;
    const Id child = site.child(QStringLiteral("Fenna"), site.monday.addMonths(-30));
    site.referral(child, site.monday.addDays(21), site.monday.addMonths(9));
    WaitingListEntry entry;
    entry.childId = child;
    entry.wishedStart = site.monday;
    entry.days = weekdayBit(1) | weekdayBit(2);
    entry.preferredGroupId = site.preschool;
    const auto data = capacity::CapacityData::load(*site.db, site.monday);
    const capacity::FitWish wish = capacity::wishOf(data, entry);
    CHECK(wish.youthCare);
    const capacity::GroupFit fit = capacity::earliestFits(data, wish).first();
    CHECK(fit.group == QStringLiteral("Parelvissers"));
    CHECK(fit.earliestStart == site.monday.addDays(21));
}

TEST_CASE("fit: a place promised later counts until that child leaves the age range", "[capacity][fit]")
{
    CapacitySite site;
    // Tuesday's four regular places: three toddlers staying for years, and from week 10 an older
    // child until the day before its 4th birthday, eight months from now.
    for (const char *name : {"Aap", "Beer", "Cobra"})
        REQUIRE(site.place(site.child(QString::fromLatin1(name), site.monday.addMonths(-14)), site.dayCare, site.monday, {2}).isEmpty());
    const QDate olderBirth = site.monday.addMonths(-40);
    REQUIRE(site.place(site.child(QStringLiteral("Oudere"), olderBirth), site.dayCare, site.monday.addDays(70), {2}).isEmpty());
    capacity::FitWish wish;
    wish.birthDate = site.monday.addMonths(-12);
    wish.days = {{2, {480, 1050}}};
    wish.from = site.monday;
    wish.groupId = site.dayCare;
    const auto data = capacity::CapacityData::load(*site.db, site.monday);
    const capacity::GroupFit fit = capacity::earliestFits(data, wish).first();
    // Free now, but not for as long as the child would stay: from the day after the older child's
    // last Tuesday.
    QDate lastTuesday = firstDayAgedMonths(olderBirth, 48).addDays(-1);
    while (lastTuesday.dayOfWeek() != 2)
        lastTuesday = lastTuesday.addDays(-1);
    CHECK(fit.earliestStart == lastTuesday.addDays(1));
    CHECK(fit.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("No room until")));
    const Id eva = site.child(QStringLiteral("Eva"), wish.birthDate);
    CHECK_FALSE(site.place(eva, site.dayCare, site.monday, {2}).isEmpty());
    CHECK_FALSE(site.place(eva, site.dayCare, lastTuesday, {2}).isEmpty());
    CHECK(site.place(eva, site.dayCare, lastTuesday.addDays(1), {2}).isEmpty());
}

TEST_CASE("fit: a child past the age range, a youth-care wish where no seat is kept", "[capacity][fit]")
{
    CapacitySite site;
    {
        Transaction t(*site.db);
        site.addGroup(QStringLiteral("Kwallen"), CareType::DayCare, 0, 24, 8, 0);
        t.commit();
    }
    capacity::FitWish wish;
    const auto data = capacity::CapacityData::load(*site.db, site.monday);
    wish.birthDate = site.monday.addMonths(-40); // day care suits, the baby group's 0 to 24 months not
    wish.days = {{1, {}}};
    wish.from = site.monday;
    wish.groupId = data.groupsInOrder().at(0).id;
    REQUIRE(data.groupsInOrder().at(0).name == QStringLiteral("Kwallen"));
    const capacity::GroupFit fit = capacity::earliestFits(data, wish).first();
    CHECK(fit.earliestStart.isNull());
    CHECK(fit.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("past the group's age range (0 to 24 months)")));

    wish.birthDate = site.monday.addMonths(-10);
    wish.youthCare = true;
    wish.groupId = NoId;
    const QList<capacity::GroupFit> fits = capacity::earliestFits(data, wish);
    // The two day-care groups (Kwallen keeps no seats, Dolfijnen two) and pre-school from 24 months.
    REQUIRE(fits.size() == 3);
    CHECK(fits.at(2).earliestStart == firstDayAgedMonths(wish.birthDate, 24));
    CHECK(fits.at(1).group == QStringLiteral("Dolfijnen"));
    CHECK(fits.at(1).earliestStart == site.monday);
    CHECK(fits.at(0).group == QStringLiteral("Kwallen"));
    CHECK(fits.at(0).earliestStart.isNull());
    CHECK(fits.at(0).reasons == QStringList{QStringLiteral("Kwallen keeps no youth-care seats.")});
}
