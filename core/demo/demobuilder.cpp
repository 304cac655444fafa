#include "demo/demobuilder.h"

#include "changes/placementchanges.h"
#include "changes/recordchanges.h"

#include "persistence/organisationrepository.h"
#include "util/clock.h"

namespace samenplan::demo {

DemoBuilder::DemoBuilder(const Database &db, const QDate &anchor)
    : m_db(db), m_monday(IsoWeek::containing(anchor).monday())
{
}

void DemoBuilder::addOrganisation()
{
    OrganisationRepository(m_db).setName(QStringLiteral("Stichting Kinderopvang De Boomgaard"));
    Location location;
    location.name = QStringLiteral("Kindcentrum De Zonnewijzer");
    location.lrkNumber = QStringLiteral("184726395012");
    location.address = QStringLiteral("Zonnebloemstraat 12, 2525 KL Den Haag");
    for (int day = 1; day <= 5; ++day)
        location.openingHours[day - 1] = hm(7, 30, 18, 30);
    m_location = changes::add(m_db, location);

    auto group = [this](const QString &name, CareType type, int minMonths, int maxMonths, int max, int seats,
                        const QString &room, bool preschool, const QString &notes) {
        Group g;
        g.locationId = m_location;
        g.name = name;
        g.careType = type;
        g.minAgeMonths = minMonths;
        g.maxAgeMonths = maxMonths;
        g.maxChildren = max;
        g.youthCareSeats = seats;
        g.room = room;
        g.preschoolEducation = preschool;
        g.notes = notes;
        m_groups.insert(name, changes::add(m_db, g));
    };
    group(QStringLiteral("Rupsjes"), CareType::DayCare, 0, 24, 12, 0, QStringLiteral("Babylokaal"), false, {});
    group(QStringLiteral("Vlinders"), CareType::DayCare, 0, 48, 16, 0, QStringLiteral("Lokaal 2"), false, {});
    group(QStringLiteral("Zonnestraal"), CareType::Preschool, 30, 48, 16, 4, QStringLiteral("Lokaal 3"), true,
          QStringLiteral("VE-groep met vier jeugdhulpplekken (Jeugdhulp Horizon)"));
    group(QStringLiteral("Kompas"), CareType::OutOfSchool, 72, 156, 20, 4, QStringLiteral("Buurtkamer"), false,
          QStringLiteral("Naschoolse dagbehandeling: na schooltijd, warme maaltijd, ophalen na het eten"));

    YouthCareProvider provider;
    provider.name = QStringLiteral("Jeugdhulp Horizon");
    provider.kind = ProviderKind::YouthCareProvider;
    provider.trajectoryMonths = 9;
    m_provider = changes::add(m_db, provider);
    YouthCareProvider centre;
    centre.name = QStringLiteral("CJG Zuidwest");
    centre.kind = ProviderKind::YouthFamilyCentre;
    centre.trajectoryMonths = 9;
    m_centre = changes::add(m_db, centre);
}

void DemoBuilder::addStaff()
{
    struct Row {
        const char *name;
        StaffRole role;
        bool provider;
        int hours;
        bool ve;
        bool coach;
    };
    const Row rows[] = {
        {"Samira El Idrissi", StaffRole::Pedagogue, false, 34, false, false},
        {"Fleur de Boer", StaffRole::Pedagogue, false, 36, false, false},
        {"Jeroen Visser", StaffRole::Pedagogue, false, 34, false, false},
        {"Ayşe Yılmaz", StaffRole::Pedagogue, false, 36, false, false},
        {"Sanne Bos", StaffRole::Pedagogue, false, 28, false, false},
        {"Priya Ramdin", StaffRole::Pedagogue, false, 20, true, false},
        {"Lotte Jansen", StaffRole::Pedagogue, false, 28, true, false},
        {"Kevin Martina", StaffRole::Pedagogue, false, 26, false, false},
        {"Marieke Smit", StaffRole::Pedagogue, false, 18, false, false},
        {"Noa Peeters", StaffRole::Trainee, false, 24, false, false},
        {"Ingrid Mulder", StaffRole::Coach, false, 16, true, true},
        {"Daan Hoekstra", StaffRole::YouthCarePedagogue, true, 36, true, false},
        {"Esther Kok", StaffRole::OutreachWorker, true, 24, false, false},
        {"Hanna Verbeek", StaffRole::BehaviouralScientist, true, 16, false, true},
        {"Fatima Bouzid", StaffRole::Volunteer, false, 0, false, false},
    };
    for (const Row &row : rows) {
        Staff s;
        s.name = QString::fromUtf8(row.name);
        s.role = row.role;
        s.employerProviderId = row.provider ? m_provider : NoId;
        s.contractMinutesPerWeek = row.hours * 60;
        s.qualifiedPreschool = row.ve;
        s.qualifiedCoach = row.coach;
        s.locationId = m_location;
        m_staff.insert(s.name, changes::add(m_db, s));
    }
}

Id DemoBuilder::addChild(const QString &first, const QString &last, int ageMonths, int dayOffset)
{
    Child c;
    c.firstName = first;
    c.lastName = last;
    c.birthDate = m_monday.addMonths(-ageMonths).addDays(-dayOffset);
    c.parentName = QStringLiteral("Fam. %1").arg(last);
    c.parentPhone = QStringLiteral("06-%1").arg(20000000 + (ageMonths * 7919 + dayOffset * 104729) % 79999999, 8, 10,
                                               QLatin1Char('0'));
    c.parentEmail = QStringLiteral("ouders.%1@example.nl").arg(last.toLower().remove(QLatin1Char(' ')));
    const Id id = changes::add(m_db, c);
    m_childByFirstName.insert(first, id);
    return id;
}

void DemoBuilder::place(Id child, const QString &group, WeekdayMask days, TimeRange hours, PlacementKind kind,
                        const QDate &start)
{
    Placement p;
    p.childId = child;
    p.groupId = m_groups.value(group);
    p.start = start;
    p.kind = kind;
    for (int day = 1; day <= 5; ++day) {
        if (days & weekdayBit(day))
            p.days.append({day, hours});
    }
    planning::PlacementProposal proposal;
    proposal.placement = p;
    changes::PlacementChanges(m_db).place(proposal);
    m_childrenOfGroup[group].append(child);
}

Id DemoBuilder::addReferral(Id child, const QDate &start, const QString &reference)
{
    Referral r;
    r.childId = child;
    r.providerId = m_provider;
    r.reference = reference;
    r.start = start;
    r.plannedEnd = start.addMonths(9);
    r.outreachWorkerId = m_staff.value(QStringLiteral("Esther Kok"));
    r.behaviouralScientistId = m_staff.value(QStringLiteral("Hanna Verbeek"));
    return changes::add(m_db, r);
}

void DemoBuilder::addShift(const QString &staff, const QString &group, const QDate &date, TimeRange hours,
                           std::optional<TimeRange> pause)
{
    Shift s;
    s.staffId = m_staff.value(staff);
    s.groupId = group.isEmpty() ? NoId : m_groups.value(group);
    s.date = date;
    s.hours = hours;
    if (pause)
        s.breaks.append(*pause);
    changes::add(m_db, s);
}

} // namespace samenplan::demo
