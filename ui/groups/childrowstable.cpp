#include "groups/childrowstable.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QMenu>
#include <QMouseEvent>

namespace samenplan::ui {

std::optional<ChildDrag> ChildRowsTable::childAt(int row) const
{
    const auto it = m_children.constFind(row);
    return it == m_children.constEnd() ? std::nullopt : std::optional<ChildDrag>(*it);
}

void ChildRowsTable::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressRow = rowAt(m_pressPos.y());
    QTableWidget::mousePressEvent(event);
}

void ChildRowsTable::mouseMoveEvent(QMouseEvent *event)
{
    const auto child = childAt(m_pressRow);
    if (!(event->buttons() & Qt::LeftButton) || !child
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        QTableWidget::mouseMoveEvent(event);
        return;
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(childMimeData(*child));
    drag->exec(Qt::MoveAction);
    m_pressRow = -1;
}

void ChildRowsTable::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key) the current row counts, not where the mouse happens to be.
    const int row = event->reason() == QContextMenuEvent::Keyboard ? currentRow() : rowAt(event->pos().y());
    const auto child = childAt(row);
    if (!child)
        return;
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("Edit placement..."));
    QAction *end = menu.addAction(tr("End placement..."));
    QAction *move = menu.addAction(tr("Move to group..."));
    menu.setDefaultAction(edit);
    const QAction *chosen = menu.exec(event->globalPos());
    if (chosen == edit)
        Q_EMIT editRequested(*child);
    else if (chosen == end)
        Q_EMIT endRequested(*child);
    else if (chosen == move)
        Q_EMIT moveRequested(*child);
}

void ChildRowsTable::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto child = childAt(rowAt(event->position().toPoint().y())))
        Q_EMIT editRequested(*child);
    else
        QTableWidget::mouseDoubleClickEvent(event);
}

} // namespace samenplan::ui
