#pragma once
// Placing, moving, editing and ending placements from the group board and the Children page: the
// proposal a drop starts from, the rules' verdict (the change layer's own check, kept per group and
// child while the data stays the same, so hovering asks the database once), help for a drop the
// rules refuse as asked (placement/dropadvice.h), the staffing a placement needs, and the dialogs
// that end in one undoable change each.

#include "groups/childdrag.h"
#include "placement/dropadvice.h"
#include "planning/planningdata.h"
#include "roster/staffingimpact.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>

class QWidget;

namespace samenplan::ui {

class Document;

class PlacementFlow : public QObject {
    Q_OBJECT
public:
    explicit PlacementFlow(QWidget *dialogParent);
    void setDocument(Document *document);
    // The board's week: proposals start from the week shown, the waiting list and current placements.
    void setBoard(const planning::PlanningData *plan, const QList<WaitingListEntry> *waitingList, const QDate &shown);
    // The data changed: what was read is read again.
    void forget();

    planning::PlacementProposal proposalFor(const ChildDrag &drag, Id groupId) const;
    Outcome evaluate(const planning::PlacementProposal &proposal) const;
    planning::DropAdvice advise(const ChildDrag &drag, Id groupId) const;
    QList<roster::DayImpact> staffing(const planning::PlacementProposal &proposal) const;
    // Stores the placement as one undoable change; false (and nothing changed) when refused.
    bool place(const planning::PlacementProposal &proposal);

    // A child dropped on a group: the placement dialog with what fits, or why nothing does.
    void dropped(const ChildDrag &drag, Id groupId);
    // "Place in group..." / "Move to group...": the groups with their verdicts, then the dialog.
    void chooseGroup(const ChildDrag &drag);
    void editPlacement(Id placementId);
    void endPlacement(Id placementId);

private:
    planning::PlacementContext context(Id groupId, Id childId) const;
    void openPlacementDialog(const ChildDrag &drag, Id groupId, const planning::DropAdvice &advice);
    void explainRefusal(const ChildDrag &drag, Id groupId, const planning::DropAdvice &advice);
    QList<int> openDays(const planning::PlacementContext &stored) const;
    Id wishedGroup(Id childId) const;

    QWidget *m_parent;
    QPointer<Document> m_document;
    const planning::PlanningData *m_plan = nullptr;
    const QList<WaitingListEntry> *m_waitingList = nullptr;
    QDate m_shown = QDate::currentDate();
    mutable QHash<QPair<Id, Id>, planning::PlacementContext> m_contexts;
    mutable QHash<QDate, planning::PlanningData> m_weeks; // by Monday: two weeks for the staffing impact
};

} // namespace samenplan::ui
