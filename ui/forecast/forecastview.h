#pragma once
// Forecast ("Prognose", issue #16): how full a location's groups are in the coming months, from the
// shown week's month on. Per group and month the busiest weekday's regular children against the
// regular places, the youth-care seats taken, and who leaves (by age or the end of a placement; a
// trajectory's end is youth-care information and is not shown), with two charts and the waiting
// list's demand drawn over them. Beside the plan it shows a what-if (scenariopanel.h): the waiting
// list placed at its earliest fits in memory (capacity/scenario.h), or a scenario kept in the file
// (capacity/scenarioplan.h); the differences are highlighted.

#include "capacity/forecast.h"
#include "capacity/scenario.h"
#include "views/plannerview.h"

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace samenplan::ui {

class OccupancyForecastChart;
class ScenarioPanel;
class SeatsForecastChart;

class ForecastView : public PlannerView {
    Q_OBJECT
public:
    explicit ForecastView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("forecast"); }
    QString title() const override;
    QIcon icon() const override;

    void setLocation(Id locationId);
    void setMonths(int months);
    // Shows the waiting list placed in memory beside the plan, or the plan alone.
    void setWhatIf(bool on);
    // Places the what-if's children for real, as one undoable change through the change layer.
    void applyWhatIf();
    const QList<capacity::GroupForecast> &shown() const { return m_shown; } // the what-if's when one is shown
    const QList<capacity::GroupForecast> &plan() const { return m_plan; }
    const std::optional<capacity::WaitingListScenario> &scenario() const { return m_scenario; }
    QTableWidget *table() const { return m_table; }
    QTreeWidget *placedList() const;
    ScenarioPanel *scenarios() const { return m_panel; }

    static constexpr int DifferRole = Qt::UserRole + 2; // true on a cell where the scenario differs

protected:
    void reload() override;
    void clear() override;

private:
    void fillTable();
    // The what-if the panel chose, counted for the location's groups; false when none is shown.
    bool countWhatIf(const capacity::CapacityData &records, const QDate &first, const QList<Id> &groups);

    QLabel *m_heading;
    QComboBox *m_location;
    QSpinBox *m_months;
    OccupancyForecastChart *m_occupancy;
    SeatsForecastChart *m_seats;
    QTableWidget *m_table;
    ScenarioPanel *m_panel;
    Id m_locationId = NoId;
    QList<capacity::GroupForecast> m_plan;
    QList<capacity::GroupForecast> m_shown;
    std::optional<capacity::WaitingListScenario> m_scenario;
    bool m_comparing = false; // a what-if is shown beside the plan
};

} // namespace samenplan::ui
