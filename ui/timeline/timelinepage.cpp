#include "timeline/timelinepage.h"

#include "planning/planningdata.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace samenplan::ui {

TimelinePage::TimelinePage(QWidget *parent)
    : QWidget(parent), m_days(new DayTabs(this)), m_scroll(new QScrollArea(this)), m_timeline(new DayTimeline(this))
{
    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    auto *legend = new QLabel(this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    auto swatch = [](const char *colour, const QString &mark, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3").arg(QLatin1String(colour), mark, text.toHtmlEscaped());
    };
    const QString square = QStringLiteral("&#9632;");
    legend->setText(QStringList{swatch("#1e88e5", square, tr("children present")),
                                swatch("#367f39", QStringLiteral("&#9473;"), tr("professionals present")),
                                swatch("#000000", QStringLiteral("&#9476;"), tr("professionals required")),
                                tr("on the axis:").toHtmlEscaped(), swatch("#43a047", square, tr("met")),
                                swatch("#f5a623", square, tr("below, within the three-hour rule")),
                                swatch("#c62828", square, tr("below, a violation"))}
                        .join(QStringLiteral(" &nbsp; "))
                    + QStringLiteral("<br>")
                    + tr("Drag a shift to move it, or its start or end to change the times (in quarter hours).").toHtmlEscaped());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_days);
    layout->addWidget(legend);
    layout->addWidget(m_scroll, 1);
    connect(m_days, &DayTabs::dayChosen, this, &TimelinePage::dayChosen);
}

void TimelinePage::show(const planning::PlanningData &plan, const QDate &date)
{
    m_days->showWeek(date, [&plan](const QDate &day) { // a weekend day with a shift
        return std::any_of(plan.shifts.begin(), plan.shifts.end(), [&day](const Shift &shift) { return shift.date == day; });
    });
    layout()->invalidate();
    m_timeline->setDay(timelineDay(plan, date));
}

void TimelinePage::clear()
{
    m_days->showWeek({});
    m_timeline->setDay({});
}

} // namespace samenplan::ui
