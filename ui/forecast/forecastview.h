#pragma once
// Forecast ("Prognose", issue #16): how full a location's groups are in the coming months, from the
// shown week's month on. Per group and month the busiest weekday's regular children against the
// regular places, the youth-care seats taken, and who leaves (by age or the end of a placement; a
// trajectory's end is youth-care information and is not shown), with two charts and the waiting
// list's demand drawn over them. "What if" places the waiting list at its earliest fits in memory
// (capacity/scenario.h) and shows it beside the plan, the differences highlighted; nothing is stored.

#include "capacity/forecast.h"
#include "capacity/scenario.h"
#include "views/plannerview.h"

#include <optional>

class QCheckBox;
class QPushButton;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace samenplan::ui {

class OccupancyForecastChart;
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
    void setWhatIf(bool on);
    // Places the what-if's children for real, as one undoable change through the change layer.
    void applyWhatIf();
    const QList<capacity::GroupForecast> &shown() const { return m_shown; } // the scenario when what-if is on
    const QList<capacity::GroupForecast> &plan() const { return m_plan; }
    const std::optional<capacity::WaitingListScenario> &scenario() const { return m_scenario; }
    QTableWidget *table() const { return m_table; }
    QTreeWidget *placedList() const { return m_placed; }

    static constexpr int DifferRole = Qt::UserRole + 2; // true on a cell where the scenario differs

protected:
    void reload() override;
    void clear() override;

private:
    void fillTable();
    void fillPlaced();

    QLabel *m_heading;
    QComboBox *m_location;
    QSpinBox *m_months;
    QCheckBox *m_whatIf;
    QPushButton *m_apply;
    OccupancyForecastChart *m_occupancy;
    SeatsForecastChart *m_seats;
    QTableWidget *m_table;
    QTreeWidget *m_placed;
    Id m_locationId = NoId;
    QList<capacity::GroupForecast> m_plan;
    QList<capacity::GroupForecast> m_shown;
    std::optional<capacity::WaitingListScenario> m_scenario;
};

} // namespace samenplan::ui
