#include "catch.h"
#include "demodb.h"
#include "demopage.h"

#include "children/referralspage.h"
#include "commands/recordcommands.h"
#include "persistence/childrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "shell/document.h"
#include "views/childrenview.h"
#include "views/searchabletable.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QUndoStack>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

struct Pages : DemoPage<ChildrenView> {
    Referral ties;
    Id tiesChild = NoId;

    Pages()
    {
        for (const Child &c : ChildRepository(document->database()).all()) {
            if (c.firstName == QStringLiteral("Ties"))
                tiesChild = c.id;
        }
        ties = ReferralRepository(document->database()).ofChild(tiesChild).first();
    }
    QList<Placement> placements() const { return PlacementRepository(document->database()).ofChild(tiesChild); }
};

} // namespace

TEST_CASE("the children page has the waiting list, referrals and providers beside it", "[gui][children]")
{
    Pages pages;
    auto *tabs = pages.view.findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->count() == 4);
    CHECK(pages.view.referrals()->table()->visibleRowCount() == 8);
}

TEST_CASE("a trajectory is extended, and undone", "[gui][children]")
{
    Pages pages;
    pages.view.referrals()->extend(pages.ties.id, 3);
    CHECK(ReferralRepository(pages.document->database()).find(pages.ties.id)->plannedEnd == pages.ties.plannedEnd.addMonths(3));
    pages.document->undoStack()->undo();
    CHECK(ReferralRepository(pages.document->database()).find(pages.ties.id)->plannedEnd == pages.ties.plannedEnd);
}

TEST_CASE("a trajectory ends with a follow-up note and its seat placement ends", "[gui][children]")
{
    Pages pages;
    pages.view.referrals()->endTrajectory(pages.ties.id, QStringLiteral("Volgt de buurtactiviteiten"));
    CHECK(ReferralRepository(pages.document->database()).find(pages.ties.id)->followUpNote == QStringLiteral("Volgt de buurtactiviteiten"));
    REQUIRE(pages.placements().size() == 1);
    CHECK(pages.placements().first().end == pages.ties.plannedEnd);
    pages.document->undoStack()->undo();
    CHECK(pages.placements().first().end.isNull());
    CHECK(ReferralRepository(pages.document->database()).find(pages.ties.id)->followUpNote.isEmpty());
}

TEST_CASE("a trajectory continues as a regular placement when a regular place is free", "[gui][children]")
{
    Pages pages;
    const QString problem = pages.view.referrals()->continueAsRegular(pages.ties.id, DemoMonday);
    CHECK(problem.isEmpty());
    const auto after = pages.placements();
    REQUIRE(after.size() == 2);
    for (const Placement &p : after) {
        if (p.kind == PlacementKind::Regular)
            CHECK(p.start == pages.ties.plannedEnd.addDays(1));
        else
            CHECK(p.end == pages.ties.plannedEnd);
    }
    pages.document->undoStack()->undo();
    REQUIRE(pages.placements().size() == 1);
    CHECK(pages.placements().first().kind == PlacementKind::YouthCare);
}

TEST_CASE("removing a provider that referrals still use is refused and reported", "[gui][children]")
{
    Pages pages;
    const YouthCareProvider provider = *ProviderRepository(pages.document->database()).find(pages.ties.providerId);
    QSignalSpy failed(pages.document.get(), &Document::changeFailed);
    pages.document->undoStack()->push(
        new RemoveRecordCommand<YouthCareProvider>(pages.document.get(), QStringLiteral("remove"), provider));
    CHECK(failed.count() == 1);
    CHECK(pages.document->undoStack()->count() == 0);
    CHECK(ProviderRepository(pages.document->database()).find(provider.id));
}
