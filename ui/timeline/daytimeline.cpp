#include "timeline/daytimeline.h"

#include "planning/planningdata.h"
#include "report/wallrosterlayout.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace samenplan::ui {
namespace {

constexpr int LabelWidth = 180;
constexpr int RightMargin = 16;
constexpr int AxisHeight = 28;
constexpr int TitleHeight = 24;
constexpr int ChildrenHeight = 44;
constexpr int StaffLinesHeight = 34;
constexpr int BandHeight = 10;
constexpr int RowHeight = 26;
constexpr int SectionGap = 14;
constexpr int EdgeGrip = 6;
constexpr int Quarter = 15;

const QColor Met(0x43, 0xa0, 0x47);
const QColor Covered(0xf5, 0xa6, 0x23);
const QColor Short(0xc6, 0x28, 0x28);

QString span(const TimeRange &range)
{
    return formatMinutes(range.from) + QStringLiteral("–") + formatMinutes(range.to);
}

} // namespace

DayTimeline::DayTimeline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void DayTimeline::setDay(const TimelineDay &day)
{
    m_day = day;
    m_dragFrom.reset();
    m_dragTo.reset();
    layoutSections();
    updateGeometry();
    update();
}

void DayTimeline::setHighlight(Id groupId, const QList<TimeRange> &spans)
{
    m_highlightGroup = groupId;
    m_highlight = spans;
    update();
}

double DayTimeline::xOf(int minute) const
{
    const double left = LabelWidth;
    const double width = std::max(100, this->width() - LabelWidth - RightMargin);
    return left + width * (minute - m_day.axis.from) / std::max(1, m_day.axis.minutes());
}

int DayTimeline::minuteAt(double x) const
{
    const double width = std::max(100, this->width() - LabelWidth - RightMargin);
    return m_day.axis.from + int((x - LabelWidth) / width * m_day.axis.minutes());
}

QRectF DayTimeline::barRect(Id shiftId) const
{
    return m_barRects.value(shiftId);
}

QSize DayTimeline::sizeHint() const
{
    const int height = m_sections.isEmpty() ? AxisHeight + 40 : m_sections.last().bottom + SectionGap;
    return QSize(900, height);
}

void DayTimeline::layoutSections()
{
    m_sections.clear();
    m_barRects.clear();
    int y = AxisHeight + 4;
    auto addBars = [&](const QList<TimelineBar> &bars, Section &section) {
        section.rowsTop = y;
        for (const TimelineBar &bar : bars) {
            const TimelineBar &shown = bar;
            const Shift &shift = m_dragTo && m_dragTo->id == shown.shift.id ? *m_dragTo : shown.shift;
            m_barRects.insert(shift.id, QRectF(xOf(shift.hours.from), y + 3, xOf(shift.hours.to) - xOf(shift.hours.from), RowHeight - 6));
            y += RowHeight;
        }
        section.bottom = y;
        y += SectionGap;
    };
    for (const TimelineGroup &group : std::as_const(m_day.groups)) {
        if (group.bars.isEmpty() && !group.ratio)
            continue; // closed, and nobody there
        Section section;
        section.group = &group;
        section.top = y;
        section.curveTop = y + TitleHeight;
        section.bandTop = section.curveTop + ChildrenHeight + StaffLinesHeight;
        y = section.bandTop + BandHeight + 4;
        addBars(group.bars, section);
        m_sections.append(section);
    }
    if (!m_day.offFloor.isEmpty()) {
        Section section;
        section.top = y;
        section.curveTop = section.bandTop = y + TitleHeight;
        y += TitleHeight;
        addBars(m_day.offFloor, section);
        m_sections.append(section);
    }
}

void DayTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutSections();
}

QColor DayTimeline::colourOf(Id groupId) const
{
    for (int i = 0; i < m_day.groups.size(); ++i) {
        if (m_day.groups.at(i).group.id == groupId)
            return report::groupColour(i);
    }
    return palette().color(QPalette::Base);
}

void DayTimeline::paintGrid(QPainter &painter) const
{
    const int bottom = height();
    for (int minute = m_day.axis.from; minute <= m_day.axis.to; minute += Quarter) {
        const double x = xOf(minute);
        const bool hour = minute % 60 == 0;
        painter.setPen(QPen(hour ? QColor(0xb8, 0xb8, 0xb8) : QColor(0xe6, 0xe6, 0xe6), hour ? 1 : 0));
        painter.drawLine(QPointF(x, AxisHeight - (hour ? 8 : 4)), QPointF(x, bottom));
        if (hour) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(x - 30, 2, 60, AxisHeight - 10), Qt::AlignCenter, formatMinutes(minute));
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(LabelWidth, AxisHeight), QPointF(width() - RightMargin, AxisHeight));
}

void DayTimeline::paintRatio(QPainter &painter, const Section &section) const
{
    const rules::DeviationResult &ratio = *section.group->ratio;
    const QList<rules::DeviationSlot> &slots = ratio.timeSlots;
    int mostChildren = std::max(1, section.group->group.maxChildren);
    int mostStaff = 1;
    for (const rules::DeviationSlot &slot : slots) {
        mostChildren = std::max(mostChildren, slot.children);
        mostStaff = std::max({mostStaff, slot.required, slot.present});
    }
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(text);
    painter.drawText(QRectF(8, section.curveTop, LabelWidth - 12, ChildrenHeight), Qt::AlignRight | Qt::AlignVCenter,
                     tr("children present"));
    painter.drawText(QRectF(8, section.curveTop + ChildrenHeight, LabelWidth - 12, StaffLinesHeight),
                     Qt::AlignRight | Qt::AlignVCenter, tr("professionals"));
    // Children: a filled step curve, the number where it changes.
    const double childBase = section.curveTop + ChildrenHeight - 2;
    const double childScale = (ChildrenHeight - 14) / double(mostChildren);
    QPainterPath curve(QPointF(xOf(slots.isEmpty() ? m_day.axis.from : slots.first().time.from), childBase));
    int previous = -1;
    for (const rules::DeviationSlot &slot : slots) {
        const double y = childBase - slot.children * childScale;
        curve.lineTo(xOf(slot.time.from), y);
        curve.lineTo(xOf(slot.time.to), y);
        if (slot.children != previous && slot.children > 0) {
            painter.setPen(text);
            painter.drawText(QRectF(xOf(slot.time.from) + 1, y - 13, 30, 12), Qt::AlignLeft | Qt::AlignBottom,
                             QString::number(slot.children));
        }
        previous = slot.children;
    }
    if (!slots.isEmpty())
        curve.lineTo(xOf(slots.last().time.to), childBase);
    painter.setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.5));
    painter.setBrush(QColor(0x1e, 0x88, 0xe5, 60));
    painter.drawPath(curve);
    // Professionals: required (dashed) and present (solid) on the same axis.
    const double staffBase = section.curveTop + ChildrenHeight + StaffLinesHeight - 4;
    const double staffScale = (StaffLinesHeight - 8) / double(mostStaff);
    auto stepLine = [&](int rules::DeviationSlot::*count, const QPen &pen) {
        QPainterPath path;
        for (int i = 0; i < slots.size(); ++i) {
            const double y = staffBase - (slots.at(i).*count) * staffScale;
            if (i == 0)
                path.moveTo(xOf(slots.at(i).time.from), y);
            else
                path.lineTo(xOf(slots.at(i).time.from), y);
            path.lineTo(xOf(slots.at(i).time.to), y);
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    };
    stepLine(&rules::DeviationSlot::present, QPen(Met.darker(120), 2.5));
    stepLine(&rules::DeviationSlot::required, QPen(text, 1.5, Qt::DashLine));
    // The shortfalls on the axis: amber where the three-hour rule covers them, red where it does not.
    const QRectF band(xOf(m_day.axis.from), section.bandTop, xOf(m_day.axis.to) - xOf(m_day.axis.from), BandHeight);
    painter.fillRect(band, QColor(0xf0, 0xf0, 0xf0));
    for (const rules::DeviationSlot &slot : slots) {
        const bool broken = !slot.allowed || slot.belowHalf() || (slot.below() && ratio.allowanceExceeded);
        const QColor colour = broken ? Short : slot.below() ? Covered : QColor(0xa5, 0xd6, 0xa7);
        painter.fillRect(QRectF(xOf(slot.time.from), band.top(), xOf(slot.time.to) - xOf(slot.time.from) + 0.5, band.height()), colour);
    }
    if (section.group->group.id == m_highlightGroup) {
        painter.setPen(QPen(text, 2));
        painter.setBrush(Qt::NoBrush);
        for (const TimeRange &time : m_highlight)
            painter.drawRect(QRectF(xOf(time.from), section.curveTop, xOf(time.to) - xOf(time.from),
                                    band.bottom() - section.curveTop + 2));
    }
}

void DayTimeline::paintBar(QPainter &painter, const TimelineBar &bar, const QRectF &rect, const QColor &colour) const
{
    const Shift &shift = m_dragTo && m_dragTo->id == bar.shift.id ? *m_dragTo : bar.shift;
    const bool offFloor = shift.groupId == NoId;
    QList<TimeRange> parts{shift.hours};
    for (const TimeRange &pause : shift.breaks)
        parts = planning::subtractRanges(parts, pause);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1, offFloor ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(offFloor ? palette().color(QPalette::Base) : colour);
    for (const TimeRange &part : parts)
        painter.drawRoundedRect(QRectF(xOf(part.from), rect.top(), xOf(part.to) - xOf(part.from), rect.height()), 3, 3);
    for (const TimeRange &pause : shift.breaks) {
        const QRectF gap(xOf(pause.from), rect.top() + rect.height() * 0.3, xOf(pause.to) - xOf(pause.from), rect.height() * 0.4);
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(gap);
    }
    for (const TimeRange &away : bar.absent) {
        const QRectF box(xOf(away.from), rect.top(), xOf(away.to) - xOf(away.from), rect.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(QColor(0x70, 0x70, 0x70), Qt::BDiagPattern));
        painter.drawRect(box);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(box, Qt::AlignCenter, tr("absent"));
    }
    // The times in the longest part, clear of the breaks.
    TimeRange longest;
    for (const TimeRange &part : std::as_const(parts)) {
        if (part.minutes() > longest.minutes())
            longest = part;
    }
    const QRectF label(xOf(longest.from), rect.top(), xOf(longest.to) - xOf(longest.from), rect.height());
    painter.setPen(QColor(0x10, 0x10, 0x10));
    if (bar.absent.isEmpty() && painter.fontMetrics().horizontalAdvance(span(shift.hours)) + 8 < label.width())
        painter.drawText(label, Qt::AlignCenter, span(shift.hours));
    if (m_dragTo && m_dragTo->id == bar.shift.id) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-1, -1, 1, 1));
    }
}

void DayTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_sections.isEmpty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("Nobody is rostered on %1.").arg(QLocale().toString(m_day.date, QLocale::LongFormat)));
        return;
    }
    paintGrid(painter);
    QFont bold = font();
    bold.setBold(true);
    for (const Section &section : std::as_const(m_sections)) {
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        const QString title = section.group ? section.group->group.name : tr("Off the floor");
        painter.drawText(QRectF(8, section.top, LabelWidth + 300, TitleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font());
        if (section.group && section.group->ratio)
            paintRatio(painter, section);
        const QList<TimelineBar> &bars = section.group ? section.group->bars : m_day.offFloor;
        const QColor colour = section.group ? colourOf(section.group->group.id) : QColor();
        int y = section.rowsTop;
        for (const TimelineBar &bar : bars) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(16, y, LabelWidth - 24, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(bar.name, Qt::ElideRight, LabelWidth - 24));
            paintBar(painter, bar, m_barRects.value(bar.shift.id), colour);
            y += RowHeight;
        }
    }
}

DayTimeline::Hit DayTimeline::hitAt(const QPointF &point) const
{
    auto find = [&](const QList<TimelineBar> &bars) -> Hit {
        for (const TimelineBar &bar : bars) {
            const QRectF rect = m_barRects.value(bar.shift.id);
            if (!rect.adjusted(-EdgeGrip, 0, EdgeGrip, 0).contains(point))
                continue;
            if (std::abs(point.x() - rect.left()) <= EdgeGrip)
                return {&bar, DragPart::Start};
            if (std::abs(point.x() - rect.right()) <= EdgeGrip)
                return {&bar, DragPart::End};
            return {&bar, DragPart::Body};
        }
        return {};
    };
    for (const TimelineGroup &group : std::as_const(m_day.groups)) {
        if (const Hit hit = find(group.bars); hit.bar)
            return hit;
    }
    return find(m_day.offFloor);
}

void DayTimeline::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (event->button() != Qt::LeftButton || !hit.bar)
        return QWidget::mousePressEvent(event);
    m_dragFrom = hit.bar->shift;
    m_dragTo = hit.bar->shift;
    m_dragPart = hit.part;
    m_pressX = event->position().x();
    setCursor(hit.part == DragPart::Body ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
}

void DayTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom) {
        const Hit hit = hitAt(event->position());
        setCursor(!hit.bar ? Qt::ArrowCursor : hit.part == DragPart::Body ? Qt::OpenHandCursor : Qt::SizeHorCursor);
        if (hit.bar)
            setToolTip(tr("%1, %2: drag to move, drag an end to change the times").arg(hit.bar->name, span(hit.bar->shift.hours)));
        else
            setToolTip({});
        return;
    }
    const int delta = minuteAt(event->position().x()) - minuteAt(m_pressX);
    m_dragTo = draggedShift(*m_dragFrom, m_dragPart, delta);
    layoutSections();
    update();
}

void DayTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragFrom || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const Shift before = *m_dragFrom;
    const Shift after = m_dragTo.value_or(before);
    m_dragFrom.reset();
    m_dragTo.reset();
    layoutSections();
    update();
    setCursor(Qt::ArrowCursor);
    if (after.hours != before.hours)
        Q_EMIT shiftChanged(before, after);
}

void DayTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Hit hit = hitAt(event->position()); hit.bar)
        Q_EMIT shiftActivated(hit.bar->shift.id);
}

void DayTimeline::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dragFrom) {
        m_dragFrom.reset();
        m_dragTo.reset();
        layoutSections();
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace samenplan::ui
