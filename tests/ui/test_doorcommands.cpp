// The GUI's undo commands write through the change layer: a change the rules refuse is reported,
// not stored and not put on the undo stack; an undo that the data no longer allows (another client
// changed it meanwhile) is refused the same way and leaves the file as it is.

#include "core/changes/doorsite.h"

#include "commands/placementcommands.h"
#include "commands/recordcommands.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/referralrepository.h"
#include "shell/document.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {
const TimeRange Morning{480, 780};

struct DoorDocument {
    DoorSite site;
    QList<Id> seated;
    std::unique_ptr<Document> document;

    DoorDocument()
    {
        for (const char *name : {"Aap", "Beer", "Cobra", "Das"}) {
            Id id = NoId;
            REQUIRE(site.place(DoorSite::placement(site.child(QString::fromLatin1(name), true), site.group, site.monday, {1},
                                                   Morning, PlacementKind::YouthCare), NoId, &id).isEmpty());
            seated << id;
        }
        site.db.reset(); // the document opens the file itself
        QString error;
        document = Document::open(site.path, false, &error);
        REQUIRE(document);
    }
    const Database &db() const { return document->database(); }
    // A child of three with an active referral, added as another client would (not on the stack).
    Id youthCareChild(const QString &name) const
    {
        Transaction t(db());
        Child c;
        c.firstName = name;
        c.lastName = QStringLiteral("Test");
        c.birthDate = site.monday.addYears(-3);
        const Id id = changes::add(db(), c);
        Referral r;
        r.childId = id;
        r.providerId = site.provider;
        r.reference = QStringLiteral("R-") + name;
        r.start = site.monday;
        r.plannedEnd = site.monday.addMonths(9);
        changes::add(db(), r);
        t.commit();
        return id;
    }
    int placements() const { return int(PlacementRepository(db()).all().size()); }
};

} // namespace

TEST_CASE("a placement command the rules refuse is reported and not stored or stacked", "[gui][undo][door]")
{
    DoorDocument d;
    const Id fifth = d.youthCareChild(QStringLiteral("Egel"));
    QSignalSpy failed(d.document.get(), &Document::changeFailed);
    d.document->undoStack()->push(new PlaceChildCommand(d.document.get(), QStringLiteral("Egel"), QStringLiteral("Parelvissers"),
                                                        DoorSite::placement(fifth, d.site.group, d.site.monday, {1}, Morning,
                                                                            PlacementKind::YouthCare), std::nullopt));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("5 children in youth-care seats")));
    CHECK(d.document->undoStack()->count() == 0);
    CHECK(d.placements() == 4);

    // On Tuesday it fits: stored, undone, redone.
    d.document->undoStack()->push(new PlaceChildCommand(d.document.get(), QStringLiteral("Egel"), QStringLiteral("Parelvissers"),
                                                        DoorSite::placement(fifth, d.site.group, d.site.monday, {2}, Morning,
                                                                            PlacementKind::YouthCare), std::nullopt));
    CHECK(d.placements() == 5);
    d.document->undoStack()->undo();
    CHECK(d.placements() == 4);
    d.document->undoStack()->redo();
    CHECK(d.placements() == 5);
}

TEST_CASE("record commands meet the door's rules: fewer seats, a referral a seat relies on", "[gui][undo][door]")
{
    DoorDocument d;
    QSignalSpy failed(d.document.get(), &Document::changeFailed);
    const Group before = *GroupRepository(d.db()).find(d.site.group);
    Group fewer = before;
    fewer.youthCareSeats = 2;
    d.document->undoStack()->push(new ChangeRecordCommand<Group>(d.document.get(), QStringLiteral("seats"), before, fewer));
    REQUIRE(failed.count() == 1);
    CHECK(failed.last().first().toString().contains(QStringLiteral("4 children in youth-care seats")));
    CHECK(GroupRepository(d.db()).find(d.site.group)->youthCareSeats == 4);

    const Referral referral = ReferralRepository(d.db()).all().first();
    d.document->undoStack()->push(new RemoveRecordCommand<Referral>(d.document.get(), QStringLiteral("remove"), referral));
    REQUIRE(failed.count() == 2);
    CHECK(ReferralRepository(d.db()).find(referral.id));
    CHECK(d.document->undoStack()->count() == 0);
}

TEST_CASE("an undo that another change made impossible is refused and leaves the file as it is", "[gui][undo][door]")
{
    DoorDocument d;
    // Move Aap out of the group: a seat comes free on Monday.
    const Placement aap = *PlacementRepository(d.db()).find(d.seated.first());
    Placement moved = aap;
    moved.groupId = d.site.other;
    moved.start = d.site.monday.addDays(7);
    d.document->undoStack()->push(new PlaceChildCommand(d.document.get(), QStringLiteral("Aap"), QStringLiteral("Zeesterren"),
                                                        moved, aap));
    REQUIRE(d.placements() == 5);
    // Another client takes the free seat from the same day on.
    {
        const Id egel = d.youthCareChild(QStringLiteral("Egel"));
        Transaction t(d.db());
        changes::PlacementChanges door(d.db());
        planning::PlacementProposal proposal;
        proposal.placement = DoorSite::placement(egel, d.site.group, d.site.monday.addDays(7), {1}, Morning, PlacementKind::YouthCare);
        door.place(proposal);
        t.commit();
    }
    auto placementRows = [&] {
        QStringList rows;
        for (const Placement &p : PlacementRepository(d.db()).all())
            rows << QStringLiteral("%1 %2 %3 %4").arg(p.id).arg(p.groupId).arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate));
        return rows;
    };
    const QStringList before = placementRows();
    QSignalSpy failed(d.document.get(), &Document::changeFailed);
    d.document->undoStack()->undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("youth-care seats")));
    CHECK(placementRows() == before);
    CHECK(d.document->undoStack()->count() == 0);
}
