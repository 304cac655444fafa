#pragma once
// The children-by-weekday table of a group card. Rows that stand for a child can be dragged to
// another group, by a cell or by the name; a double-click edits the placement; the context menu
// edits, ends or moves it.
// The names column gets the room the day columns leave, up to the widest name: a card alone on a
// wide page shows whole names, narrow cards end long ones in "…" (whole in the tooltip).

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
    // The row labels, whole; shown ended in "…" when the names column is narrower than they are.
    void setRowNames(const QStringList &names);

Q_SIGNALS:
    void moveRequested(const samenplan::ui::ChildDrag &drag);
    void editRequested(const samenplan::ui::ChildDrag &drag);
    void endRequested(const samenplan::ui::ChildDrag &drag);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNames();
    // Starts dragging the pressed row's child once the mouse moved far enough; false otherwise.
    bool dragChild(const QMouseEvent *event);
    void showRowMenu(int row, const QPoint &globalPos);

    QStringList m_names;
    QHash<int, ChildDrag> m_children;
    QPoint m_pressPos;
    int m_pressRow = -1;
};

} // namespace samenplan::ui
