// Drops that help, through the board's widgets: a drop that fits opens the placement dialog as it is;
// one refused for a day opens it with the other days and the date all days fit; one refused on its
// start opens it on the first date its days fit; one refused outright (age) says why and offers
// "Place in group...", whose chooser lists every group's verdict and picks the wished group when it
// fits, else the first that does.

#include "core/changes/doorsite.h"

#include "boarddrag.h"
#include "modal.h"

#include "groups/groupchooser.h"
#include "groups/placementdialog.h"
#include "groups/placementflow.h"
#include "persistence/placementrepository.h"
#include "shell/document.h"
#include "views/groupcard.h"
#include "views/groupsview.h"
#include "widgets/datefield.h"
#include "widgets/weekhours.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

// The site of the door tests with Thursday's four regular places taken (Aap leaves after three
// weeks), a babies' group, and a board on the site's Monday.
struct DropBoard {
    DoorSite site;
    Id babies = NoId;
    Id egel = NoId; // three years old, wishes nothing yet
    Id baby = NoId; // eight months old
    std::unique_ptr<Document> document;
    GroupsView view;

    DropBoard()
    {
        int n = 0;
        for (const char *name : {"Aap", "Beer", "Cobra", "Das"}) {
            Placement p = DoorSite::placement(site.child(QString::fromLatin1(name)), site.group, site.monday, {4});
            if (n++ == 0)
                p.end = site.monday.addDays(20);
            REQUIRE(site.place(p).isEmpty());
        }
        egel = site.child(QStringLiteral("Egel"));
        Transaction t(*site.db);
        Group g;
        g.locationId = site.location;
        g.name = QStringLiteral("Baby's");
        g.minAgeMonths = 0;
        g.maxAgeMonths = 24;
        g.maxChildren = 12;
        babies = changes::add(*site.db, g);
        Child b;
        b.firstName = QStringLiteral("Baby");
        b.lastName = QStringLiteral("Test");
        b.birthDate = site.monday.addMonths(-8);
        baby = changes::add(*site.db, b);
        t.commit();
    }
    void open()
    {
        site.db.reset();
        QString error;
        document = Document::open(site.path, false, &error);
        REQUIRE(document);
        view.setDate(site.monday);
        view.setDocument(document.get());
    }
    ~DropBoard() { view.setDocument(nullptr); }
    void wish(Id child, WeekdayMask days, Id group = NoId)
    {
        Transaction t(*site.db);
        WaitingListEntry entry;
        entry.childId = child;
        entry.wishedStart = site.monday;
        entry.days = days;
        entry.preferredGroupId = group;
        changes::add(*site.db, entry);
        t.commit();
    }
    GroupCard *card(Id groupId) const
    {
        for (GroupCard *c : view.cards())
            if (c->groupId() == groupId)
                return c;
        FAIL("no card");
        return nullptr;
    }
    QList<Placement> of(Id child) const { return PlacementRepository(document->database()).ofChild(child); }
    static QList<int> ticked(QWidget *dialog)
    {
        QList<int> days;
        auto *editor = dialog->findChild<WeekHoursEditor *>();
        for (int day = 1; day <= 7; ++day)
            if (editor->dayBox(day) && editor->dayBox(day)->isChecked())
                days << day;
        return days;
    }
};

} // namespace

TEST_CASE("a drop that fits opens the placement dialog as asked", "[gui][drop]")
{
    DropBoard b;
    b.open();
    bool help = true;
    whenModal([&](QWidget *dialog) {
        help = dialog->findChild<QPushButton *>(QStringLiteral("allWishedDays")) != nullptr
            || !static_cast<PlacementDialog *>(dialog)->helpText().isEmpty();
        CHECK(DropBoard::ticked(dialog) == QList<int>{1, 2, 3, 4, 5});
        okButton(dialog)->click();
    });
    dropOn(b.card(b.site.other), b.egel);
    REQUIRE(QTest::qWaitFor([&] { return b.of(b.egel).size() == 1; }, 5000));
    CHECK_FALSE(help);
}

TEST_CASE("a drop refused for one day opens with the other days and the date all days fit", "[gui][drop]")
{
    DropBoard b;
    b.open();
    QString help;
    whenModal([&](QWidget *dialog) {
        auto *placement = static_cast<PlacementDialog *>(dialog);
        help = placement->helpText();
        CHECK(DropBoard::ticked(dialog) == QList<int>{1, 2, 3, 5});
        CHECK(dialog->findChild<DateField *>(QStringLiteral("start"))->date() == b.site.monday);
        REQUIRE(okButton(dialog)->isEnabled());
        // The planner takes all the days from the date they fit instead.
        auto *all = dialog->findChild<QPushButton *>(QStringLiteral("allWishedDays"));
        REQUIRE(all);
        CHECK(all->text().contains(QLocale().toString(b.site.monday.addDays(21), QLocale::ShortFormat)));
        all->click();
        CHECK(DropBoard::ticked(dialog) == QList<int>{1, 2, 3, 4, 5});
        CHECK(placement->verdict().allowed());
        okButton(dialog)->click();
    });
    dropOn(b.card(b.site.group), b.egel);
    REQUIRE(QTest::qWaitFor([&] { return b.of(b.egel).size() == 1; }, 5000));
    CHECK(help.contains(QStringLiteral("Thursday: 5 regular children")));
    CHECK(b.of(b.egel).first().start == b.site.monday.addDays(21));
    CHECK(b.of(b.egel).first().days.size() == 5);
}

TEST_CASE("a drop refused on its start opens on the first date its days fit", "[gui][drop]")
{
    DropBoard b;
    b.wish(b.egel, weekdayBit(4));
    b.open();
    QString help;
    whenModal([&](QWidget *dialog) {
        help = static_cast<PlacementDialog *>(dialog)->helpText();
        CHECK(DropBoard::ticked(dialog) == QList<int>{4});
        CHECK(dialog->findChild<DateField *>(QStringLiteral("start"))->date() == b.site.monday.addDays(21));
        okButton(dialog)->click();
    });
    dropOn(b.card(b.site.group), b.egel);
    REQUIRE(QTest::qWaitFor([&] { return b.of(b.egel).size() == 1; }, 5000));
    CHECK(help.contains(QStringLiteral("Thursday")));
    CHECK(b.of(b.egel).first().start == b.site.monday.addDays(21));
}

TEST_CASE("a drop refused for the child's age says why and offers the groups where it fits", "[gui][drop]")
{
    DropBoard b;
    b.open();
    QString reason, options;
    Id preselected = NoId;
    whenModal([&](QWidget *box) {
        reason = static_cast<QMessageBox *>(box)->text() + QLatin1Char('\n') + static_cast<QMessageBox *>(box)->informativeText();
        whenModal([&](QWidget *chooser) {
            auto *list = chooser->findChild<QListWidget *>();
            for (int row = 0; row < list->count(); ++row)
                options += list->item(row)->text() + QLatin1Char('\n');
            preselected = static_cast<GroupChooserDialog *>(chooser)->chosenGroup();
            whenModal([](QWidget *dialog) { okButton(dialog)->click(); }, chooser);
            okButton(chooser)->click();
        }, box);
        buttonNamed(box, QStringLiteral("Place in group..."))->click();
    });
    dropOn(b.card(b.site.group), b.baby);
    REQUIRE(QTest::qWaitFor([&] { return b.of(b.baby).size() == 1; }, 5000));
    CHECK(reason.contains(QStringLiteral("8 months old")));
    CHECK(reason.contains(QStringLiteral("fits in: Baby's")));
    CHECK(options.contains(QStringLiteral("Baby's — ✓ fits")));
    CHECK(options.contains(QStringLiteral("Parelvissers — ✗ Baby Test is 8 months old")));
    CHECK(preselected == b.babies);
    CHECK(b.of(b.baby).first().groupId == b.babies);
}

TEST_CASE("Place in group picks the wished group when it fits, else the first that fits", "[gui][drop]")
{
    SECTION("the wished group fits")
    {
        DropBoard b;
        b.wish(b.egel, weekdayBit(1), b.site.other);
        b.open();
        Id preselected = NoId;
        whenModal([&](QWidget *chooser) {
            preselected = static_cast<GroupChooserDialog *>(chooser)->chosenGroup();
            chooser->close();
        });
        b.view.flow()->chooseGroup({b.egel, NoId});
        CHECK(preselected == b.site.other);
    }
    SECTION("the wished group is full on the wished day")
    {
        DropBoard b;
        b.wish(b.egel, weekdayBit(4), b.site.group);
        b.open();
        Id preselected = NoId;
        QString options;
        whenModal([&](QWidget *chooser) {
            preselected = static_cast<GroupChooserDialog *>(chooser)->chosenGroup();
            auto *list = chooser->findChild<QListWidget *>();
            for (int row = 0; row < list->count(); ++row)
                options += list->item(row)->text() + QLatin1Char('\n');
            chooser->close();
        });
        b.view.flow()->chooseGroup({b.egel, NoId});
        CHECK(preselected == b.site.other); // Parelvissers is wished, but full on Thursday until week 4
        CHECK(options.contains(QStringLiteral("Parelvissers — ◐ fits from")));
    }
}
