// Demo roster and coaching: two weeks of shifts that keep the groups at the staff-child ratio most of
// the day (with the usual short dips at opening and closing), one sick day, and a few coaching
// sessions on the job.

#include "demo/demobuilder.h"

#include "changes/recordchanges.h"

namespace samenplan::demo {

void DemoBuilder::addRoster()
{
    constexpr WeekdayMask Mo = 1, Tu = 2, We = 4, Th = 8, Fr = 16;
    struct Pattern {
        const char *staff;
        const char *group; // empty: off the floor
        WeekdayMask days;
        TimeRange hours;
        std::optional<TimeRange> pause;
    };
    // Early and late shifts per day-care group, mornings on the pre-school group, afternoons on
    // the after-school group; Sanne fills the gaps of the four-day contracts. Daan, the youth-care
    // pedagogue, is four hours a day on each group with youth-care children.
    const Pattern patterns[] = {
        {"Samira El Idrissi", "Rupsjes", Mo | Tu | We | Th, hm(7, 30, 16, 30), hm(12, 0, 12, 30)},
        {"Fleur de Boer", "Rupsjes", Tu | We | Th | Fr, hm(9, 0, 18, 30), hm(13, 0, 13, 30)},
        {"Sanne Bos", "Rupsjes", Fr, hm(7, 30, 16, 30), hm(12, 0, 12, 30)},
        {"Sanne Bos", "Rupsjes", Mo, hm(9, 0, 18, 30), hm(13, 0, 13, 30)},
        {"Jeroen Visser", "Vlinders", Mo | Tu | Th | Fr, hm(7, 30, 16, 30), hm(12, 30, 13, 0)},
        {"Sanne Bos", "Vlinders", We, hm(7, 30, 16, 30), hm(12, 30, 13, 0)},
        {"Ayşe Yılmaz", "Vlinders", Mo | Tu | We | Th, hm(9, 0, 18, 30), hm(13, 0, 13, 30)},
        {"Lotte Jansen", "Vlinders", Fr, hm(9, 0, 18, 30), hm(13, 0, 13, 30)},
        {"Noa Peeters", "Vlinders", Tu | We | Th, hm(9, 0, 17, 0), hm(12, 0, 12, 30)},
        {"Priya Ramdin", "Zonnestraal", Mo | Tu | We | Th, hm(8, 15, 12, 45), std::nullopt},
        {"Lotte Jansen", "Zonnestraal", Mo | Tu | We | Th, hm(8, 15, 12, 45), std::nullopt},
        {"Daan Hoekstra", "Zonnestraal", Mo | Tu | We | Th, hm(8, 30, 12, 30), std::nullopt},
        {"Daan Hoekstra", "Kompas", Mo | Tu | We | Th | Fr, hm(14, 0, 18, 0), std::nullopt},
        {"Kevin Martina", "Kompas", Mo | Tu | We | Th, hm(13, 30, 18, 30), std::nullopt},
        {"Kevin Martina", "Kompas", Fr, hm(12, 30, 18, 30), hm(13, 0, 13, 30)},
        {"Marieke Smit", "Kompas", Mo | Tu | We | Th, hm(14, 0, 18, 30), std::nullopt},
        {"Fatima Bouzid", "Kompas", Mo | Tu | We | Th, hm(15, 30, 18, 30), std::nullopt},
        {"Ingrid Mulder", "", We, hm(9, 0, 15, 0), hm(12, 0, 12, 30)},
    };
    const QDate sickDay = m_monday.addDays(8); // Tuesday of the second week
    const QString sick = QStringLiteral("Jeroen Visser");
    for (int week = 0; week < 2; ++week) {
        for (int weekday = 1; weekday <= 5; ++weekday) {
            const QDate date = m_monday.addDays(week * 7 + weekday - 1);
            for (const Pattern &pattern : patterns) {
                if (!(pattern.days & weekdayBit(weekday)))
                    continue;
                QString staff = QString::fromUtf8(pattern.staff);
                if (date == sickDay && staff == sick)
                    staff = QStringLiteral("Sanne Bos"); // Sanne takes over Jeroen's early shift
                addShift(staff, QString::fromUtf8(pattern.group), date, pattern.hours, pattern.pause);
            }
        }
    }
    Absence absence;
    absence.staffId = m_staff.value(sick);
    absence.kind = AbsenceKind::Sick;
    absence.start = sickDay;
    absence.end = sickDay;
    absence.note = QStringLiteral("Ziek gemeld om 06:45");
    changes::add(m_db, absence);
}

void DemoBuilder::addCoaching()
{
    ExternalCoach wendy;
    wendy.name = QStringLiteral("Wendy Pranger");
    wendy.organisation = QStringLiteral("CJG Zuidwest");
    wendy.kind = CoachKind::CentreProfessional;
    wendy.providerId = m_centre;
    wendy.email = QStringLiteral("w.pranger@cjg-zuidwest.example.nl");
    const Id wendyId = changes::add(m_db, wendy);

    auto session = [&](int dayOffset, TimeRange hours, const QString &coach, Id externalCoach, QList<QString> coachees,
                       const QString &group, CoachingKind kind, const QString &goal) {
        CoachingSession s;
        s.date = m_monday.addDays(dayOffset);
        s.hours = hours;
        s.coachStaffId = coach.isEmpty() ? NoId : m_staff.value(coach);
        s.externalCoachId = externalCoach;
        for (const QString &name : coachees)
            s.coacheeIds.append(m_staff.value(name));
        s.groupId = m_groups.value(group);
        s.kind = kind;
        s.goal = goal;
        s.status = dayOffset < 0 ? CoachingStatus::Held : CoachingStatus::Planned;
        return s;
    };
    const QString hanna = QStringLiteral("Hanna Verbeek");
    CoachingSession earlier = session(-6, hm(9, 30, 10, 30), hanna, NoId, {QStringLiteral("Lotte Jansen")},
                                      QStringLiteral("Zonnestraal"), CoachingKind::OnTheJob,
                                      QStringLiteral("Rustmomenten in de kring: signalen van overprikkeling herkennen"));
    earlier.followUp = QStringLiteral("Dagritmekaarten met picto's invoeren");
    changes::add(m_db, earlier);
    CoachingSession onTheJob = session(0, hm(10, 0, 11, 0), hanna, NoId,
                                       {QStringLiteral("Priya Ramdin"), QStringLiteral("Lotte Jansen")},
                                       QStringLiteral("Zonnestraal"), CoachingKind::OnTheJob,
                                       QStringLiteral("Begeleiden bij overgangen tussen activiteiten"));
    onTheJob.notes = QStringLiteral("Observatie tijdens het vrij spel, nabespreking op de groep");
    onTheJob.focusChildId = m_childByFirstName.value(QStringLiteral("Kiki")); // private: never printed
    changes::add(m_db, onTheJob);
    CoachingSession pedagogical = session(3, hm(13, 30, 14, 30), QStringLiteral("Ingrid Mulder"), NoId,
                                          {QStringLiteral("Jeroen Visser")}, // Ayşe stays on the group
                                          QStringLiteral("Vlinders"), CoachingKind::Pedagogical,
                                          QStringLiteral("Video-interactiebegeleiding: beurten geven aan peuters"));
    pedagogical.offFloor = true;
    changes::add(m_db, pedagogical);
    CoachingSession followUp = session(8, hm(9, 30, 10, 30), hanna, NoId, {QStringLiteral("Priya Ramdin")},
                                       QStringLiteral("Zonnestraal"), CoachingKind::OnTheJob,
                                       QStringLiteral("Vervolg: individuele ondersteuning in de groep"));
    changes::add(m_db, followUp);
    CoachingSession cancelled = session(9, hm(10, 0, 11, 0), QString(), wendyId, {QStringLiteral("Noa Peeters")},
                                        QStringLiteral("Vlinders"), CoachingKind::Observation,
                                        QStringLiteral("Observatie taalaanbod aan tweejarigen"));
    cancelled.status = CoachingStatus::Cancelled;
    cancelled.cancelReason = QStringLiteral("Coach ziek; nieuwe datum volgt");
    changes::add(m_db, cancelled);
}

} // namespace samenplan::demo
