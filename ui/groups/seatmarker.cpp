#include "groups/seatmarker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTableWidgetItem>

namespace samenplan::ui {
namespace {

class SeatText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ui::SeatText)
};

constexpr int WarningDays = 42; // six weeks, as the occupancy warning

} // namespace

QString seatColumnTitle()
{
    // A symbol, not a word: the column stays narrow, so the day columns keep room for whole times.
    return QStringLiteral("◆");
}

QString seatColumnToolTip()
{
    return SeatText::tr("Youth-care seat: the weeks the child's trajectory still runs (shown on screen only, never printed)");
}

QTableWidgetItem *seatMarkItem(const SeatMark &mark, const QDate &monday)
{
    if (!mark.youthCare && mark.seatOverrideReason.isEmpty())
        return nullptr;
    auto *item = new QTableWidgetItem;
    item->setTextAlignment(Qt::AlignCenter);
    QFont small = item->font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    small.setBold(true);
    item->setFont(small);
    if (!mark.youthCare) {
        item->setText(QStringLiteral("◇"));
        item->setForeground(QColor(0x6a, 0x1b, 0x9a));
        item->setToolTip(SeatText::tr("A regular child in a youth-care seat (override: %1)").arg(mark.seatOverrideReason));
        return item;
    }
    if (!mark.trajectoryEnd.isValid() || mark.trajectoryEnd < monday) {
        item->setText(QStringLiteral("!"));
        item->setBackground(QColor(0xf8, 0xd0, 0xd0));
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        item->setToolTip(SeatText::tr("In a youth-care seat without an active referral"));
        return item;
    }
    const qint64 days = monday.daysTo(mark.trajectoryEnd);
    const int weeks = int((days + 6) / 7);
    // Only the number: the column stays narrow enough for the day columns' times; the column's
    // header (◆) and tooltip say what it counts.
    item->setText(QString::number(weeks));
    const bool ending = days <= WarningDays;
    item->setBackground(ending ? QColor(0xff, 0xe8, 0xc0) : QColor(0xee, 0xe4, 0xf6));
    item->setForeground(ending ? QColor(0x8a, 0x4b, 0x00) : QColor(0x6a, 0x1b, 0x9a));
    item->setToolTip(SeatText::tr("Youth-care seat; the trajectory runs until %1 (%n week(s) from this week)", nullptr, weeks)
                         .arg(QLocale().toString(mark.trajectoryEnd, QLocale::ShortFormat)));
    return item;
}

} // namespace samenplan::ui
