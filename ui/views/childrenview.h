#pragma once
// Children: everyone the organisation knows with their group and days in the shown week (edit or end
// a child's placement, answer a personal data request, erase on request), and, in tabs beside it,
// the waiting list, the referrals and the youth-care providers. Youth-care details
// are shown in these editors only, never on printed lists.

#include "domain/types.h"
#include "views/plannerview.h"

class QTabWidget;

namespace samenplan::ui {

class DocumentPage;
class PlacementFlow;
class PrivacyActions;
class RecordPage;
class ReferralsPage;
class SearchableTable;

class ChildrenView : public PlannerView {
    Q_OBJECT
public:
    explicit ChildrenView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("children"); }
    QString title() const override { return tr("Children"); }
    QIcon icon() const override;
    SearchableTable *table() const;
    ReferralsPage *referrals() const { return m_referrals; }
    void editChild(qint64 childId); // NoId: a new child
    bool handles(RecordLink::Kind kind) const override;
    bool showRecord(const RecordLink &link) override;
    PlacementFlow *flow() const { return m_flow; }
    PrivacyActions *privacy() const { return m_privacy; }

protected:
    void reload() override;
    void clear() override;

private:
    void reloadChildren();
    // The child's placement to act on: the one running, or the one the planner picks; NoId when none.
    Id choosePlacement(Id childId, const QString &title);

    QTabWidget *m_tabs;
    RecordPage *m_children;
    ReferralsPage *m_referrals;
    QList<DocumentPage *> m_pages;
    PlacementFlow *m_flow;
    PrivacyActions *m_privacy;
};

} // namespace samenplan::ui
