#include "catch.h"
#include "clirunner.h"
#include "demodb.h"

#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "roster/rostercheck.h"
#include "roster/shiftwarnings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

namespace {

constexpr int at(int hour, int minute = 0) { return hour * 60 + minute; }
const QDate Monday(2026, 11, 23);

// One day-care group open 07:30-18:30 with six children aged 1 on Monday (two professionals needed).
struct Week {
    TempDir tmp;
    std::unique_ptr<Database> db;
    Id group = NoId;
    QList<Id> children;

    Week()
    {
        auto opened = Database::open(tmp.file(QStringLiteral("w.samenplan")), Database::Mode::CreateNew);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        Location l;
        l.name = QStringLiteral("Het Nest");
        l.lrkNumber = QStringLiteral("555566667777");
        for (int day = 1; day <= 5; ++day)
            l.openingHours[day - 1] = TimeRange{at(7, 30), at(18, 30)};
        Group g;
        g.locationId = LocationRepository(*db).insert(l);
        g.name = QStringLiteral("Mussen");
        g.maxChildren = 16;
        group = GroupRepository(*db).insert(g);
        for (int i = 0; i < 6; ++i) {
            Child c;
            c.firstName = QStringLiteral("Kind%1").arg(i);
            c.lastName = QStringLiteral("Nest");
            c.birthDate = Monday.addMonths(-18);
            const Id id = ChildRepository(*db).insert(c);
            Placement p;
            p.childId = id;
            p.groupId = group;
            p.start = Monday.addMonths(-1);
            p.days = {{1, TimeRange{at(7, 30), at(18, 30)}}};
            PlacementRepository(*db).insert(p);
            children.append(id);
        }
    }

    Id staff(const QString &name, StaffRole role = StaffRole::Pedagogue, int contractHours = 36)
    {
        Staff s;
        s.name = name;
        s.role = role;
        s.contractMinutesPerWeek = contractHours * 60;
        return StaffRepository(*db).insert(s);
    }

    Id shift(Id staffId, int from, int to, QList<TimeRange> breaks = {}, const QDate &date = Monday)
    {
        Shift s;
        s.staffId = staffId;
        s.groupId = group;
        s.date = date;
        s.hours = TimeRange{from, to};
        s.breaks = breaks;
        return ShiftRepository(*db).insert(s);
    }

    QList<roster::Violation> check()
    {
        const IsoWeek week = IsoWeek::containing(Monday);
        return roster::checkWeek(planning::PlanningData::load(*db, week.monday(), week.day(7)),
                                 StaffRepository(*db).allFixedFaces(), week);
    }
};

QStringList ruleCodes(const QList<roster::Violation> &violations, bool includeWithinAllowance = false)
{
    QStringList result;
    for (const roster::Violation &v : violations) {
        if (includeWithinAllowance || !v.withinAllowance)
            result << v.rule;
    }
    return result;
}

} // namespace

TEST_CASE("a fully staffed day has nothing to report but fixed faces", "[roster][check]")
{
    Week w;
    const Id anna = w.staff(QStringLiteral("Anna"));
    const Id bram = w.staff(QStringLiteral("Bram"));
    w.shift(anna, at(7, 30), at(18, 30));
    w.shift(bram, at(7, 30), at(18, 30));
    for (Id child : w.children)
        StaffRepository(*w.db).setFixedFaces(child, {anna, bram});
    CHECK(ruleCodes(w.check(), true).isEmpty());
}

TEST_CASE("ratio per quarter hour with breaks: within the allowance, beyond it, below half", "[roster][check]")
{
    Week w;
    const Id anna = w.staff(QStringLiteral("Anna"));
    const Id bram = w.staff(QStringLiteral("Bram"));
    w.shift(anna, at(7, 30), at(18, 30), {TimeRange{at(12), at(12, 30)}});
    w.shift(bram, at(8, 30), at(18, 30), {TimeRange{at(13), at(13, 30)}});
    auto violations = w.check();
    // 07:30-08:30 (60), 12:00-12:30 and 13:00-13:30: 120 minutes below the ratio, within 180.
    REQUIRE(ruleCodes(violations, true).count(roster::rule::Ratio) == 3);
    CHECK(ruleCodes(violations).isEmpty() == false); // fixed faces are missing
    for (const roster::Violation &v : violations) {
        if (v.rule == roster::rule::Ratio) {
            CHECK(v.withinAllowance);
            CHECK(v.required == 2);
            CHECK(v.present == 1);
        }
    }
    CHECK_FALSE(ruleCodes(violations).contains(roster::rule::DeviationBudget));

    // Bram goes home at 15:00: 3.5 hours more below the ratio.
    Week late;
    const Id carla = late.staff(QStringLiteral("Carla"));
    const Id daan = late.staff(QStringLiteral("Daan"));
    late.shift(carla, at(7, 30), at(18, 30));
    late.shift(daan, at(7, 30), at(15));
    violations = late.check();
    CHECK(ruleCodes(violations).contains(roster::rule::DeviationBudget));
    CHECK(ruleCodes(violations).contains(roster::rule::Ratio));

    // Nobody from 12:00 to 12:15: below half.
    Week empty;
    const Id eva = empty.staff(QStringLiteral("Eva"));
    empty.shift(eva, at(7, 30), at(12));
    empty.shift(empty.staff(QStringLiteral("Fatma")), at(12, 15), at(18, 30));
    violations = empty.check();
    bool belowHalfAtNoon = false;
    for (const roster::Violation &v : violations) {
        if (v.rule == roster::rule::BelowHalf && v.time == TimeRange{at(12), at(12, 15)})
            belowHalfAtNoon = v.present == 0 && v.required == 2;
    }
    CHECK(belowHalfAtNoon);
}

TEST_CASE("double bookings, absences, contract hours and a trainee alone", "[roster][check]")
{
    Week w;
    const Id anna = w.staff(QStringLiteral("Anna"), StaffRole::Pedagogue, 8);
    w.shift(anna, at(7, 30), at(13));
    w.shift(anna, at(12), at(18, 30));
    Absence sick;
    sick.staffId = anna;
    sick.kind = AbsenceKind::Sick;
    sick.start = sick.end = Monday;
    sick.hours = TimeRange{at(17), at(18)};
    AbsenceRepository(*w.db).insert(sick);
    const Id trainee = w.staff(QStringLiteral("Tess"), StaffRole::Trainee);
    w.shift(trainee, at(9), at(17), {}, Monday.addDays(1)); // Tuesday: a trainee and no pedagogue
    const QStringList found = ruleCodes(w.check());
    CHECK(found.contains(roster::rule::DoubleBooking));
    CHECK(found.contains(roster::rule::Absence));
    CHECK(found.contains(roster::rule::ContractHours));
    CHECK(found.contains(roster::rule::TraineeAlone));
}

TEST_CASE("fixed faces and the youth-care pedagogue's presence", "[roster][check]")
{
    Week w;
    const Id anna = w.staff(QStringLiteral("Anna"));
    const Id bram = w.staff(QStringLiteral("Bram"));
    const Id cees = w.staff(QStringLiteral("Cees"));
    w.shift(anna, at(7, 30), at(18, 30));
    w.shift(bram, at(7, 30), at(18, 30));
    for (Id child : w.children)
        StaffRepository(*w.db).setFixedFaces(child, {cees}); // Cees is not on the group on Monday
    auto violations = w.check();
    CHECK(ruleCodes(violations).count(roster::rule::FixedFaces) == 6);

    // A youth-care child on the group needs the youth-care pedagogue four hours.
    YouthCareProvider provider;
    provider.name = QStringLiteral("Jeugdhulp Test");
    const Id providerId = ProviderRepository(*w.db).insert(provider);
    Referral referral{NoId, w.children.first(), providerId, QStringLiteral("T-1"), Monday.addMonths(-1), Monday.addMonths(8), NoId, NoId, {}};
    ReferralRepository(*w.db).insert(referral);
    Placement youth = PlacementRepository(*w.db).ofChild(w.children.first()).first();
    youth.kind = PlacementKind::YouthCare;
    PlacementRepository(*w.db).update(youth);
    CHECK(ruleCodes(w.check()).contains(roster::rule::YouthCarePresence));
    const Id daan = w.staff(QStringLiteral("Daan"), StaffRole::YouthCarePedagogue);
    w.shift(daan, at(8, 30), at(12, 30));
    CHECK_FALSE(ruleCodes(w.check()).contains(roster::rule::YouthCarePresence));
}

TEST_CASE("samenplan-cli check --json lists the violations with the contract's fields", "[roster][check][cli]")
{
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    const CliRun quiet = runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                     QStringLiteral("--json")});
    REQUIRE(quiet.exitCode == 0);
    const QJsonArray week48 = QJsonDocument::fromJson(quiet.out.toUtf8()).object().value(QStringLiteral("violations")).toArray();
    REQUIRE_FALSE(week48.isEmpty());
    for (const QJsonValue &value : week48) {
        const QJsonObject item = value.toObject();
        CHECK(item.value(QStringLiteral("rule")).toString() == QStringLiteral("ratio"));
        CHECK(item.value(QStringLiteral("within_allowance")).toBool());
        CHECK(item.value(QStringLiteral("severity")).toString() == QStringLiteral("allowed"));
        CHECK(item.contains(QStringLiteral("group")));
        CHECK(item.contains(QStringLiteral("date")));
        CHECK(item.contains(QStringLiteral("from")));
        CHECK(item.contains(QStringLiteral("to")));
        CHECK(item.value(QStringLiteral("required")).toInt() > item.value(QStringLiteral("present")).toInt());
        CHECK_FALSE(item.value(QStringLiteral("message")).toString().isEmpty());
    }
    // Week 49: Sanne covers for Jeroen on his sick day and works above her contract.
    const CliRun next = runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W49"),
                                    QStringLiteral("--json")});
    const QJsonArray week49 = QJsonDocument::fromJson(next.out.toUtf8()).object().value(QStringLiteral("violations")).toArray();
    bool overtime = false;
    for (const QJsonValue &value : week49) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("rule")).toString() == QStringLiteral("contract-hours"))
            overtime = item.value(QStringLiteral("staff")).toString() == QStringLiteral("Sanne Bos")
                && item.value(QStringLiteral("severity")).toString() == QStringLiteral("advice");
        CHECK(severityFromCode(item.value(QStringLiteral("severity")).toString()).has_value());
    }
    CHECK(overtime);

    CHECK(runCliWith({QStringLiteral("check"), path}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-48")}).exitCode == 2);
    CHECK(runCliWith({QStringLiteral("check"), tmp.file(QStringLiteral("none.samenplan")), QStringLiteral("--week"),
                      QStringLiteral("2026-W48")}).exitCode == 2);
}

TEST_CASE("a shift outside the opening hours or over another is kept with a warning", "[roster][check]")
{
    Week w;
    const Id anna = w.staff(QStringLiteral("Anna"));
    w.shift(anna, at(7, 30), at(12));
    const IsoWeek week = IsoWeek::containing(Monday);
    const auto data = planning::PlanningData::load(*w.db, week.monday(), week.day(7));
    Shift early;
    early.staffId = anna;
    early.groupId = w.group;
    early.date = Monday;
    early.hours = TimeRange{at(6, 30), at(9)};
    const QStringList warnings = roster::shiftWarnings(data, early);
    CHECK(warnings.size() == 2); // overlaps the morning shift, starts before opening
    Shift saturday = early;
    saturday.date = Monday.addDays(5);
    CHECK(roster::shiftWarnings(data, saturday).contains(QStringLiteral("The location is closed that day.")));
    Shift fine = early;
    fine.hours = TimeRange{at(12), at(18)};
    CHECK(roster::shiftWarnings(data, fine).isEmpty());
}

TEST_CASE("out-of-school care since July 2024 meets the ratio over the location's groups together", "[roster][check]")
{
    Week w; // its group is day care; add two out-of-school groups at the same location
    const Id location = samenplan::GroupRepository(*w.db).find(w.group)->locationId;
    auto bso = [&](const QString &name) {
        samenplan::Group g;
        g.locationId = location;
        g.name = name;
        g.careType = samenplan::CareType::OutOfSchool;
        g.minAgeMonths = 48;
        g.maxAgeMonths = 156;
        g.maxChildren = 30;
        return samenplan::GroupRepository(*w.db).insert(g);
    };
    const Id big = bso(QStringLiteral("Avonturiers"));
    const Id small = bso(QStringLiteral("Bikkels"));
    auto child = [&](Id group, int i) {
        samenplan::Child c;
        c.firstName = QStringLiteral("Bso%1").arg(i);
        c.lastName = QStringLiteral("Kind");
        c.birthDate = Monday.addYears(-8);
        samenplan::Placement p;
        p.childId = samenplan::ChildRepository(*w.db).insert(c);
        p.groupId = group;
        p.start = Monday.addMonths(-1);
        p.days = {{1, TimeRange{at(15), at(18)}}};
        samenplan::PlacementRepository(*w.db).insert(p);
    };
    for (int i = 0; i < 13; ++i)
        child(big, i);
    child(small, 99);
    // Two professionals on the big group, none on the small one: 14 children aged 8 need 2 together.
    for (const QString &name : {QStringLiteral("Ans"), QStringLiteral("Bo")}) {
        Shift s;
        s.staffId = w.staff(name);
        s.groupId = big;
        s.date = Monday;
        s.hours = TimeRange{at(14, 30), at(18, 30)};
        ShiftRepository(*w.db).insert(s);
    }
    for (const roster::Violation &v : w.check())
        CHECK_FALSE((v.groupId != w.group && (v.rule == roster::rule::Ratio || v.rule == roster::rule::BelowHalf)));

    // Two full groups together pass 30 children: still allowed, with enough staff no items.
    for (int i = 0; i < 19; ++i)
        child(small, 200 + i);
    for (const QString &name : {QStringLiteral("Cas"), QStringLiteral("Dex")}) {
        Shift s;
        s.staffId = w.staff(name);
        s.groupId = small;
        s.date = Monday;
        s.hours = TimeRange{at(14, 30), at(18, 30)};
        ShiftRepository(*w.db).insert(s);
    }
    for (const roster::Violation &v : w.check())
        CHECK_FALSE((v.groupId != w.group && (v.rule == roster::rule::Ratio || v.rule == roster::rule::BelowHalf)));
}

TEST_CASE("issue 11: a ratio item never spans a change in the number present", "[roster][check][cli]")
{
    // The demo with Samira El Idrissi absent 26-29 November: on Thursday Rupsjes has nobody until
    // Fleur de Boer starts at 09:00, then one professional.
    TempDir tmp;
    const QString path = makeDemoDatabase(tmp);
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        Absence away;
        away.staffId = StaffRepository(*opened.database).findByName(QStringLiteral("Samira El Idrissi"))->id;
        away.kind = AbsenceKind::Sick;
        away.start = QDate(2026, 11, 26);
        away.end = QDate(2026, 11, 29);
        AbsenceRepository(*opened.database).insert(away);
    }
    const CliRun run = runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("violations")).toArray();
    QStringList thursdayRatio;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("group")).toString() != QStringLiteral("Rupsjes")
            || item.value(QStringLiteral("date")).toString() != QStringLiteral("2026-11-26"))
            continue;
        const QString rule = item.value(QStringLiteral("rule")).toString();
        if (rule == QStringLiteral("ratio") || rule == QStringLiteral("ratio-below-half"))
            thursdayRatio << QStringLiteral("%1 %2-%3 %4/%5")
                                 .arg(rule, item.value(QStringLiteral("from")).toString(), item.value(QStringLiteral("to")).toString())
                                 .arg(item.value(QStringLiteral("present")).toInt())
                                 .arg(item.value(QStringLiteral("required")).toInt());
    }
    // Nobody until Fleur starts at 09:00 (one child needs one professional until 08:00, then the
    // group needs two); Fleur alone after, nobody during her break. Each span keeps its numbers.
    thursdayRatio.sort();
    CHECK(thursdayRatio == QStringList{QStringLiteral("ratio 07:30-08:00 0/1"), QStringLiteral("ratio 08:00-09:00 0/2"),
                                       QStringLiteral("ratio 09:00-13:00 1/2"), QStringLiteral("ratio 13:00-13:30 0/2"),
                                       QStringLiteral("ratio 13:30-16:30 1/2"),
                                       QStringLiteral("ratio-below-half 07:30-08:00 0/1"),
                                       QStringLiteral("ratio-below-half 08:00-09:00 0/2"),
                                       QStringLiteral("ratio-below-half 13:00-13:30 0/2")});
}

TEST_CASE("every item has a severity: violation, allowed or advice", "[roster][check]")
{
    Week w;
    const Id anna = w.staff(QStringLiteral("Anna"), StaffRole::Pedagogue, 8);
    const Id bram = w.staff(QStringLiteral("Bram"));
    w.shift(anna, at(7, 30), at(18, 30));
    w.shift(bram, at(8, 30), at(18, 30));
    auto severityOf = [](const QList<roster::Violation> &items, const QString &code) {
        QList<Severity> found;
        for (const roster::Violation &v : items) {
            if (v.rule == code)
                found << v.severity;
        }
        return found;
    };
    // 07:30-08:30 below the ratio within the allowance; no fixed faces registered; Anna above contract.
    auto items = w.check();
    CHECK(severityOf(items, roster::rule::Ratio) == QList<Severity>{Severity::Allowed});
    CHECK(severityOf(items, roster::rule::FixedFaces) == QList<Severity>(6, Severity::Advice));
    CHECK(severityOf(items, roster::rule::ContractHours) == QList<Severity>{Severity::Advice});

    // Fixed faces Bram and a colleague who is not there on Monday: Bram is ill, so the day is
    // allowed with a stand-in; before that, a day without a fixed face is a violation.
    const Id cees = w.staff(QStringLiteral("Cees"));
    for (Id child : w.children)
        StaffRepository(*w.db).setFixedFaces(child, {bram, cees});
    CHECK(severityOf(w.check(), roster::rule::FixedFaces).isEmpty());
    Absence ill;
    ill.staffId = bram;
    ill.kind = AbsenceKind::Sick;
    ill.start = ill.end = Monday;
    ill.id = AbsenceRepository(*w.db).insert(ill);
    items = w.check();
    CHECK(severityOf(items, roster::rule::FixedFaces) == QList<Severity>(6, Severity::Allowed));
    CHECK(severityOf(items, roster::rule::Absence) == QList<Severity>{Severity::Violation});
    // Anna alone all day with Bram ill: beyond the three-hour rule, every shortfall is a violation.
    for (Severity severity : severityOf(items, roster::rule::Ratio))
        CHECK(severity == Severity::Violation);
    CHECK(severityOf(items, roster::rule::DeviationBudget) == QList<Severity>{Severity::Violation});
    // Away for training is no illness or leave: the day has no fixed face.
    ill.kind = AbsenceKind::Training;
    AbsenceRepository(*w.db).update(ill);
    CHECK(severityOf(w.check(), roster::rule::FixedFaces) == QList<Severity>(6, Severity::Violation));
}

TEST_CASE("a professional with two shifts at once counts once on the floor", "[roster][check]")
{
    Week w;
    const Id anna = w.staff(QStringLiteral("Anna"));
    const Id bram = w.staff(QStringLiteral("Bram"));
    w.shift(anna, at(7, 30), at(18, 30));
    w.shift(anna, at(7, 30), at(12, 30)); // entered twice by mistake
    w.shift(bram, at(12, 30), at(18, 30));
    bool morning = false;
    for (const roster::Violation &v : w.check()) {
        if (v.rule == roster::rule::Ratio && v.time == TimeRange{at(7, 30), at(12, 30)})
            morning = v.present == 1 && v.required == 2;
    }
    CHECK(morning);
    // Two shifts that meet at noon keep her on the floor without a gap.
    Week split;
    const Id carla = split.staff(QStringLiteral("Carla"));
    const Id daan = split.staff(QStringLiteral("Daan"));
    split.shift(carla, at(7, 30), at(12, 10));
    split.shift(carla, at(12, 10), at(18, 30));
    split.shift(daan, at(7, 30), at(18, 30));
    for (const roster::Violation &v : split.check())
        CHECK(v.rule != roster::rule::Ratio);
}
