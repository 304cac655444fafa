#pragma once
// A location for the capacity tests, built through the change layer: a day-care group of 6 (2
// youth-care seats, so 4 regular places), a pre-school group of 8 (4 seats) and an out-of-school
// group, open Monday to Friday 07:30-18:30; children, referrals and placements added per test.

#include "catch.h"
#include "tempdir.h"

#include "changes/placementchanges.h"
#include "changes/recordchanges.h"
#include "persistence/database.h"
#include "util/clock.h"

#include <memory>

struct CapacitySite {
    TempDir tmp;
    QString path = tmp.file(QStringLiteral("capacity.samenplan"));
    std::unique_ptr<samenplan::Database> db;
    samenplan::Id location = samenplan::NoId;
    samenplan::Id dayCare = samenplan::NoId;
    samenplan::Id preschool = samenplan::NoId;
    samenplan::Id outOfSchool = samenplan::NoId;
    samenplan::Id provider = samenplan::NoId;
    // A Monday well ahead of today, so every date of the tests lies in the future.
    QDate monday = samenplan::IsoWeek::containing(QDate::currentDate().addDays(70)).monday();

    CapacitySite()
    {
        using namespace samenplan;
        auto opened = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        Transaction t(*db);
        Location l;
        l.name = QStringLiteral("De Haven");
        l.lrkNumber = QStringLiteral("222233334444");
        for (int day = 1; day <= 5; ++day)
            l.openingHours[day - 1] = TimeRange{450, 1110};
        location = changes::add(*db, l);
        dayCare = addGroup(QStringLiteral("Dolfijnen"), CareType::DayCare, 0, 48, 6, 2);
        preschool = addGroup(QStringLiteral("Parelvissers"), CareType::Preschool, 24, 48, 8, 4);
        outOfSchool = addGroup(QStringLiteral("Zeehonden"), CareType::OutOfSchool, 48, 156, 20, 4);
        YouthCareProvider p;
        p.name = QStringLiteral("Jeugdhulp Haven");
        provider = changes::add(*db, p);
        t.commit();
    }

    // Lets go of the file, so that samenplan-cli may open it.
    void close() { db.reset(); }

    samenplan::Id addGroup(const QString &name, samenplan::CareType type, int minMonths, int maxMonths, int size, int seats) const
    {
        samenplan::Group g;
        g.locationId = location;
        g.name = name;
        g.careType = type;
        g.minAgeMonths = minMonths;
        g.maxAgeMonths = maxMonths;
        g.maxChildren = size;
        g.youthCareSeats = seats;
        return samenplan::changes::add(*db, g);
    }

    samenplan::Id child(const QString &name, const QDate &birth) const
    {
        using namespace samenplan;
        Transaction t(*db);
        Child c;
        c.firstName = name;
        c.lastName = QStringLiteral("Test");
        c.birthDate = birth;
        const Id id = changes::add(*db, c);
        t.commit();
        return id;
    }

    samenplan::Id referral(samenplan::Id childId, const QDate &start, const QDate &plannedEnd) const
    {
        using namespace samenplan;
        Transaction t(*db);
        Referral r;
        r.childId = childId;
        r.providerId = provider;
        r.reference = QStringLiteral("R-%1").arg(childId);
        r.start = start;
        r.plannedEnd = plannedEnd;
        const Id id = changes::add(*db, r);
        t.commit();
        return id;
    }

    // Places through the door; returns the refusal's message, or empty.
    QString place(samenplan::Id childId, samenplan::Id groupId, const QDate &start, QList<int> weekdays,
                  samenplan::PlacementKind kind = samenplan::PlacementKind::Regular,
                  samenplan::TimeRange hours = {480, 1050}, const QDate &end = {}) const
    {
        using namespace samenplan;
        Placement p;
        p.childId = childId;
        p.groupId = groupId;
        p.start = start;
        p.end = end;
        p.kind = kind;
        for (int day : weekdays)
            p.days.append({day, hours});
        try {
            Transaction t(*db);
            changes::PlacementChanges door(*db);
            planning::PlacementProposal proposal;
            proposal.placement = p;
            door.place(proposal);
            t.commit();
            return {};
        } catch (const ChangeRefused &refused) {
            return refused.message().isEmpty() ? QStringLiteral("(refused)") : refused.message();
        }
    }
};
