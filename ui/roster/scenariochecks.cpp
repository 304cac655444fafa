#include "roster/scenariochecks.h"

#include "capacity/scenarioplan.h"
#include "groups/boardwhatif.h"
#include "roster/checkdiff.h"
#include "util/clock.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samenplan::ui {
namespace {

void addItems(QTreeWidget *list, const QList<roster::Violation> &items, const planning::PlanningData &data, bool added)
{
    for (const roster::Violation &v : items) {
        const Group *group = data.group(v.groupId);
        const Staff *staff = data.staffMember(v.staffId);
        QStringList when;
        if (v.date.isValid())
            when << QLocale().toString(v.date, QStringLiteral("ddd d-M"));
        if (v.time)
            when << formatRange(*v.time);
        if (group || staff)
            when << (group ? group->name : staff->name);
        auto *item = new QTreeWidgetItem(list, {added ? QStringLiteral("+") : QStringLiteral("−"),
                                                when.join(QStringLiteral(" · ")) + QLatin1Char('\n') + v.message});
        item->setData(1, ScenarioChecks::WhereRole, group ? group->name : staff ? staff->name : QString());
        item->setForeground(0, added ? QColor(0xb0, 0x20, 0x20) : QColor(0x2e, 0x7d, 0x32));
        item->setToolTip(1, v.message);
        item->setToolTip(0, added ? ScenarioChecks::tr("The scenario adds this") : ScenarioChecks::tr("The scenario resolves this"));
    }
}

} // namespace

ScenarioChecks::ScenarioChecks(QWidget *parent)
    : QWidget(parent), m_chooser(new QComboBox(this)), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    m_chooser->setObjectName(QStringLiteral("whatIf"));
    m_chooser->setToolTip(tr("A what-if scenario kept in the file (made on the Forecast page): its checks of this week "
                             "beside the plan's"));
    m_summary->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch); // the message wraps in what is left
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>What if</b>"), this));
    layout->addWidget(m_chooser);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_chooser, &QComboBox::activated, this, &ScenarioChecks::choiceChanged);
    clear();
}

void ScenarioChecks::clear()
{
    m_chooser->clear();
    m_list->clear();
    m_summary->clear();
    m_list->hide();
    hide();
}

void ScenarioChecks::compare(const Database &db, const planning::PlanningData &plan, const QList<roster::Violation> &planChecks,
                             const QList<FixedFace> &fixedFaces, const IsoWeek &week)
{
    const QString chosen = m_chooser->currentIndex() > 0 ? m_chooser->currentText() : QString();
    const QList<capacity::Scenario> scenarios = openScenarios(db, NoId); // the roster is the organisation's week
    std::optional<capacity::Scenario> scenario;
    {
        const QSignalBlocker quiet(m_chooser);
        m_chooser->clear();
        m_chooser->addItem(tr("Only the plan"));
        for (const capacity::Scenario &s : scenarios) {
            m_chooser->addItem(s.name);
            if (s.name == chosen)
                scenario = s;
        }
        m_chooser->setCurrentIndex(scenario ? m_chooser->findText(scenario->name) : 0);
    }
    setVisible(!scenarios.isEmpty());
    m_list->clear();
    m_list->setVisible(scenario.has_value());
    // Without a list it takes only the room it needs; the page's problems get the rest.
    setSizePolicy(QSizePolicy::Preferred, scenario ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    if (!scenario) {
        m_summary->setText(tr("Choose a scenario to see what it would change in this week's checks."));
        return;
    }
    const planning::PlanningData what = capacity::withScenario(plan, *scenario);
    const roster::CheckDifference difference = roster::compareChecks(planChecks, roster::checkWeek(what, fixedFaces, week));
    addItems(m_list, difference.added, what, true);
    addItems(m_list, difference.resolved, plan, false);
    m_list->doItemsLayout(); // the rows' heights for the wrapped messages
    m_summary->setText(difference.added.isEmpty() && difference.resolved.isEmpty()
                           ? tr("The scenario changes nothing in this week's checks.")
                           : tr("%1 more, %2 resolved in this week's checks (+ more, − resolved).")
                                 .arg(difference.added.size())
                                 .arg(difference.resolved.size()));
}

} // namespace samenplan::ui
