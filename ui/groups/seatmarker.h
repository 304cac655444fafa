#pragma once
// The board's mark for a child in a youth-care seat: how many weeks its trajectory still runs
// (amber within six weeks, red without an active referral), and a regular child in a reserved seat.
// On screen only: printed group lists and rosters never carry youth-care information.

#include <QDate>
#include <QString>

class QTableWidgetItem;

namespace samenplan::ui {

struct SeatMark {
    bool youthCare = false;
    QDate trajectoryEnd;        // the active referral's planned end (null: none)
    QString seatOverrideReason; // a regular child in a reserved seat
};

// A table cell for the mark as seen in the week of `monday`; null for a child in a regular place.
QTableWidgetItem *seatMarkItem(const SeatMark &mark, const QDate &monday);
QString seatColumnTitle();
QString seatColumnToolTip();

} // namespace samenplan::ui
