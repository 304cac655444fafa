#include "groups/childrowstable.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>

#include <algorithm>

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
    if (!dragChild(event))
        QTableWidget::mouseMoveEvent(event);
}

bool ChildRowsTable::dragChild(const QMouseEvent *event)
{
    const auto child = childAt(m_pressRow);
    if (!(event->buttons() & Qt::LeftButton) || !child
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return false;
    auto *drag = new QDrag(this);
    drag->setMimeData(childMimeData(*child));
    drag->exec(Qt::MoveAction);
    m_pressRow = -1;
    return true;
}

bool ChildRowsTable::eventFilter(QObject *watched, QEvent *event)
{
    // The child's name beside the row is a handle too: dragged, double-clicked or right-clicked as the row.
    if (watched != verticalHeader()->viewport())
        return QTableWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *press = static_cast<QMouseEvent *>(event);
        m_pressPos = press->position().toPoint();
        m_pressRow = verticalHeader()->logicalIndexAt(m_pressPos.y());
        return false;
    }
    case QEvent::MouseMove:
        return dragChild(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonDblClick:
        if (const auto child = childAt(verticalHeader()->logicalIndexAt(static_cast<QMouseEvent *>(event)->position().toPoint().y()))) {
            Q_EMIT editRequested(*child);
            return true;
        }
        return false;
    case QEvent::ContextMenu: {
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        showRowMenu(verticalHeader()->logicalIndexAt(menu->pos().y()), menu->globalPos());
        return true;
    }
    default:
        return false;
    }
}

void ChildRowsTable::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (the menu key) the current row counts, not where the mouse happens to be.
    showRowMenu(event->reason() == QContextMenuEvent::Keyboard ? currentRow() : rowAt(event->pos().y()), event->globalPos());
}

void ChildRowsTable::showRowMenu(int row, const QPoint &globalPos)
{
    const auto child = childAt(row);
    if (!child)
        return;
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("Edit placement..."));
    QAction *end = menu.addAction(tr("End placement..."));
    QAction *move = menu.addAction(tr("Move to group..."));
    menu.setDefaultAction(edit);
    const QAction *chosen = menu.exec(globalPos);
    if (chosen == edit)
        Q_EMIT editRequested(*child);
    else if (chosen == end)
        Q_EMIT endRequested(*child);
    else if (chosen == move)
        Q_EMIT moveRequested(*child);
}

void ChildRowsTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitNames();
}

void ChildRowsTable::setRowNames(const QStringList &names)
{
    verticalHeader()->viewport()->installEventFilter(this); // once: a filter installed again only moves up
    m_names = names;
    setVerticalHeaderLabels(names);
    fitNames();
}

void ChildRowsTable::fitNames()
{
    constexpr int fewestPixels = 84; // "Beroepskr…" and a short name, as on the narrowest card
    // What the style puts around a label's text.
    const int labelPadding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, verticalHeader()) + 2;
    // Stretched columns share their room equally, so each needs what the widest of them needs.
    int stretched = 0, widestStretched = 0, othersNeed = 0;
    for (int column = 0; column < columnCount(); ++column) {
        const QTableWidgetItem *title = horizontalHeaderItem(column);
        const int titleNeed = title ? QFontMetrics(horizontalHeader()->font()).horizontalAdvance(title->text()) + labelPadding : 0;
        const int widest = std::max(titleNeed, sizeHintForColumn(column));
        if (horizontalHeader()->sectionResizeMode(column) == QHeaderView::Stretch) {
            ++stretched;
            widestStretched = std::max(widestStretched, widest);
        } else { // sized to its contents, the header's own measure included
            othersNeed += std::max(widest, horizontalHeader()->sectionSizeHint(column));
        }
    }
    const int columnsNeed = stretched * widestStretched + othersNeed;
    int namesNeed = fewestPixels;
    for (int row = 0; row < std::min(rowCount(), int(m_names.size())); ++row) {
        if (const QTableWidgetItem *label = verticalHeaderItem(row))
            namesNeed = std::max(namesNeed, QFontMetrics(label->font()).horizontalAdvance(m_names.at(row)) + labelPadding);
    }
    const int names = std::clamp(width() - 2 * frameWidth() - columnsNeed, fewestPixels, namesNeed);
    for (int row = 0; row < std::min(rowCount(), int(m_names.size())); ++row) {
        if (QTableWidgetItem *label = verticalHeaderItem(row))
            label->setText(QFontMetrics(label->font()).elidedText(m_names.at(row), Qt::ElideRight, names - labelPadding));
    }
    if (verticalHeader()->maximumWidth() != names || verticalHeader()->minimumWidth() != names) {
        verticalHeader()->setFixedWidth(names);
        updateGeometries();
    }
}

void ChildRowsTable::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto child = childAt(rowAt(event->position().toPoint().y())))
        Q_EMIT editRequested(*child);
    else
        QTableWidget::mouseDoubleClickEvent(event);
}

} // namespace samenplan::ui
