// Property: whatever sequence of changes is sent through the door (places, moves, edits, ends,
// removals, smaller groups, shorter referrals; many of them refused), the stored state never has a
// moment with more youth-care children than seats or more regular children than regular places, as
// the occupancy report (an independent reader of the stored data) counts them.

#include "doorsite.h"

#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "placement/occupancy.h"
#include "planning/planningdata.h"

#include <random>

using namespace samenplan;

namespace {

struct RandomDoor {
    DoorSite &site;
    std::mt19937 random;
    QList<Id> children;
    QList<Id> groups;
    int accepted = 0;
    int refused = 0;

    int pick(int from, int to) { return std::uniform_int_distribution<int>(from, to)(random); }

    TimeRange hours()
    {
        // Quarter hours mostly, now and then an odd minute; within 07:30-18:30.
        const int from = 450 + pick(0, 36) * 15 + (pick(0, 4) == 0 ? pick(1, 14) : 0);
        const int to = std::min(1110, from + 60 + pick(0, 32) * 15);
        return {from, to};
    }

    Placement randomPlacement()
    {
        Placement p;
        p.childId = children.at(pick(0, int(children.size()) - 1));
        p.groupId = groups.at(pick(0, int(groups.size()) - 1));
        p.start = site.monday.addDays(pick(0, 8) * 7 + pick(0, 4));
        if (pick(0, 2) == 0)
            p.end = p.start.addDays(pick(7, 70));
        const TimeRange same = hours();
        for (int day = 1; day <= 5; ++day) {
            if (pick(0, 2) == 0)
                p.days.append({day, pick(0, 1) ? same : hours()});
        }
        if (p.days.isEmpty())
            p.days.append({pick(1, 5), same});
        p.kind = pick(0, 1) ? PlacementKind::YouthCare : PlacementKind::Regular;
        if (p.kind == PlacementKind::Regular && pick(0, 9) == 0)
            p.seatOverrideReason = QStringLiteral("zusje");
        return p;
    }

    void step()
    {
        Transaction transaction(*site.db);
        changes::PlacementChanges door(*site.db);
        const QList<Placement> stored = PlacementRepository(*site.db).all();
        try {
            const int kind = stored.isEmpty() ? 0 : pick(0, 7);
            if (kind <= 2) {
                planning::PlacementProposal proposal;
                proposal.placement = randomPlacement();
                door.place(proposal);
            } else if (kind == 3) { // move
                const Placement &from = stored.at(pick(0, int(stored.size()) - 1));
                planning::PlacementProposal proposal;
                proposal.placement = randomPlacement();
                proposal.placement.childId = from.childId;
                proposal.replacesPlacementId = from.id;
                door.place(proposal);
            } else if (kind == 4) { // other days and times
                Placement edited = stored.at(pick(0, int(stored.size()) - 1));
                edited.days = randomPlacement().days;
                door.update(edited);
            } else if (kind == 5) {
                const Placement &p = stored.at(pick(0, int(stored.size()) - 1));
                door.end(p.id, p.start.addDays(pick(-3, 40)));
            } else if (kind == 6) {
                door.remove(stored.at(pick(0, int(stored.size()) - 1)).id);
            } else { // a group with other limits
                Group group = *GroupRepository(*site.db).find(groups.at(pick(0, int(groups.size()) - 1)));
                group.maxChildren = pick(3, 10);
                group.youthCareSeats = pick(0, std::min(5, group.maxChildren));
                changes::update(*site.db, group);
            }
            transaction.commit();
            ++accepted;
        } catch (const ChangeRefused &) {
            ++refused; // rolled back
        }
    }

    // The occupancy report's flags for every weekday of the span.
    QStringList flags() const
    {
        const QDate from = site.monday, to = site.monday.addDays(7 * 20);
        const planning::PlanningData data = planning::PlanningData::load(*site.db, from, to);
        QStringList found;
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            if (date.dayOfWeek() > 5)
                continue;
            for (const planning::GroupOccupancy &occupancy : planning::occupancyOn(data, date)) {
                for (const planning::OccupancyWarning &w : occupancy.warnings) {
                    const bool countBreach = w.rule == planning::occupancyrule::RegularPlaces
                        || (w.rule == planning::occupancyrule::YouthCareSeats && w.childId == NoId);
                    if (countBreach)
                        found << date.toString(Qt::ISODate) + QLatin1Char(' ') + occupancy.group + QStringLiteral(": ") + w.message;
                }
            }
        }
        return found;
    }
};

} // namespace

TEST_CASE("no sequence of changes through the door leaves a group over its places or seats", "[door][property]")
{
    int accepted = 0, refused = 0;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        DoorSite site;
        RandomDoor door{site, std::mt19937(seed), {}, {site.group, site.other}};
        for (int i = 0; i < 12; ++i)
            door.children << site.child(QStringLiteral("Kind%1").arg(i), i % 2 == 0);
        for (int step = 0; step < 60; ++step) {
            door.step();
            if (step % 10 == 9) {
                const QStringList flags = door.flags();
                INFO("seed " << seed << ", after step " << step << ": " << flags.join(QStringLiteral("\n")).toStdString());
                REQUIRE(flags.isEmpty());
            }
        }
        accepted += door.accepted;
        refused += door.refused;
    }
    // The sequences exercise both sides of the door.
    CHECK(accepted > 150);
    CHECK(refused > 100);
}
