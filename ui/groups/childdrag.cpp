#include "groups/childdrag.h"

#include <QDataStream>
#include <QIODevice>

namespace samenplan::ui {

QMimeData *childMimeData(const ChildDrag &drag)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint64(drag.childId) << qint64(drag.placementId);
    auto *mime = new QMimeData;
    mime->setData(ChildMimeType, bytes);
    return mime;
}

std::optional<ChildDrag> childDragFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(ChildMimeType))
        return std::nullopt;
    QDataStream stream(mime->data(ChildMimeType));
    qint64 child = 0, placement = 0;
    stream >> child >> placement;
    if (stream.status() != QDataStream::Ok || child <= 0)
        return std::nullopt;
    return ChildDrag{child, placement};
}

} // namespace samenplan::ui
