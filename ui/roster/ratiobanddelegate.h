#pragma once
// Paints a group day's ratio band under its text: one segment per quarter hour from opening to
// closing, green when the staff-child ratio is met, amber when the three-hour rule covers the
// shortfall, red when it does not. Times chosen in the problem list are framed on the band.

#include <QStyledItemDelegate>

namespace samenplan::ui {

class RatioBandDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // A QVariantList of ints, one per slot: 0 met, 1 within the allowance, 2 violation.
    static constexpr int BandRole = Qt::UserRole + 6;
    // The minute of the day the first slot starts (the opening time); slots are 15 minutes.
    static constexpr int BandStartRole = Qt::UserRole + 7;
    // A QVariantList of QPoint(from, to) in minutes: the times to frame.
    static constexpr int HighlightRole = Qt::UserRole + 8;
    static constexpr int SlotMinutes = 15;
    enum State { Met = 0, WithinAllowance = 1, Violation = 2 };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace samenplan::ui
