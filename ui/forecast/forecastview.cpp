#include "forecast/forecastview.h"

#include "forecast/forecastcharts.h"
#include "forecast/scenariopanel.h"
#include "persistence/locationrepository.h"
#include "persistence/scenariorepository.h"
#include "views/weekdays.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samenplan::ui {
namespace {

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content, 1);
    return group;
}

QString cellText(const MonthPeak &peak)
{
    QString text = QStringLiteral("%1/%2").arg(peak.regular).arg(peak.places);
    if (peak.seats > 0)
        text += QStringLiteral(" + %1/%2").arg(peak.seatsTaken).arg(peak.seats);
    return text;
}

} // namespace

ForecastView::ForecastView(QWidget *parent)
    : PlannerView(parent),
      m_heading(new QLabel(this)),
      m_location(new QComboBox(this)),
      m_months(new QSpinBox(this)),
      m_occupancy(new OccupancyForecastChart(this)),
      m_seats(new SeatsForecastChart(this)),
      m_table(new QTableWidget(this)),
      m_panel(new ScenarioPanel(this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true); // a long line (no location yet) wraps rather than widen the window
    m_heading->setMinimumWidth(200);
    m_location->setToolTip(tr("The location this forecast is about"));
    m_months->setRange(1, 24);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_panel->chooser());
    top->addWidget(m_months);
    top->addWidget(m_location);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_occupancy, 3);
    charts->addWidget(m_seats, 2);
    auto *chartsWidget = new QWidget(this);
    chartsWidget->setLayout(charts);
    auto *bottom = new QSplitter(this);
    bottom->addWidget(box(tr("Busiest weekday per month: regular children/places + youth-care seats taken/seats"), m_table, bottom));
    bottom->addWidget(m_panel);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(chartsWidget);
    rows->addWidget(bottom);
    rows->setStretchFactor(0, 3);
    rows->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rows, 1);

    connect(m_location, &QComboBox::activated, this, [this] { setLocation(m_location->currentData().toLongLong()); });
    connect(m_months, &QSpinBox::valueChanged, this, [this] {
        if (document())
            load();
    });
    connect(m_panel, &ScenarioPanel::choiceChanged, this, [this] {
        if (document())
            load();
    });
}

QString ForecastView::title() const
{
    return tr("Forecast");
}

QIcon ForecastView::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void ForecastView::setLocation(Id locationId)
{
    m_locationId = locationId;
    if (document())
        load();
}

void ForecastView::setMonths(int months)
{
    m_months->setValue(months);
}

void ForecastView::setWhatIf(bool on)
{
    m_panel->choose(on ? ScenarioPanel::Choice::WaitingList : ScenarioPanel::Choice::Plan);
}

void ForecastView::applyWhatIf()
{
    m_panel->placeWaitingList();
}

QTreeWidget *ForecastView::placedList() const
{
    return m_panel->list();
}

void ForecastView::clear()
{
    m_plan.clear();
    m_shown.clear();
    m_scenario.reset();
    m_comparing = false;
    m_heading->clear();
    m_location->clear();
    m_occupancy->setForecast({});
    m_seats->setForecast({});
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_panel->showPlan();
}

void ForecastView::reload()
{
    const Database &db = document()->database();
    const QList<Location> locations = LocationRepository(db).all();
    {
        const QSignalBlocker quiet(m_location);
        m_location->clear();
        for (const Location &location : locations)
            m_location->addItem(location.name, location.id);
    }
    m_location->setVisible(locations.size() > 1);
    bool known = false;
    for (const Location &location : locations)
        known = known || location.id == m_locationId;
    if (!known)
        m_locationId = locations.isEmpty() ? NoId : locations.first().id;
    m_location->setCurrentIndex(m_location->findData(m_locationId));
    if (m_locationId == NoId) {
        clear();
        m_heading->setText(tr("No location yet: add one, or import a location's spreadsheets (File menu)."));
        return;
    }
    const QDate first(date().year(), date().month(), 1);
    const capacity::CapacityData records = capacity::CapacityData::load(db, first);
    QList<Id> groups;
    for (const Group &group : records.groups) {
        if (group.locationId == m_locationId)
            groups.append(group.id);
    }
    m_plan = capacity::forecast(records, first, m_months->value(), groups);
    m_shown = m_plan;
    m_comparing = countWhatIf(records, first, groups);
    const Location *location = records.location(m_locationId);
    m_heading->setText(tr("%1 from %2").arg(location ? location->name : QString(), QLocale().toString(first, QStringLiteral("MMMM yyyy"))));
    m_occupancy->setForecast(m_shown, m_comparing ? m_plan : QList<capacity::GroupForecast>{});
    m_seats->setForecast(m_shown);
    fillTable();
}

bool ForecastView::countWhatIf(const capacity::CapacityData &records, const QDate &first, const QList<Id> &groups)
{
    m_scenario.reset();
    m_panel->setDocument(document());
    m_panel->setScenarios(ScenarioRepository(document()->database()).ofLocation(m_locationId), m_locationId);
    switch (m_panel->choice()) {
    case ScenarioPanel::Choice::Plan:
        m_panel->showPlan();
        return false;
    case ScenarioPanel::Choice::WaitingList:
        m_scenario = capacity::placeWaitingList(records, std::max(first, QDate::currentDate())); // nobody before today
        m_shown = capacity::forecast(m_scenario->data, first, m_months->value(), groups);
        m_panel->showWaitingList(*m_scenario, records);
        return true;
    case ScenarioPanel::Choice::Stored:
        break;
    }
    const capacity::Scenario stored = *m_panel->stored();
    m_panel->showStored(stored, records);
    if (stored.appliedOn.isValid())
        return false; // its changes are in the plan now
    QList<Id> withNew = groups; // and the groups it adds here
    for (int i = 0; i < stored.changes.size(); ++i) {
        const capacity::ScenarioChange &c = stored.changes.at(i);
        if (c.kind == capacity::ScenarioChangeKind::AddGroup && c.group.locationId == m_locationId)
            withNew.append(capacity::scenarioGroupId(i));
    }
    m_shown = capacity::forecast(capacity::withScenario(records, stored), first, m_months->value(), withNew);
    // The plan's groups first, in the plan's order and colours, then the groups the scenario adds.
    std::stable_partition(m_shown.begin(), m_shown.end(), [](const capacity::GroupForecast &g) { return g.groupId > 0; });
    return true;
}

void ForecastView::fillTable()
{
    m_table->clear();
    const int months = m_shown.isEmpty() ? 0 : int(m_shown.first().months.size());
    m_table->setRowCount(int(m_shown.size()));
    m_table->setColumnCount(months);
    QStringList columns, rows;
    for (int m = 0; m < months; ++m)
        columns << QLocale().toString(m_shown.first().months.at(m).month, QStringLiteral("MMM yy"));
    for (int g = 0; g < m_shown.size(); ++g) {
        const capacity::GroupForecast &group = m_shown.at(g);
        rows << group.group;
        for (int m = 0; m < group.months.size(); ++m) {
            const capacity::MonthForecast &month = group.months.at(m);
            const MonthPeak peak = monthPeak(month);
            const capacity::GroupForecast *inPlan = nullptr; // none for a group the what-if adds
            for (const capacity::GroupForecast &planned : std::as_const(m_plan))
                inPlan = planned.groupId == group.groupId ? &planned : inPlan;
            const MonthPeak before = inPlan ? monthPeak(inPlan->months.value(m)) : MonthPeak{};
            const bool differs = m_comparing && (!inPlan || peak.regular != before.regular || peak.seatsTaken != before.seatsTaken
                                                 || peak.places != before.places || peak.seats != before.seats);
            auto *cell = new QTableWidgetItem(differs && inPlan ? tr("%1 → %2").arg(cellText(before), cellText(peak)) : cellText(peak));
            QStringList tip;
            for (const capacity::WeekdayForecast &day : month.weekdays)
                tip << tr("%1: %2 of %3 regular places (average %4), %5 of %6 seats, %7 professionals; %8 waiting")
                           .arg(shortDayName(day.weekday))
                           .arg(day.regularPeak)
                           .arg(day.regularPlaces)
                           .arg(QLocale().toString(day.regularAverage, 'f', 1))
                           .arg(day.youthCarePeak)
                           .arg(day.youthCareSeats)
                           .arg(day.requiredStaffPeak)
                           .arg(day.waiting);
            QStringList leaving;
            for (const capacity::Leaving &child : month.leaving) {
                if (child.reason != capacity::LeavingReason::TrajectoryEnd) // youth-care information
                    leaving << tr("%1 (last day %2)").arg(child.name, QLocale().toString(child.lastDay, QLocale::ShortFormat));
            }
            if (!leaving.isEmpty())
                tip << tr("Leaving: %1").arg(leaving.join(QStringLiteral(", ")));
            cell->setToolTip(tip.join(QLatin1Char('\n')));
            cell->setData(DifferRole, differs);
            if (peak.regular > peak.places || peak.seatsTaken > peak.seats)
                cell->setForeground(QColor(0xb0, 0x20, 0x20));
            if (differs) {
                cell->setBackground(QColor(0xff, 0xf1, 0xb8));
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_table->setItem(g, m, cell);
        }
    }
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
}

} // namespace samenplan::ui
