#pragma once
// Children: everyone the organisation knows, with their group and days in the shown week.
// Double-click edits a child's details (one undoable change).

#include "views/plannerview.h"

namespace samenplan::ui {

class SearchableTable;

class ChildrenView : public PlannerView {
    Q_OBJECT
public:
    explicit ChildrenView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("children"); }
    QString title() const override { return tr("Children"); }
    QIcon icon() const override;
    SearchableTable *table() const { return m_table; }
    void editChild(qint64 childId);

protected:
    void reload() override;
    void clear() override;

private:
    SearchableTable *m_table;
};

} // namespace samenplan::ui
