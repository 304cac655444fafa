#include "report/wallroster.h"

#include "planning/planningdata.h"
#include "report/pdfoutput.h"
#include "report/wallrosterlayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace samenplan::report {
namespace {

class WallText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::report::WallText)
};

constexpr double PointsPerMm = 72.0 / 25.4;
constexpr double MinRowMm = 5.0; // an 11 pt name (3.9 mm a line) and its bar
constexpr double MaxRowMm = 12.0;
constexpr double NameMinPt = 11.0;
constexpr double NameMaxPt = 15.0;

QString compact(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Paints one page of rows; everything measured in millimetres through mm().
class PagePainter {
public:
    PagePainter(QPainter &painter, const QRectF &area, const WallPage &page, const QDate &printed)
        : p(painter), m_area(area), m_page(page), m_printed(printed), m_unit(painter.device()->logicalDpiX() / 25.4)
    {
    }

    double mm(double value) const { return value * m_unit; }
    QFont font(double points, bool bold = false, bool italic = false) const
    {
        QFont f(QStringLiteral("sans-serif"));
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    void setRowCount(int rows)
    {
        const double available = m_area.height() - mm(HeaderMm + DayHeaderMm + FooterMm);
        m_rowHeight = std::clamp(available / std::max(rows, 1), mm(MinRowMm), mm(MaxRowMm));
        m_namePt = std::clamp(m_rowHeight / m_unit * PointsPerMm * 0.72, NameMinPt, NameMaxPt);
        double widest = 0;
        const QFontMetricsF metrics(font(m_namePt, true), p.device());
        for (const WallRow &row : m_page.rows)
            widest = std::max(widest, metrics.horizontalAdvance(row.name));
        m_nameWidth = std::clamp(widest + mm(9), mm(40), m_area.width() * 0.25);
        m_dayWidth = (m_area.width() - m_nameWidth) / m_page.days.size();
        // Full day names when every one fits, else short ones for all.
        const QLocale locale;
        const QFontMetricsF dayMetrics(dayFont(), p.device());
        m_dayFormat = QStringLiteral("dddd d-M");
        for (int day : m_page.days) {
            if (dayMetrics.horizontalAdvance(locale.toString(m_page.week.day(day), m_dayFormat)) > m_dayWidth - mm(2))
                m_dayFormat = QStringLiteral("ddd d-M");
        }
    }
    int rowsPerPage() const
    {
        const double available = m_area.height() - mm(HeaderMm + DayHeaderMm + FooterMm);
        return std::max(1, int(available / m_rowHeight + 1e-6));
    }

    void paint(const QList<WallRow> &rows, int pageNumber, int pageCount, bool continued)
    {
        paintHeader(continued, pageNumber, pageCount);
        double y = m_area.top() + mm(HeaderMm + DayHeaderMm);
        paintDayHeader(y - mm(DayHeaderMm), y + rows.size() * m_rowHeight);
        Id previousGroup = -1;
        for (int i = 0; i < rows.size(); ++i) {
            const WallRow &row = rows.at(i);
            const QRectF band(m_area.left(), y, m_area.width(), m_rowHeight);
            if (i % 2 == 1)
                p.fillRect(band, QColor(0xf1, 0xf1, 0xf1));
            if (row.mainGroupId != previousGroup && i > 0) {
                p.setPen(QPen(Qt::black, mm(0.5)));
                p.drawLine(band.topLeft(), band.topRight());
            }
            previousGroup = row.mainGroupId;
            paintRow(row, band);
            y += m_rowHeight;
        }
        p.setPen(QPen(Qt::black, mm(0.5)));
        p.drawLine(QPointF(m_area.left(), y), QPointF(m_area.right(), y));
        paintLegend();
    }

private:
    static constexpr double HeaderMm = 14;
    static constexpr double DayHeaderMm = 10;
    static constexpr double FooterMm = 10;

    QFont dayFont() const { return font(13, true); }

    double xAt(int dayIndex, int minute) const
    {
        const double left = m_area.left() + m_nameWidth + dayIndex * m_dayWidth + mm(1.5);
        const double width = m_dayWidth - mm(3);
        return left + width * (minute - m_page.axis.from) / double(m_page.axis.minutes());
    }

    void paintHeader(bool continued, int pageNumber, int pageCount)
    {
        const QLocale locale;
        p.setPen(Qt::black);
        p.setFont(font(20, true));
        const QRectF top(m_area.left(), m_area.top(), m_area.width(), mm(9));
        p.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                   WallText::tr("Roster week %1 · %2").arg(m_page.week.week).arg(m_page.location.name));
        p.setFont(font(12));
        QString dates = WallText::tr("%1 – %2").arg(locale.toString(m_page.week.day(m_page.days.first()), QStringLiteral("d MMMM")),
                                                     locale.toString(m_page.week.day(m_page.days.last()), QStringLiteral("d MMMM yyyy")));
        if (continued)
            dates += QStringLiteral(" · ") + WallText::tr("continued");
        p.drawText(QRectF(m_area.left(), m_area.top() + mm(9), m_area.width(), mm(5.5)), Qt::AlignLeft | Qt::AlignVCenter, dates);
        p.setFont(font(11));
        p.drawText(top, Qt::AlignRight | Qt::AlignVCenter, WallText::tr("Printed %1").arg(locale.toString(m_printed, QLocale::ShortFormat)));
        p.drawText(QRectF(m_area.left(), m_area.top() + mm(9), m_area.width(), mm(5.5)), Qt::AlignRight | Qt::AlignVCenter,
                   WallText::tr("Week %1 · page %2 of %3").arg(m_page.week.week).arg(pageNumber).arg(pageCount));
    }

    void paintDayHeader(double top, double bottom)
    {
        const QLocale locale;
        for (int d = 0; d < m_page.days.size(); ++d) {
            const double left = m_area.left() + m_nameWidth + d * m_dayWidth;
            p.setPen(Qt::black);
            p.setFont(dayFont());
            p.drawText(QRectF(left, top, m_dayWidth, mm(6)), Qt::AlignCenter,
                       locale.toString(m_page.week.day(m_page.days.at(d)), m_dayFormat));
            p.setFont(font(8));
            for (int minute = m_page.axis.from; minute <= m_page.axis.to; minute += 60) {
                const double x = xAt(d, minute);
                const bool inside = minute > m_page.axis.from && minute < m_page.axis.to;
                const bool labelled = inside && ((minute / 60) % 2 == 1 || m_page.axis.minutes() <= 8 * 60);
                p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.15)));
                p.drawLine(QPointF(x, top + mm(DayHeaderMm - 1.2)), QPointF(x, bottom));
                if (labelled) {
                    p.setPen(QColor(0x33, 0x33, 0x33));
                    p.drawText(QRectF(x - mm(4), top + mm(6), mm(8), mm(4)), Qt::AlignCenter, QString::number(minute / 60));
                }
            }
            p.setPen(QPen(Qt::black, mm(0.5)));
            p.drawLine(QPointF(left, top), QPointF(left, bottom));
        }
        p.drawLine(QPointF(m_area.left(), top + mm(DayHeaderMm)), QPointF(m_area.right(), top + mm(DayHeaderMm)));
    }

    void fillHatched(const QRectF &rect, const GroupLook *look)
    {
        if (!look) { // off the floor: open, dashed
            p.setBrush(Qt::white);
            p.setPen(QPen(QColor(0x44, 0x44, 0x44), mm(0.3), Qt::DashLine));
            p.drawRect(rect);
            return;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(look->colour);
        p.drawRect(rect);
        p.save();
        p.setClipRect(rect, Qt::IntersectClip);
        p.setPen(QPen(look->colour.darker(190), mm(0.25)));
        const double step = mm(1.6);
        const double h = rect.height();
        auto lines = [&](double dx, double dy0, double dy1) { // from (x, top + dy0) to (x + dx, top + dy1)
            for (double x = rect.left() - h; x < rect.right() + h; x += step)
                p.drawLine(QPointF(x, rect.top() + dy0), QPointF(x + dx, rect.top() + dy1));
        };
        switch (look->hatch) {
        case Hatch::None:
            break;
        case Hatch::Diagonal:
            lines(h, h, 0);
            break;
        case Hatch::BackDiagonal:
            lines(h, 0, h);
            break;
        case Hatch::DiagonalCross:
            lines(h, h, 0);
            lines(h, 0, h);
            break;
        case Hatch::Vertical:
            lines(0, 0, h);
            break;
        case Hatch::Horizontal:
        case Hatch::Cross:
            for (double y = rect.top() + step / 2; y < rect.bottom(); y += step)
                p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
            if (look->hatch == Hatch::Cross)
                lines(0, 0, h);
            break;
        case Hatch::Dots:
            p.setBrush(look->colour.darker(200));
            p.setPen(Qt::NoPen);
            for (double y = rect.top() + step / 2; y < rect.bottom(); y += step)
                for (double x = rect.left() + step / 2; x < rect.right(); x += step)
                    p.drawEllipse(QPointF(x, y), mm(0.3), mm(0.3));
            break;
        }
        p.restore();
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), mm(0.3)));
        p.drawRect(rect);
    }

    void paintBreak(const QRectF &rect)
    {
        p.setBrush(Qt::white);
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), mm(0.3), Qt::DotLine));
        p.drawRect(rect);
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), mm(0.3)));
        p.drawLine(QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y()));
    }

    void paintRow(const WallRow &row, const QRectF &band)
    {
        const double barHeight = band.height() * 0.74;
        const double barTop = band.top() + (band.height() - barHeight) / 2;
        // The name, with the swatch of the group the person works on most.
        const QRectF swatch(band.left() + mm(1), barTop + barHeight * 0.15, mm(5), barHeight * 0.7);
        fillHatched(swatch, m_page.look(row.mainGroupId));
        p.setPen(Qt::black);
        p.setFont(font(m_namePt, true));
        p.drawText(QRectF(band.left() + mm(7.5), band.top(), m_nameWidth - mm(8.5), band.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   row.name);
        const double timePt = std::clamp(barHeight / m_unit * PointsPerMm * 0.62, 7.0, 10.0);
        for (int d = 0; d < row.days.size(); ++d) {
            const WallDay &day = row.days.at(d);
            const double cellLeft = m_area.left() + m_nameWidth + d * m_dayWidth;
            if (day.absentAllDay) { // the day's shifts will not be worked: the checks list them for the planner
                paintAbsence(QRectF(xAt(d, m_page.axis.from), barTop, xAt(d, m_page.axis.to) - xAt(d, m_page.axis.from), barHeight), true);
                continue;
            }
            double textLeftLimit = cellLeft + mm(1);
            for (int b = 0; b < day.bars.size(); ++b) {
                const WallBar &bar = day.bars.at(b);
                QList<TimeRange> segments{bar.hours};
                for (const TimeRange &pause : bar.breaks)
                    segments = planning::subtractRanges(segments, pause);
                for (const TimeRange &pause : bar.breaks) {
                    const TimeRange inside{std::max(pause.from, bar.hours.from), std::min(pause.to, bar.hours.to)};
                    if (inside.minutes() > 0)
                        paintBreak(QRectF(xAt(d, inside.from), barTop + barHeight * 0.2, xAt(d, inside.to) - xAt(d, inside.from), barHeight * 0.6));
                }
                std::sort(segments.begin(), segments.end(), [](const TimeRange &x, const TimeRange &y) { return x.from < y.from; });
                for (const TimeRange &segment : std::as_const(segments))
                    fillHatched(QRectF(xAt(d, segment.from), barTop, xAt(d, segment.to) - xAt(d, segment.from), barHeight), m_page.look(bar.groupId));
                const double nextLeft = b + 1 < day.bars.size() ? xAt(d, day.bars.at(b + 1).hours.from) : cellLeft + m_dayWidth - mm(0.5);
                paintTimes(bar, segments, d, barTop, barHeight, timePt, textLeftLimit, nextLeft);
                textLeftLimit = xAt(d, bar.hours.to) + mm(0.5);
            }
            for (const TimeRange &away : day.absent)
                paintAbsence(QRectF(xAt(d, away.from), barTop, xAt(d, away.to) - xAt(d, away.from), barHeight), false);
        }
    }

    void paintAbsence(const QRectF &rect, bool label)
    {
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), mm(0.25), Qt::DashLine));
        p.setBrush(QColor(0xdd, 0xdd, 0xdd));
        p.drawRect(rect);
        if (label) {
            p.setPen(Qt::black);
            p.setFont(font(std::min(11.0, m_namePt), false, true));
            p.drawText(rect, Qt::AlignCenter, WallText::tr("absent"));
        }
    }

    // Draws text centred in box on a white backing, so it reads over a hatch.
    void label(const QRectF &box, const QString &text, const QFont &f)
    {
        const double height = box.height();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRect(box.adjusted(mm(0.2), height * 0.14, -mm(0.2), -height * 0.14));
        p.setPen(Qt::black);
        p.setFont(f);
        p.drawText(box, Qt::AlignCenter, text);
    }

    // The start inside the bar's first part and the end inside its last when both fit; else the
    // whole span beside the bar; else each time inside or just outside its end of the bar; smaller
    // before leaving them out.
    void paintTimes(const WallBar &bar, const QList<TimeRange> &segments, int d, double top, double height, double points,
                    double leftLimit, double rightLimit)
    {
        if (segments.isEmpty())
            return;
        const QString from = compact(bar.hours.from), to = compact(bar.hours.to);
        const double barLeft = xAt(d, bar.hours.from), barRight = xAt(d, bar.hours.to);
        const double firstRight = xAt(d, segments.first().to), lastLeft = xAt(d, segments.last().from);
        const double gap = mm(0.3);
        for (double size : {points, std::max(7.0, points - 1.5), 7.0}) {
            QFont f = font(size, size > 7.0);
            f.setStretch(QFont::Condensed); // times are many and short of room
            const QFontMetricsF metrics(f, p.device());
            const double fromWidth = metrics.horizontalAdvance(from) + mm(0.5);
            const double toWidth = metrics.horizontalAdvance(to) + mm(0.5);
            // Where each label may go: [left edge, right edge] of its box.
            const double fromInside = segments.size() == 1 ? barRight - toWidth - gap : firstRight;
            const bool fromIn = fromInside - barLeft >= fromWidth;
            const bool toIn = barRight - (segments.size() == 1 ? barLeft + fromWidth + gap : lastLeft) >= toWidth;
            const bool fromOut = barLeft - leftLimit >= fromWidth;
            const bool toOut = rightLimit - barRight >= toWidth;
            if (fromIn && toIn) {
                label(QRectF(barLeft, top, fromWidth, height), from, f);
                label(QRectF(barRight - toWidth, top, toWidth, height), to, f);
                return;
            }
            const QString both = from + QStringLiteral("–") + to;
            const double bothWidth = metrics.horizontalAdvance(both) + mm(0.8);
            if (rightLimit - barRight >= bothWidth) {
                label(QRectF(barRight, top, bothWidth, height), both, f);
                return;
            }
            if (barLeft - leftLimit >= bothWidth) {
                label(QRectF(barLeft - bothWidth, top, bothWidth, height), both, f);
                return;
            }
            const bool fromAny = fromOut || (barRight - barLeft >= fromWidth && (toOut || !toIn));
            if (fromAny && (toOut || toIn)) {
                label(fromOut ? QRectF(barLeft - fromWidth, top, fromWidth, height) : QRectF(barLeft, top, fromWidth, height), from, f);
                label(toOut ? QRectF(barRight, top, toWidth, height) : QRectF(barRight - toWidth, top, toWidth, height), to, f);
                return;
            }
        }
    }

    void paintLegend()
    {
        const double top = m_area.bottom() - mm(FooterMm) + mm(2.5);
        double x = m_area.left();
        p.setFont(font(11));
        const QFontMetricsF metrics(p.font(), p.device());
        auto entry = [&](const QString &label, auto paintSample) {
            const QRectF sample(x, top + mm(1), mm(9), mm(4.5));
            paintSample(sample);
            p.setPen(Qt::black);
            p.setFont(font(11));
            const double width = metrics.horizontalAdvance(label);
            p.drawText(QRectF(x + mm(10.5), top, width + mm(1), mm(6.5)), Qt::AlignLeft | Qt::AlignVCenter, label);
            x += mm(10.5) + width + mm(6);
        };
        for (const GroupLook &look : m_page.groups)
            entry(look.name, [&](const QRectF &r) { fillHatched(r, &look); });
        entry(WallText::tr("break"), [&](const QRectF &r) { paintBreak(r.adjusted(0, r.height() * 0.2, 0, -r.height() * 0.2)); });
        if (m_page.anyOffFloor)
            entry(WallText::tr("off the floor"), [&](const QRectF &r) { fillHatched(r, nullptr); });
        if (m_page.anyAbsence)
            entry(WallText::tr("absent"), [&](const QRectF &r) { paintAbsence(r, false); });
    }

    QPainter &p;
    QRectF m_area;
    const WallPage &m_page;
    QDate m_printed;
    double m_unit;
    double m_rowHeight = 0;
    double m_namePt = NameMinPt;
    double m_nameWidth = 0;
    double m_dayWidth = 0;
    QString m_dayFormat;
};

} // namespace

void paintWallRoster(QPagedPaintDevice &device, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed,
                     Id onlyLocation)
{
    const QList<WallPage> pages = wallRosterPages(data, week, onlyLocation);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect pixels = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF area(0, 0, pixels.width(), pixels.height());
    // Count the sheets first, for "page 2 of 3".
    QList<QPair<const WallPage *, QList<WallRow>>> sheets;
    for (const WallPage &page : pages) {
        PagePainter measure(painter, area, page, printed);
        measure.setRowCount(page.rows.size());
        const int perPage = measure.rowsPerPage();
        for (int first = 0; first < page.rows.size(); first += perPage)
            sheets.append({&page, page.rows.mid(first, perPage)});
    }
    if (sheets.isEmpty()) {
        painter.setFont(QFont(QStringLiteral("sans-serif"), 14));
        painter.drawText(area, Qt::AlignCenter, WallText::tr("No shifts in week %1.").arg(week.week));
        return;
    }
    for (int i = 0; i < sheets.size(); ++i) {
        if (i > 0)
            device.newPage();
        const WallPage &page = *sheets.at(i).first;
        PagePainter pagePainter(painter, area, page, printed);
        pagePainter.setRowCount(page.rows.size()); // the same row height on every sheet of a location
        const bool continued = i > 0 && sheets.at(i - 1).first == &page;
        pagePainter.paint(sheets.at(i).second, i + 1, sheets.size(), continued);
    }
}

QString writeWallRosterPdf(const QString &path, const planning::PlanningData &data, const IsoWeek &week, const QDate &printed,
                           Id onlyLocation, const PdfGate &gate)
{
    return writePaintedPdf(path, QPageLayout::Landscape, WallText::tr("Roster week %1").arg(week.toString()),
                           [&](QPagedPaintDevice &device) { paintWallRoster(device, data, week, printed, onlyLocation); },
                           gate);
}

} // namespace samenplan::report
