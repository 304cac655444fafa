#pragma once
// The children-by-weekday table of a group card. Rows that stand for a child can be dragged to
// another group; a double-click edits the placement; the context menu edits, ends or moves it.

#include "groups/childdrag.h"

#include <QHash>
#include <QPoint>
#include <QTableWidget>

namespace samenplan::ui {

class ChildRowsTable : public QTableWidget {
    Q_OBJECT
public:
    using QTableWidget::QTableWidget;
    void setRowChild(int row, const ChildDrag &drag) { m_children.insert(row, drag); }
    std::optional<ChildDrag> childAt(int row) const;

Q_SIGNALS:
    void moveRequested(const samenplan::ui::ChildDrag &drag);
    void editRequested(const samenplan::ui::ChildDrag &drag);
    void endRequested(const samenplan::ui::ChildDrag &drag);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QHash<int, ChildDrag> m_children;
    QPoint m_pressPos;
    int m_pressRow = -1;
};

} // namespace samenplan::ui
