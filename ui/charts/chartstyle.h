#pragma once
// The look shared by Samenplan's small charts (overview, forecast): a bold title, no animation,
// narrow margins, the legend below; and swapping a view's chart without leaking the old one.

#include <QString>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace samenplan::ui {

QChart *titledChart(const QString &title);
void replaceChart(QChartView *view, QChart *chart); // deletes the chart the view showed before

} // namespace samenplan::ui
