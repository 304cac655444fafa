#include "forecast/forecastview.h"

#include "commands/scenariocommands.h"
#include "forecast/forecastcharts.h"
#include "persistence/locationrepository.h"
#include "views/weekdays.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
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
      m_whatIf(new QCheckBox(tr("What if the waiting list were placed"), this)),
      m_apply(new QPushButton(tr("Place them"), this)),
      m_occupancy(new OccupancyForecastChart(this)),
      m_seats(new SeatsForecastChart(this)),
      m_table(new QTableWidget(this)),
      m_placed(new QTreeWidget(this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_location->setToolTip(tr("The location this forecast is about"));
    m_months->setRange(1, 24);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    m_whatIf->setToolTip(tr("Places each waiting-list wish at its earliest fit, highest priority first, "
                            "and shows it beside the plan. Nothing is stored."));
    m_apply->setToolTip(tr("Places the children of the what-if for real, as one step that Undo takes back; "
                           "the placement rules are checked again."));
    m_apply->setVisible(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_whatIf);
    top->addWidget(m_months);
    top->addWidget(m_location);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_placed->setColumnCount(3);
    m_placed->setHeaderLabels({tr("Child"), tr("Group"), tr("From")});
    m_placed->setRootIsDecorated(false);
    m_placed->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_occupancy, 3);
    charts->addWidget(m_seats, 2);
    auto *chartsWidget = new QWidget(this);
    chartsWidget->setLayout(charts);
    auto *bottom = new QSplitter(this);
    bottom->addWidget(box(tr("Busiest weekday per month: regular children/places + youth-care seats taken/seats"), m_table, bottom));
    auto *placedBox = box(tr("What if: placed from the waiting list"), m_placed, bottom);
    placedBox->layout()->addWidget(m_apply);
    bottom->addWidget(placedBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
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
            reload();
    });
    connect(m_apply, &QPushButton::clicked, this, &ForecastView::applyWhatIf);
    connect(m_whatIf, &QCheckBox::toggled, this, [this] {
        if (document())
            reload();
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
        reload();
}

void ForecastView::setMonths(int months)
{
    m_months->setValue(months);
}

void ForecastView::setWhatIf(bool on)
{
    m_whatIf->setChecked(on);
}

void ForecastView::applyWhatIf()
{
    if (!document() || !m_scenario)
        return;
    QList<capacity::TentativePlacement> here; // this location's only, as the list shows them
    for (const capacity::TentativePlacement &p : m_scenario->placed) {
        const Group *group = m_scenario->data.group(p.placement.groupId);
        if (group && group->locationId == m_locationId)
            here.append(p);
    }
    if (!here.isEmpty())
        document()->undoStack()->push(new ApplyScenarioCommand(document(), here));
}

void ForecastView::clear()
{
    m_plan.clear();
    m_shown.clear();
    m_scenario.reset();
    m_heading->clear();
    m_location->clear();
    m_occupancy->setForecast({});
    m_seats->setForecast({});
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_placed->clear();
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
    m_scenario.reset();
    m_shown = m_plan;
    if (m_whatIf->isChecked() && !groups.isEmpty()) {
        m_scenario = capacity::placeWaitingList(records, std::max(first, QDate::currentDate())); // nobody before today
        m_shown = capacity::forecast(m_scenario->data, first, m_months->value(), groups);
    }
    const Location *location = records.location(m_locationId);
    m_heading->setText(tr("%1 from %2").arg(location ? location->name : QString(), QLocale().toString(first, QStringLiteral("MMMM yyyy"))));
    m_occupancy->setForecast(m_shown, m_scenario ? m_plan : QList<capacity::GroupForecast>{});
    m_seats->setForecast(m_shown);
    fillTable();
    fillPlaced();
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
            const MonthPeak before = monthPeak(m_plan.value(g).months.value(m));
            const bool differs = m_scenario && (peak.regular != before.regular || peak.seatsTaken != before.seatsTaken);
            auto *cell = new QTableWidgetItem(differs ? tr("%1 → %2").arg(cellText(before), cellText(peak)) : cellText(peak));
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

void ForecastView::fillPlaced()
{
    m_placed->clear();
    m_placed->parentWidget()->setVisible(m_scenario.has_value());
    m_apply->setVisible(false);
    if (!m_scenario)
        return;
    for (const capacity::TentativePlacement &p : m_scenario->placed) {
        const Group *group = m_scenario->data.group(p.placement.groupId);
        if (!group || group->locationId != m_locationId)
            continue;
        new QTreeWidgetItem(m_placed, {p.child, p.group, QLocale().toString(p.placement.start, QStringLiteral("d MMM yyyy"))});
        m_apply->setVisible(true);
    }
    for (const WaitingListEntry &entry : m_scenario->unplaced) {
        const Group *wished = m_scenario->data.group(entry.preferredGroupId);
        if (wished && wished->locationId != m_locationId)
            continue; // another location's wish
        new QTreeWidgetItem(m_placed, {m_scenario->data.children.value(entry.childId).displayName(), tr("fits nowhere within two years"), {}});
    }
    if (m_placed->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_placed, {tr("Nobody from the waiting list")});
}

} // namespace samenplan::ui
