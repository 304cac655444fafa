#pragma once
// Dragging a child onto a group card in GUI tests, as the mouse would: enter, move, drop.

#include "groups/childdrag.h"
#include "views/groupcard.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>

#include <memory>

inline void dropOn(samenplan::ui::GroupCard *card, const samenplan::ui::ChildDrag &drag)
{
    std::unique_ptr<QMimeData> mime(samenplan::ui::childMimeData(drag));
    const QPoint at = card->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(card, &enter);
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(card, &move);
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(card, &drop);
}

inline void dropOn(samenplan::ui::GroupCard *card, samenplan::Id childId)
{
    dropOn(card, samenplan::ui::ChildDrag{childId, samenplan::NoId});
}
