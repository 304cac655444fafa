// Demo children: placements that fit the groups' ages and sizes on the anchor week, four
// youth-care toddlers in Zonnestraal's seats and four children in Kompas's treatment programme.

#include "demo/demobuilder.h"

#include "changes/recordchanges.h"
#include "util/clock.h"

namespace samenplan::demo {

namespace {

constexpr WeekdayMask Mo = 1, Tu = 2, We = 4, Th = 8, Fr = 16;

struct DemoChild {
    const char *first;
    const char *last;
    int ageMonths;
    WeekdayMask days;
    int fromHour, fromMinute, toHour, toMinute;
};

} // namespace

void DemoBuilder::addChildren()
{
    const QDate longAgo = m_monday.addMonths(-3);
    // The youngest age each group takes: a child joins three months ago, or on reaching that age.
    const QHash<QString, int> minimumAge{{QStringLiteral("Zonnestraal"), 30}, {QStringLiteral("Kompas"), 72}};
    auto addGroup = [&](const QString &group, std::initializer_list<DemoChild> children, PlacementKind kind) {
        int offset = 0;
        for (const DemoChild &c : children) {
            offset += 3;
            const Id id = addChild(QString::fromUtf8(c.first), QString::fromUtf8(c.last), c.ageMonths, offset);
            const QDate born = m_monday.addMonths(-c.ageMonths).addDays(-offset);
            const QDate start = std::max(longAgo, born.addMonths(minimumAge.value(group)));
            place(id, group, c.days, TimeRange{c.fromHour * 60 + c.fromMinute, c.toHour * 60 + c.toMinute}, kind, start);
        }
    };
    addGroup(QStringLiteral("Rupsjes"),
             {{"Mila", "de Groot", 4, Mo | Tu | Th, 8, 0, 17, 30},
              {"Luuk", "Bakker", 7, Mo | We | Fr, 8, 30, 17, 0},
              {"Noor", "Hendriks", 9, Tu | We | Th, 7, 45, 16, 30},
              {"Sem", "Vermeulen", 11, Mo | Tu | We | Th, 8, 0, 18, 0},
              {"Zara", "Amrani", 13, Mo | Th | Fr, 8, 15, 17, 15},
              {"Finn", "Koster", 15, Tu | We | Fr, 8, 0, 17, 30},
              {"Lina", "Çelik", 18, Mo | Tu | Th | Fr, 7, 30, 16, 0},
              {"Jesse", "van Dam", 21, We | Th, 8, 30, 17, 30}},
             PlacementKind::Regular);
    addGroup(QStringLiteral("Vlinders"),
             {{"Emma", "Willems", 10, Mo | Tu | We, 8, 0, 17, 30},
              {"Adam", "Benali", 16, Mo | Th | Fr, 7, 45, 17, 0},
              {"Julia", "Dekker", 20, Tu | We | Th, 8, 30, 18, 0},
              {"Daan", "Mertens", 25, Mo | Tu | Fr, 8, 0, 17, 30},
              {"Sara", "Tahiri", 28, We | Th | Fr, 8, 15, 16, 45},
              {"Levi", "Brouwer", 31, Mo | Tu | We | Th, 7, 30, 17, 0},
              {"Fenna", "Postma", 34, Mo | We | Fr, 8, 0, 17, 30},
              {"Ravi", "Jagesar", 37, Tu | Th, 8, 30, 17, 45},
              {"Yara", "de Wit", 40, Mo | Tu | Th | Fr, 8, 0, 17, 0},
              {"Milan", "Kuipers", 42, We | Fr, 8, 0, 18, 15},
              {"Liv", "Schouten", 44, Mo | Tu | We, 7, 45, 16, 30}},
             PlacementKind::Regular);
    addGroup(QStringLiteral("Zonnestraal"),
             {{"Nova", "Verhoeven", 31, Mo | Tu | Th, 8, 30, 12, 30},
              {"Ilyas", "Haddou", 33, Mo | We | Th, 8, 30, 12, 30},
              {"Evi", "Maas", 34, Tu | We | Th, 8, 30, 12, 30},
              {"Jayden", "Soekhoe", 36, Mo | Tu | We, 8, 30, 12, 30},
              {"Hanna", "Smits", 38, Mo | Tu | Th, 8, 30, 12, 30},
              {"Omar", "Saidi", 39, Mo | We | Th, 8, 30, 12, 30},
              {"Isa", "van Leeuwen", 41, Tu | We | Th, 8, 30, 12, 30},
              {"Tijn", "Bosman", 42, Mo | Tu | We | Th, 8, 30, 12, 30},
              {"Amira", "Lahlou", 43, Mo | Tu | Th, 8, 30, 12, 30},
              {"Bram", "Huisman", 45, We | Th, 8, 30, 12, 30}},
             PlacementKind::Regular);
    addGroup(QStringLiteral("Kompas"),
             {{"Lotte", "van Wijk", 80, Mo | Tu | Th, 14, 0, 18, 30},
              {"Mohammed", "El Amrani", 86, Mo | We | Th, 14, 0, 18, 30},
              {"Saar", "Timmermans", 91, Tu | Th | Fr, 14, 0, 18, 0},
              {"Jens", "Hoekstra", 98, Mo | Tu | We | Th, 15, 15, 18, 30},
              {"Esmee", "Kramer", 104, We | Fr, 14, 0, 18, 30},
              {"Noah", "Pinas", 110, Mo | Tu | Th, 14, 0, 18, 30},
              {"Maud", "Wouters", 117, Tu | We | Th, 15, 15, 18, 0},
              {"Thijs", "Jacobs", 125, Mo | Th | Fr, 14, 0, 18, 30}},
             PlacementKind::Regular);

    // Youth-care toddlers in Zonnestraal's four seats, each with an active referral. One
    // trajectory ends four weeks after the anchor week's Monday, so the planner is warned.
    const DemoChild toddlers[] = {{"Kiki", "Boateng", 32, Mo | Tu | Th, 8, 30, 12, 30},
                                  {"Rayan", "Aksoy", 35, Mo | We | Th, 8, 30, 12, 30},
                                  {"Sophie", "Mulders", 38, Tu | We | Th, 8, 30, 12, 30},
                                  {"Ties", "van den Berg", 40, Mo | Tu | We | Th, 8, 30, 12, 30}};
    const int toddlerStartMonths[] = {2, 4, 6, 0};
    int index = 0;
    for (const DemoChild &c : toddlers) {
        const Id id = addChild(QString::fromUtf8(c.first), QString::fromUtf8(c.last), c.ageMonths, 7 + index);
        const QDate start = index == 3 ? m_monday.addDays(28).addMonths(-9) : m_monday.addMonths(-toddlerStartMonths[index]);
        addReferral(id, start, QStringLiteral("JH-2026-%1").arg(4101 + index));
        place(id, QStringLiteral("Zonnestraal"), c.days, TimeRange{c.fromHour * 60 + c.fromMinute, c.toHour * 60 + c.toMinute},
              PlacementKind::YouthCare, start);
        ++index;
    }
    // After-school treatment programme in Kompas: after school, the warm meal, home.
    const DemoChild treated[] = {{"Dylan", "Rijkaard", 84, Mo | Tu | We | Th, 14, 0, 18, 30},
                                 {"Aya", "Bouali", 95, Mo | Tu | Th | Fr, 14, 0, 18, 30},
                                 {"Stijn", "de Jong", 107, Tu | We | Th | Fr, 14, 0, 18, 30},
                                 {"Jade", "Sedney", 121, Mo | We | Fr, 14, 0, 18, 30}};
    index = 0;
    for (const DemoChild &c : treated) {
        const Id id = addChild(QString::fromUtf8(c.first), QString::fromUtf8(c.last), c.ageMonths, 11 + index);
        const QDate start = m_monday.addMonths(-(1 + 2 * index));
        addReferral(id, start, QStringLiteral("JH-2026-%1").arg(4201 + index));
        place(id, QStringLiteral("Kompas"), c.days, TimeRange{c.fromHour * 60 + c.fromMinute, c.toHour * 60 + c.toMinute},
              PlacementKind::YouthCare, start);
        ++index;
    }

    // Waiting list: two children without a group yet.
    WaitingListEntry baby;
    baby.childId = addChild(QStringLiteral("Olivia"), QStringLiteral("Vos"), 3, 2);
    baby.wishedStart = m_monday.addDays(42);
    baby.days = Mo | We;
    baby.preferredGroupId = m_groups.value(QStringLiteral("Rupsjes"));
    baby.priority = 2;
    baby.note = QStringLiteral("Moeder start weer met werken");
    changes::add(m_db, baby);
    WaitingListEntry toddler;
    toddler.childId = addChild(QStringLiteral("Yusuf"), QStringLiteral("Aydın"), 29, 5);
    toddler.wishedStart = m_monday.addDays(21);
    toddler.days = Tu | Th;
    toddler.preferredGroupId = m_groups.value(QStringLiteral("Zonnestraal"));
    toddler.priority = 1;
    toddler.note = QStringLiteral("VE-indicatie via consultatiebureau");
    changes::add(m_db, toddler);

    // Fixed faces of the day-care children.
    const QList<Id> babyFaces{m_staff.value(QStringLiteral("Samira El Idrissi")), m_staff.value(QStringLiteral("Fleur de Boer"))};
    for (Id child : m_childrenOfGroup.value(QStringLiteral("Rupsjes")))
        changes::setFixedFacesOfChild(m_db, child, babyFaces);
    const QList<Id> toddlerFaces{m_staff.value(QStringLiteral("Jeroen Visser")), m_staff.value(QString::fromUtf8("Ayşe Yılmaz"))};
    for (Id child : m_childrenOfGroup.value(QStringLiteral("Vlinders")))
        changes::setFixedFacesOfChild(m_db, child, toddlerFaces);
    const QList<Id> preschoolFaces{m_staff.value(QStringLiteral("Priya Ramdin")), m_staff.value(QStringLiteral("Lotte Jansen"))};
    for (Id child : m_childrenOfGroup.value(QStringLiteral("Zonnestraal")))
        changes::setFixedFacesOfChild(m_db, child, preschoolFaces);
}

} // namespace samenplan::demo
