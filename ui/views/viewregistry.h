#pragma once

#include <QList>

class QWidget;

namespace samenplan::ui {

class PlannerView;

// The pages of the main window, in navigation order.
QList<PlannerView *> createPlannerViews(QWidget *parent);

} // namespace samenplan::ui
