#include "forecast/forecastcharts.h"

#include "charts/chartstyle.h"
#include "report/wallrosterlayout.h"

#include <QPen>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace samenplan::ui {
namespace {

// Short enough not to be cut off under 24 bars, and unique (a category axis drops repeats).
QString monthLabel(const QDate &month)
{
    return month.toString(QStringLiteral("MM/yy"));
}

double percent(int count, int of)
{
    return of > 0 ? 100.0 * count / of : 0.0;
}

QLineSeries *line(const QString &name, const QColor &colour, Qt::PenStyle style, qreal width)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setStyle(style);
    pen.setWidthF(width);
    series->setPen(pen);
    return series;
}

} // namespace

MonthPeak monthPeak(const capacity::MonthForecast &month)
{
    MonthPeak peak;
    for (const capacity::WeekdayForecast &day : month.weekdays) {
        peak.regular = std::max(peak.regular, day.regularPeak);
        peak.places = day.regularPlaces;
        peak.demand = std::max(peak.demand, day.regularPeak + day.waiting);
        peak.seatsTaken = std::max(peak.seatsTaken, day.youthCarePeak);
        peak.seats = day.youthCareSeats;
    }
    return peak;
}

OccupancyForecastChart::OccupancyForecastChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setForecast({});
}

void OccupancyForecastChart::setForecast(const QList<capacity::GroupForecast> &shown, const QList<capacity::GroupForecast> &plan)
{
    QChart *chart = titledChart(plan.isEmpty() ? tr("How full per month: the busiest weekday's regular places (dashed: with the waiting list)")
                                               : tr("How full per month: the what-if (dotted: the plan)"));
    auto *axisPercent = new QValueAxis;
    double top = 100;
    int count = 0;
    for (int g = 0; g < shown.size(); ++g) {
        const capacity::GroupForecast &group = shown.at(g);
        const QColor colour = report::groupColour(g);
        QLineSeries *full = line(group.group, colour, Qt::SolidLine, 2.5);
        QLineSeries *other = plan.isEmpty() ? line(tr("%1 with the waiting list").arg(group.group), colour, Qt::DashLine, 1.5)
                                            : line(tr("%1 (plan)").arg(group.group), colour.darker(130), Qt::DotLine, 1.5);
        const capacity::GroupForecast *inPlan = nullptr; // none for a group the what-if adds
        for (const capacity::GroupForecast &planned : plan)
            inPlan = planned.groupId == group.groupId ? &planned : inPlan;
        count = std::max(count, int(group.months.size()));
        for (int m = 0; m < group.months.size(); ++m) {
            const MonthPeak peak = monthPeak(group.months.at(m));
            full->append(m, percent(peak.regular, peak.places));
            top = std::max(top, percent(peak.regular, peak.places));
            if (!plan.isEmpty() && !inPlan)
                continue;
            const MonthPeak planned = inPlan ? monthPeak(inPlan->months.value(m)) : peak;
            const double second = plan.isEmpty() ? percent(peak.demand, peak.places) : percent(planned.regular, planned.places);
            other->append(m, second);
            top = std::max(top, second);
        }
        chart->addSeries(full);
        chart->addSeries(other);
        for (QLegendMarker *marker : chart->legend()->markers(other))
            marker->setVisible(false); // one legend entry per group; the title says what dashes mean
    }
    auto *labels = new QBarCategoryAxis; // a line's x is the month's index
    for (int m = 0; m < count; ++m)
        labels->append(monthLabel(shown.first().months.at(m).month));
    labels->setLabelsAngle(-45);
    axisPercent->setRange(0, std::ceil(top / 25) * 25);
    axisPercent->setLabelFormat(QStringLiteral("%d%%"));
    axisPercent->setTickCount(int(std::ceil(top / 25)) + 1);
    chart->addAxis(labels, Qt::AlignBottom);
    chart->addAxis(axisPercent, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(labels);
        series->attachAxis(axisPercent);
    }
    replaceChart(this, chart);
}

SeatsForecastChart::SeatsForecastChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setForecast({});
}

void SeatsForecastChart::setForecast(const QList<capacity::GroupForecast> &shown)
{
    QChart *chart = titledChart(tr("Youth-care seats taken per month (busiest weekday, all groups)"));
    auto *taken = new QBarSet(tr("taken"));
    auto *free = new QBarSet(tr("free"));
    taken->setColor(QColor(0x5c, 0x6b, 0xc0));
    free->setColor(QColor(0xd6, 0xdb, 0xf2));
    auto *months = new QBarCategoryAxis;
    int most = 1;
    const int count = shown.isEmpty() ? 0 : int(shown.first().months.size());
    for (int m = 0; m < count; ++m) {
        int seatsTaken = 0, seats = 0;
        for (const capacity::GroupForecast &group : shown) {
            const MonthPeak peak = monthPeak(group.months.value(m));
            seatsTaken += peak.seatsTaken;
            seats += peak.seats;
        }
        *taken << seatsTaken;
        *free << std::max(0, seats - seatsTaken);
        most = std::max({most, seats, seatsTaken});
        months->append(monthLabel(shown.first().months.at(m).month));
    }
    auto *series = new QStackedBarSeries;
    series->append(taken);
    series->append(free);
    chart->addSeries(series);
    auto *axisCount = new QValueAxis;
    axisCount->setRange(0, most);
    axisCount->setTickCount(std::min(most, 10) + 1);
    axisCount->setLabelFormat(QStringLiteral("%d"));
    months->setLabelsAngle(-90);
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(axisCount, Qt::AlignLeft);
    series->attachAxis(months);
    series->attachAxis(axisCount);
    replaceChart(this, chart);
}

} // namespace samenplan::ui
