#pragma once
// Children: everyone the organisation knows with their group and days in the shown week, and, in
// tabs beside it, the waiting list, the referrals and the youth-care providers. Youth-care details
// are shown in these editors only, never on printed lists.

#include "views/plannerview.h"

class QTabWidget;

namespace samenplan::ui {

class DocumentPage;
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

protected:
    void reload() override;
    void clear() override;

private:
    void reloadChildren();

    QTabWidget *m_tabs;
    RecordPage *m_children;
    ReferralsPage *m_referrals;
    QList<DocumentPage *> m_pages;
};

} // namespace samenplan::ui
