#pragma once
// Groups: for the shown week, every group of the location as a card with its children per weekday,
// the regular places and youth-care seats in use per moment, the professionals required and the
// warnings; beside it the waiting list and the children without a group. Drag a child onto a
// group (or use the context menus) to place or move it; double-click a child to edit its placement.
// The placing itself is the PlacementFlow's (ui/groups/); setting up locations and groups is the
// SetupActions' (ui/setup/); an empty file shows the next step to take. The chooser at the top can
// show a stored what-if scenario instead of the plan (groups/boardwhatif.h): read-only, its changes
// marked on the cards, nothing to print.

#include "groups/childdrag.h"
#include "placement/placementrules.h"
#include "planning/planningdata.h"
#include "views/plannerview.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QListView;
class QScrollArea;
class QMenu;

namespace samenplan::ui {

class BoardGuide;
class GroupCard;
class PlacementFlow;
class SetupActions;
class UnplacedModel;

class GroupsView : public PlannerView {
    Q_OBJECT
public:
    explicit GroupsView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("groups"); }
    QString title() const override { return tr("Groups"); }
    QIcon icon() const override;
    int cardCount() const;
    QList<GroupCard *> cards() const;
    UnplacedModel *unplacedModel() const { return m_unplaced; }
    BoardGuide *guide() const { return m_guide; }
    PlacementFlow *flow() const { return m_flow; }
    SetupActions *setup() const { return m_setup; }
    // Organisations with several locations show one location's board at a time.
    void setLocation(Id locationId);
    Id location() const { return m_locationId; }
    bool handles(RecordLink::Kind kind) const override { return kind == RecordLink::Kind::Group; }
    // Shows the group's location and scrolls its card into view.
    bool showRecord(const RecordLink &link) override;

    // The proposal a drop of this child on this group starts from, and what the rules say of it.
    planning::PlacementProposal proposalFor(const ChildDrag &drag, Id groupId) const;
    Outcome evaluate(const planning::PlacementProposal &proposal) const;
    // Stores the placement as one undoable change; false (and nothing changed) when refused.
    bool place(const planning::PlacementProposal &proposal);
    // Shows the stored scenario of that name instead of the plan; empty: the plan.
    void showWhatIf(const QString &scenario);
    QString whatIf() const { return m_whatIfName; }
    QComboBox *whatIfChooser() const { return m_whatIf; }

protected:
    void reload() override;
    void clear() override;

private:
    QWidget *sidePanel();
    void fillLocationMenu();
    void previewGroupList(Id groupId);
    void saveGroupListPdf(Id groupId);

    QLabel *m_heading;
    QComboBox *m_location;
    QComboBox *m_whatIf;
    QLabel *m_whatIfNote;
    QString m_whatIfName;
    QMenu *m_locationMenu;
    Id m_locationId = NoId;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_cards;
    BoardGuide *m_guide;
    QGridLayout *m_grid;
    QListView *m_unplacedView;
    QLabel *m_nothingToPlace;
    UnplacedModel *m_unplaced;
    PlacementFlow *m_flow;
    SetupActions *m_setup;
    planning::PlanningData m_plan;
    QList<WaitingListEntry> m_waitingList;
};

} // namespace samenplan::ui
