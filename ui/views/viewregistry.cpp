#include "views/viewregistry.h"

#include "forecast/forecastview.h"
#include "attendance/attendanceview.h"
#include "overview/overviewview.h"
#include "views/childrenview.h"
#include "views/coachingview.h"
#include "views/groupsview.h"
#include "views/rosterview.h"
#include "views/staffview.h"

namespace samenplan::ui {

QList<PlannerView *> createPlannerViews(QWidget *parent)
{
    return {new OverviewView(parent), new ForecastView(parent), new GroupsView(parent), new RosterView(parent), new CoachingView(parent),
            new ChildrenView(parent), new StaffView(parent), new AttendanceView(parent)};
}

} // namespace samenplan::ui
