// Replacements for an absent colleague (issue 14 item 5): ranked, qualified only, free, within
// their contract hours, and what each does to the ratio.

#include "catch.h"
#include "demodb.h"

#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "roster/replacement.h"

using namespace samenplan;

namespace {

const IsoWeek Week48{2026, 48};
const QDate Thursday = Week48.day(4);

struct Demo {
    TempDir tmp;
    std::unique_ptr<Database> db;

    Demo()
    {
        auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
        REQUIRE(opened.database);
        db = std::move(opened.database);
    }
    const Staff staff(const QString &name) const { return *StaffRepository(*db).findByName(name); }
    Absence sick(const QString &name, const QDate &day) const
    {
        Absence away;
        away.staffId = staff(name).id;
        away.kind = AbsenceKind::Sick;
        away.start = away.end = day;
        return away;
    }
    planning::PlanningData week() const { return planning::PlanningData::load(*db, Week48.monday(), Week48.day(7)); }
    QList<roster::ReplacementNeed> needs(const Absence &absence) const
    {
        return roster::replacementNeeds(week(), StaffRepository(*db).allFixedFaces(), absence);
    }
};

// Every option is someone who may and can take the span: the rules of the header, one by one.
void checkQualifiedAndFree(const planning::PlanningData &data, const roster::ReplacementNeed &need, const Absence &absence)
{
    const Group *group = data.group(need.absentShift.groupId);
    REQUIRE(group);
    for (const roster::ReplacementOption &option : need.options) {
        INFO(option.name.toStdString());
        const Staff *person = data.staffMember(option.staffId);
        REQUIRE(person);
        CHECK(person->id != absence.staffId);
        CHECK(person->countsTowardRatio());
        CHECK((!group->preschoolEducation || person->qualifiedPreschool));
        CHECK(option.shift.groupId == group->id);
        CHECK(option.shift.date == need.absentShift.date);
        CHECK(option.shift.hours.from >= need.span.from);
        CHECK(option.shift.hours.to <= need.span.to);
        CHECK(option.shift.workedMinutes() >= 60);
        CHECK(option.weekMinutes + option.shift.workedMinutes() <= person->contractMinutesPerWeek);
        for (const Shift &other : data.shifts) {
            if (other.staffId == person->id && other.date == option.shift.date)
                CHECK_FALSE(other.hours.overlaps(option.shift.hours));
        }
        CHECK_FALSE(data.staffAbsentAt(person->id, option.shift.date, option.shift.hours));
        CHECK(option.shortSlotsAfter <= option.shortSlotsBefore);
        CHECK_FALSE(option.explanation.isEmpty());
    }
}

QStringList names(const roster::ReplacementNeed &need)
{
    QStringList result;
    for (const roster::ReplacementOption &option : need.options)
        result << option.name;
    return result;
}

} // namespace

TEST_CASE("a sick pedagogue in the demo gets ranked replacements who are qualified, free and within contract", "[roster][replacement]")
{
    Demo demo;
    const Absence absence = demo.sick(QStringLiteral("Jeroen Visser"), Thursday);
    const auto data = demo.week();
    const QList<roster::ReplacementNeed> needs = demo.needs(absence);
    REQUIRE(needs.size() == 1); // his early shift on the Vlinders
    const roster::ReplacementNeed &need = needs.first();
    CHECK(need.span == TimeRange{7 * 60 + 30, 16 * 60 + 30});
    CHECK(need.shortSlots > 0); // without him the Vlinders are short in the morning
    checkQualifiedAndFree(data, need, absence);

    const QStringList offered = names(need);
    INFO(offered.join(QStringLiteral(", ")).toStdString());
    REQUIRE_FALSE(offered.isEmpty());
    // Never those who do not count for the ratio or are busy all day.
    for (const char *never : {"Ingrid Mulder", "Daan Hoekstra", "Fatima Bouzid", "Esther Kok", "Hanna Verbeek",
                              "Ayşe Yılmaz", "Samira El Idrissi", "Fleur de Boer"})
        CHECK_FALSE(offered.contains(QString::fromUtf8(never)));
    // Sanne is free all Thursday with two contract hours left; she gets the first two hours.
    REQUIRE(offered.contains(QStringLiteral("Sanne Bos")));
    const roster::ReplacementOption sanne = need.options.at(offered.indexOf(QStringLiteral("Sanne Bos")));
    CHECK(sanne.shift.hours == TimeRange{7 * 60 + 30, 9 * 60 + 30});
    CHECK(sanne.shortSlotsAfter < sanne.shortSlotsBefore);
    // Most of the span first; a trainee after a qualified colleague covering as much.
    for (int i = 1; i < need.options.size(); ++i)
        CHECK(need.options.at(i - 1).shift.hours.minutes() >= need.options.at(i).shift.hours.minutes());
}

TEST_CASE("a fixed face of the group's children ranks first", "[roster][replacement]")
{
    Demo demo;
    const Absence absence = demo.sick(QStringLiteral("Jeroen Visser"), Thursday);
    const auto before = demo.needs(absence);
    REQUIRE(before.size() == 1);
    REQUIRE(before.first().options.size() >= 2);
    const roster::ReplacementOption last = before.first().options.last();
    CHECK(last.fixedFaceChildren == 0);

    // Make the last-ranked colleague a fixed face of a child on the Vlinders that Thursday.
    const auto data = demo.week();
    const auto present = data.childrenPresent(before.first().absentShift.groupId, Thursday);
    REQUIRE_FALSE(present.isEmpty());
    StaffRepository(*demo.db).setFixedFaceChildren(last.staffId, {present.first().childId});
    const auto after = demo.needs(absence);
    REQUIRE_FALSE(after.first().options.isEmpty());
    CHECK(after.first().options.first().staffId == last.staffId);
    CHECK(after.first().options.first().fixedFaceChildren == 1);
    CHECK(after.first().options.first().explanation.contains(QStringLiteral("fixed face")));
}

TEST_CASE("a trainee is offered only beside a qualified colleague, a VE group only qualified staff", "[roster][replacement]")
{
    Demo demo;
    // Noa, a trainee, counts for the ratio where marked so.
    Staff noa = demo.staff(QStringLiteral("Noa Peeters"));
    REQUIRE(noa.role == StaffRole::Trainee);
    noa.countsForRatio = true;
    StaffRepository(*demo.db).update(noa);
    const Absence jeroen = demo.sick(QStringLiteral("Jeroen Visser"), Week48.day(2));
    // Tuesday: Noa works 9:00-17:00 on the Vlinders herself, so she is free before nine, beside Ayşe.
    auto needs = demo.needs(jeroen);
    REQUIRE(needs.size() == 1);
    checkQualifiedAndFree(demo.week(), needs.first(), jeroen);
    const QStringList offered = names(needs.first());
    REQUIRE(offered.contains(QStringLiteral("Noa Peeters")));
    const roster::ReplacementOption trainee = needs.first().options.at(offered.indexOf(QStringLiteral("Noa Peeters")));
    CHECK(trainee.trainee);
    CHECK(trainee.shift.hours == TimeRange{7 * 60 + 30, 9 * 60});

    // Ayşe, the other qualified pedagogue on the Vlinders, away too: no trainee may stand in alone.
    Absence ayse = demo.sick(QStringLiteral("Ayşe Yılmaz"), Week48.day(2));
    AbsenceRepository(*demo.db).insert(ayse);
    needs = demo.needs(jeroen);
    REQUIRE(needs.size() == 1);
    CHECK_FALSE(names(needs.first()).contains(QStringLiteral("Noa Peeters")));

    // Priya on the VE group (Zonnestraal): only VE-qualified colleagues.
    const Absence priya = demo.sick(QStringLiteral("Priya Ramdin"), Week48.day(1));
    const auto ve = demo.needs(priya);
    REQUIRE(ve.size() == 1);
    checkQualifiedAndFree(demo.week(), ve.first(), priya);
    for (const roster::ReplacementOption &option : ve.first().options)
        CHECK(demo.staff(option.name).qualifiedPreschool);
}

TEST_CASE("a part-day absence leaves only its part uncovered, a stored absence is not counted twice", "[roster][replacement]")
{
    Demo demo;
    Absence doctor = demo.sick(QStringLiteral("Jeroen Visser"), Thursday);
    doctor.kind = AbsenceKind::Other;
    doctor.hours = TimeRange{13 * 60, 16 * 60 + 30};
    auto needs = demo.needs(doctor);
    REQUIRE(needs.size() == 1);
    CHECK(needs.first().span == TimeRange{13 * 60, 16 * 60 + 30});
    const QStringList unsaved = names(needs.first());

    doctor.id = AbsenceRepository(*demo.db).insert(doctor);
    needs = demo.needs(doctor);
    REQUIRE(needs.size() == 1);
    CHECK(names(needs.first()) == unsaved);

    // An absence on a day without shifts leaves nothing uncovered.
    CHECK(demo.needs(demo.sick(QStringLiteral("Jeroen Visser"), Week48.day(3))).isEmpty());
}
