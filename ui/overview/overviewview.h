#pragma once
// Overview ("Overzicht"), the first page when a file opens: for the shown week and one location,
// the week's problems first (grouped per group and day, a click shows one where it is fixed), the
// places and youth-care seats free per group and day with two small charts, the trajectories
// ending within six weeks, the children turning 4 within three months, and the waiting list with
// the earliest date each wish fits a group. Everything on it opens the record it is about.

#include "overview/weekoverview.h"
#include "views/plannerview.h"

class QComboBox;
class QLabel;
class QTreeWidget;

namespace samenplan::ui {

class OccupancyChart;
class PlacesTable;
class ProblemSummary;
class SeatsChart;

class OverviewView : public PlannerView {
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override;
    QIcon icon() const override;

    void setLocation(Id locationId);
    Id location() const { return m_locationId; }
    const overview::WeekOverview &shown() const { return m_overview; }
    ProblemSummary *problems() const { return m_problems; }
    PlacesTable *places() const { return m_places; }
    QTreeWidget *trajectories() const { return m_trajectories; }
    QTreeWidget *turningFour() const { return m_turningFour; }
    QTreeWidget *waitingList() const { return m_waitingList; }

protected:
    void reload() override;
    void clear() override;

private:
    void fillLists();

    QLabel *m_heading;
    QComboBox *m_location;
    Id m_locationId = NoId;
    ProblemSummary *m_problems;
    PlacesTable *m_places;
    OccupancyChart *m_occupancy;
    SeatsChart *m_seats;
    QTreeWidget *m_trajectories;
    QTreeWidget *m_turningFour;
    QTreeWidget *m_waitingList;
    overview::WeekOverview m_overview;
};

} // namespace samenplan::ui
