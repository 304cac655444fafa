#pragma once
// Starts a drag from a table cell that holds a record id (a shift, a coaching session) in a role,
// and answers whether a hovered cell can take the drop. The views decide what a drop does.

#include <QPersistentModelIndex>
#include <QPoint>
#include <QString>

#include <optional>

class QAbstractItemView;
class QDropEvent;
class QEvent;
class QObject;

namespace samenplan::ui {

class CellDragSource {
public:
    CellDragSource(QString mimeType, int idRole, int targetRole)
        : m_mimeType(std::move(mimeType)), m_idRole(idRole), m_targetRole(targetRole) {}

    // Feed the view's viewport events; true when the event was used (a drag started, a drag hovered).
    bool handle(QAbstractItemView *view, QEvent *event, QObject *dragParent);
    // The id and target cell of a drop on the view, when it carries this source's payload.
    std::optional<qint64> droppedId(QAbstractItemView *view, QDropEvent *event, QModelIndex *target) const;

private:
    QString m_mimeType;
    int m_idRole;
    int m_targetRole;
    QPoint m_pressPos;
    QPersistentModelIndex m_pressIndex;
};

} // namespace samenplan::ui
