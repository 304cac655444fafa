#pragma once
// The drag payload for a child: its id and, when it is moved out of a group, the placement it
// leaves. IDs only, in Samenplan's own MIME type.

#include "domain/types.h"

#include <QMimeData>

#include <optional>

namespace samenplan::ui {

inline const QString ChildMimeType = QStringLiteral("application/x-samenplan-child");

struct ChildDrag {
    Id childId = NoId;
    Id placementId = NoId; // NoId: the child has no group yet
};

QMimeData *childMimeData(const ChildDrag &drag);
std::optional<ChildDrag> childDragFrom(const QMimeData *mime);

} // namespace samenplan::ui
