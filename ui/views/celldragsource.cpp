#include "views/celldragsource.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>

namespace samenplan::ui {

bool CellDragSource::handle(QAbstractItemView *view, QEvent *event, QObject *dragParent)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
        m_pressIndex = view->indexAt(m_pressPos);
        return false;
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const qint64 id = m_pressIndex.data(m_idRole).toLongLong();
        if (!(mouse->buttons() & Qt::LeftButton) || id == 0
            || (mouse->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return false;
        auto *mime = new QMimeData;
        mime->setData(m_mimeType, QByteArray::number(id));
        auto *drag = new QDrag(dragParent);
        drag->setMimeData(mime);
        m_pressIndex = QPersistentModelIndex();
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (drag->mimeData()->hasFormat(m_mimeType) && view->indexAt(drag->position().toPoint()).data(m_targetRole).isValid())
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    default:
        return false;
    }
}

std::optional<qint64> CellDragSource::droppedId(QAbstractItemView *view, QDropEvent *event, QModelIndex *target) const
{
    *target = view->indexAt(event->position().toPoint());
    const qint64 id = event->mimeData()->data(m_mimeType).toLongLong();
    if (id == 0 || !target->data(m_targetRole).isValid())
        return std::nullopt;
    event->acceptProposedAction();
    return id;
}

} // namespace samenplan::ui
