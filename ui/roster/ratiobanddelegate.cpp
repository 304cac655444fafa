#include "roster/ratiobanddelegate.h"

#include <QPainter>

#include <algorithm>

namespace samenplan::ui {

namespace {
constexpr int BandHeight = 8;
}

void RatioBandDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList band = index.data(BandRole).toList();
    QStyleOptionViewItem text = option;
    if (!band.isEmpty())
        text.rect.adjust(0, 0, 0, -BandHeight - 2);
    QStyledItemDelegate::paint(painter, text, index);
    if (band.isEmpty())
        return;
    const QRect area(option.rect.left() + 2, option.rect.bottom() - BandHeight - 1, option.rect.width() - 4, BandHeight);
    painter->save();
    const double width = double(area.width()) / band.size();
    for (int i = 0; i < band.size(); ++i) {
        const int state = band.at(i).toInt();
        const QColor colour = state == Violation ? QColor(0xc6, 0x28, 0x28)
            : state == WithinAllowance          ? QColor(0xf5, 0xa6, 0x23)
                                                : QColor(0x43, 0xa0, 0x47);
        painter->fillRect(QRectF(area.left() + i * width, area.top(), width + 0.5, area.height()), colour);
    }
    const int start = index.data(BandStartRole).toInt();
    painter->setPen(QPen(option.palette.color(QPalette::Text), 2));
    painter->setBrush(Qt::NoBrush);
    for (const QVariant &span : index.data(HighlightRole).toList()) {
        const QPoint time = span.toPoint();
        const int first = std::max(0, (time.x() - start) / SlotMinutes);
        const int last = std::min(int(band.size()), (time.y() - start + SlotMinutes - 1) / SlotMinutes);
        if (last > first)
            painter->drawRect(QRectF(area.left() + first * width, area.top() - 2, (last - first) * width, area.height() + 4));
    }
    painter->restore();
}

QSize RatioBandDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(BandRole).toList().isEmpty())
        size.rheight() += BandHeight + 4;
    return size;
}

} // namespace samenplan::ui
