#pragma once
// The roster's day timeline: one date on a time axis from opening to closing (quarter-hour grid,
// hour labels). Per group the children present per quarter hour as a curve, the professionals
// required and present as two lines on the same axis, the shortfalls on the axis itself (amber
// where the three-hour rule covers them, red where it does not), and the staff as bars with their
// breaks open and their absences marked. Drag a bar to move the shift, or its start or end to
// stretch it, in quarter hours: the page makes each drag one undo step.

#include "timeline/timelinelayout.h"

#include <QWidget>

namespace samenplan::ui {

class DayTimeline : public QWidget {
    Q_OBJECT
public:
    explicit DayTimeline(QWidget *parent = nullptr);

    void setDay(const TimelineDay &day);
    const TimelineDay &day() const { return m_day; }
    // Frames these times on the group's axis (a problem chosen in the list); an empty list clears.
    void setHighlight(Id groupId, const QList<TimeRange> &spans);

    // Where things are drawn, for tests and for the drag.
    QRectF barRect(Id shiftId) const;
    double xOf(int minute) const;
    int minuteAt(double x) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void shiftChanged(const samenplan::Shift &before, const samenplan::Shift &after);
    void shiftActivated(samenplan::Id shiftId); // double-click: edit it

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Hit {
        const TimelineBar *bar = nullptr;
        DragPart part = DragPart::Body;
    };
    struct Section {
        const TimelineGroup *group = nullptr; // null: off the floor
        int top = 0;
        int curveTop = 0;
        int bandTop = 0;
        int rowsTop = 0;
        int bottom = 0;
    };

    void layoutSections();
    Hit hitAt(const QPointF &point) const;
    void paintGrid(QPainter &painter) const;
    void paintRatio(QPainter &painter, const Section &section) const;
    void paintBar(QPainter &painter, const TimelineBar &bar, const QRectF &rect, const QColor &colour) const;
    QColor colourOf(Id groupId) const;

    TimelineDay m_day;
    QList<Section> m_sections;
    QHash<Id, QRectF> m_barRects;
    Id m_highlightGroup = NoId;
    QList<TimeRange> m_highlight;
    // The drag under way: the bar's shift as it was, the part held, where the press was.
    std::optional<Shift> m_dragFrom;
    std::optional<Shift> m_dragTo;
    DragPart m_dragPart = DragPart::Body;
    double m_pressX = 0;
};

} // namespace samenplan::ui
