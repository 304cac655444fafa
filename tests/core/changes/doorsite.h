#pragma once
// A small location for the change layer's tests: a VE group of 8 with 4 youth-care seats, a second
// group, a provider; children, referrals and placements added per test through the door.

#include "catch.h"
#include "enginedb.h"

#include "changes/placementchanges.h"
#include "changes/recordchanges.h"
#include "persistence/database.h"
#include "util/clock.h"

#include <memory>

struct DoorSite {
    EngineDatabase engine;
    QString path = engine.location(QStringLiteral("door.samenplan"));
    std::unique_ptr<samenplan::Database> db;
    samenplan::Id location = samenplan::NoId;
    samenplan::Id group = samenplan::NoId;
    samenplan::Id other = samenplan::NoId;
    samenplan::Id provider = samenplan::NoId;
    // A Monday well in the future, so every date of the tests is ahead of today.
    QDate monday = samenplan::IsoWeek::containing(QDate::currentDate().addDays(70)).monday();

    DoorSite()
    {
        using namespace samenplan;
        auto opened = Database::open(path, Database::Mode::CreateNew);
        REQUIRE(opened.database);
        db = std::move(opened.database);
        Transaction t(*db);
        Location l;
        l.name = QStringLiteral("De Parel");
        l.lrkNumber = QStringLiteral("111122223333");
        for (int day = 1; day <= 5; ++day)
            l.openingHours[day - 1] = TimeRange{450, 1110};
        location = changes::add(*db, l);
        Group g;
        g.locationId = location;
        g.name = QStringLiteral("Parelvissers");
        g.careType = CareType::Preschool;
        g.minAgeMonths = 24;
        g.maxAgeMonths = 48;
        g.maxChildren = 8;
        g.youthCareSeats = 4;
        group = changes::add(*db, g);
        g.name = QStringLiteral("Zeesterren");
        other = changes::add(*db, g);
        YouthCareProvider p;
        p.name = QStringLiteral("Jeugdhulp Test");
        provider = changes::add(*db, p);
        t.commit();
    }

    // A child of about three on the site's Monday.
    samenplan::Id child(const QString &name, bool withReferral = false) const
    {
        using namespace samenplan;
        Transaction t(*db);
        Child c;
        c.firstName = name;
        c.lastName = QStringLiteral("Test");
        c.birthDate = monday.addYears(-3);
        const Id id = changes::add(*db, c);
        if (withReferral) {
            Referral r;
            r.childId = id;
            r.providerId = provider;
            r.reference = QStringLiteral("R-") + name;
            r.start = monday.addDays(-7);
            r.plannedEnd = monday.addMonths(9);
            changes::add(*db, r);
        }
        t.commit();
        return id;
    }

    static samenplan::Placement placement(samenplan::Id childId, samenplan::Id groupId, const QDate &start,
                                          QList<int> weekdays, samenplan::TimeRange hours = {480, 780},
                                          samenplan::PlacementKind kind = samenplan::PlacementKind::Regular)
    {
        samenplan::Placement p;
        p.childId = childId;
        p.groupId = groupId;
        p.start = start;
        p.kind = kind;
        for (int day : weekdays)
            p.days.append({day, hours});
        return p;
    }

    // Places through the door in its own transaction; returns the refusal's message, or empty.
    QString place(const samenplan::Placement &p, samenplan::Id replaces = samenplan::NoId,
                  samenplan::Id *newId = nullptr) const
    {
        using namespace samenplan;
        try {
            Transaction t(*db);
            changes::PlacementChanges door(*db);
            planning::PlacementProposal proposal;
            proposal.placement = p;
            proposal.replacesPlacementId = replaces;
            door.place(proposal, newId);
            t.commit();
            return {};
        } catch (const ChangeRefused &refused) {
            return refused.message().isEmpty() ? QStringLiteral("(refused)") : refused.message();
        }
    }

    int count(const char *table) const
    {
        QSqlQuery q = db->exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }
};
