#pragma once
// The roster page's "Day timeline" mode: a tab per day of the shown week above the day timeline
// (daytimeline.h) and a line that explains its colours.

#include "timeline/daytimeline.h"
#include "util/clock.h"
#include "widgets/daytabs.h"

#include <QWidget>

class QScrollArea;

namespace samenplan::planning {
class PlanningData;
}

namespace samenplan::ui {

class TimelinePage : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePage(QWidget *parent = nullptr);
    // Shows date (a day of the week plan covers) from plan.
    void show(const planning::PlanningData &plan, const QDate &date);
    void clear();
    QDate date() const { return m_days->date(); }
    DayTimeline *timeline() const { return m_timeline; }
    DayTabs *days() const { return m_days; }

Q_SIGNALS:
    void dayChosen(const QDate &date);

private:
    DayTabs *m_days;
    QScrollArea *m_scroll;
    DayTimeline *m_timeline;
};

} // namespace samenplan::ui
