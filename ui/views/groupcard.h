#pragma once
// One group on the Groups page: header (with the group's own menu), per-day counters and the
// children by weekday, a youth-care seat marked with how long its trajectory still runs. Showing a
// what-if scenario instead of the plan, the card only shows: no drops, menus or printing, and what
// the scenario changes is marked.

#include "domain/entities.h"
#include "groups/childdrag.h"
#include "placement/occupancy.h"
#include "placement/placementrules.h"

#include <QFrame>
#include <QLabel>

#include <functional>

namespace samenplan::ui {

struct GroupWeek {
    Group group;
    QString locationName;
    QDate monday;
    struct Row {
        Child child;
        QList<std::optional<TimeRange>> days; // Monday..Friday
        bool youthCare = false;
        Id placementId = NoId;
        QDate trajectoryEnd;        // the active referral's planned end, for the seat mark
        QString seatOverrideReason; // a regular child in a reserved seat
        bool tentative = false;     // so in the scenario shown, not in the plan
    };
    QList<Row> rows;
    QList<planning::GroupOccupancy> days; // Monday..Friday, counted per moment
    QString whatIf;         // the name of the scenario shown instead of the plan; empty: the plan
    int planMaximum = -1;   // the plan's maximum, when the scenario changes it
    bool newInWhatIf = false; // a group the scenario adds
};

class GroupCard : public QFrame {
    Q_OBJECT
public:
    using DropAdvisor = std::function<Outcome(const ChildDrag &drag, Id groupId)>;

    GroupCard(const GroupWeek &week, QWidget *parent = nullptr);
    Id groupId() const { return m_groupId; }
    void setDropAdvisor(DropAdvisor advisor) { m_advisor = std::move(advisor); }

    // What hovering this payload over the card says; also shown on the card while dragging.
    Outcome adviseDrop(const QMimeData *mime) const;
    QString hoverText() const;

Q_SIGNALS:
    void childDropped(const samenplan::ui::ChildDrag &drag, samenplan::Id groupId);
    void moveRequested(const samenplan::ui::ChildDrag &drag);
    void editPlacementRequested(const samenplan::ui::ChildDrag &drag);
    void endPlacementRequested(const samenplan::ui::ChildDrag &drag);
    void editGroupRequested(samenplan::Id groupId);
    void archiveGroupRequested(samenplan::Id groupId);
    void removeGroupRequested(samenplan::Id groupId);
    void printPreviewRequested(samenplan::Id groupId);
    void pdfRequested(samenplan::Id groupId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showHover(const Outcome *verdict);
    void setDropState(const QString &state); // "allowed", "refused" or empty

    Id m_groupId;
    DropAdvisor m_advisor;
    QLabel *m_hover;
};

} // namespace samenplan::ui
