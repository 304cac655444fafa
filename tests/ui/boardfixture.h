#pragma once
// The Groups page on a demo database around DemoMonday, for the board's tests: the view with its
// document, and lookups of groups, children, cards and placements by name.

#include "catch.h"
#include "demodb.h"
#include "demopage.h"

#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "shell/document.h"
#include "views/groupcard.h"
#include "views/groupsview.h"

#include <memory>

namespace samenplan::ui {

struct Board : DemoPage<GroupsView> {
    const Database &db() const { return document->database(); }
    Id groupNamed(const QString &name) const
    {
        for (const Group &g : GroupRepository(document->database()).all()) {
            if (g.name == name)
                return g.id;
        }
        FAIL("no group " << name.toStdString());
        return NoId;
    }
    Id childNamed(const QString &first) const
    {
        for (const Child &c : ChildRepository(document->database()).all()) {
            if (c.firstName == first)
                return c.id;
        }
        FAIL("no child " << first.toStdString());
        return NoId;
    }
    GroupCard *card(Id groupId) const
    {
        for (GroupCard *c : view.cards()) {
            if (c->groupId() == groupId)
                return c;
        }
        FAIL("no card");
        return nullptr;
    }
    QList<Placement> placementsOf(Id childId) const { return PlacementRepository(document->database()).ofChild(childId); }
};

} // namespace samenplan::ui
