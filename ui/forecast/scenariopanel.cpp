#include "forecast/scenariopanel.h"

#include "commands/scenariocommands.h"
#include "forecast/scenariochangedialog.h"
#include "shell/document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {
namespace {

using capacity::ScenarioChangeKind;

constexpr int PlanIndex = 0;
constexpr int WaitingListIndex = 1;

QString shown(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

ScenarioPanel::ScenarioPanel(QWidget *parent)
    : QGroupBox(tr("What if"), parent),
      m_chooser(new QComboBox(this)),
      m_state(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_place(new QPushButton(tr("Place them"), this)),
      m_save(new QPushButton(tr("Save as scenario..."), this)),
      m_new(new QPushButton(tr("New scenario..."), this)),
      m_add(new QPushButton(tr("Add a change..."), this)),
      m_remove(new QPushButton(tr("Remove the change"), this)),
      m_apply(new QPushButton(tr("Apply to the plan"), this)),
      m_discard(new QPushButton(tr("Discard the scenario"), this))
{
    m_chooser->setObjectName(QStringLiteral("whatIf"));
    m_chooser->setToolTip(tr("What the forecast shows beside the plan: the waiting list placed at its earliest fits "
                             "(not stored), or a scenario kept in the file. Scenarios are never printed."));
    m_chooser->addItem(tr("Only the plan"));
    m_chooser->addItem(tr("What if the waiting list were placed"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_place->setToolTip(tr("Places the children of the what-if for real, as one step that Undo takes back; "
                           "the placement rules are checked again."));
    m_apply->setToolTip(tr("Makes the scenario's changes to the plan as one step that Undo takes back; "
                           "every rule is checked again against the plan as it is now."));
    m_state->setWordWrap(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Change"), tr("About"), tr("From")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *first = new QHBoxLayout;
    first->addWidget(m_place);
    first->addWidget(m_save);
    first->addWidget(m_add);
    first->addWidget(m_remove);
    first->addStretch(1);
    auto *second = new QHBoxLayout;
    second->addWidget(m_apply);
    second->addWidget(m_discard);
    second->addStretch(1);
    second->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_state);
    layout->addWidget(m_list, 1);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_chooser, &QComboBox::activated, this, &ScenarioPanel::choiceChanged);
    connect(m_place, &QPushButton::clicked, this, &ScenarioPanel::placeWaitingList);
    connect(m_save, &QPushButton::clicked, this, &ScenarioPanel::askSaveWaitingList);
    connect(m_new, &QPushButton::clicked, this, &ScenarioPanel::askNewScenario);
    connect(m_add, &QPushButton::clicked, this, &ScenarioPanel::askChange);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem())
            removeChange(m_list->currentItem()->data(0, Qt::UserRole).toInt());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ScenarioPanel::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &ScenarioPanel::applyStored);
    connect(m_discard, &QPushButton::clicked, this, &ScenarioPanel::discardStored);
    showPlan();
}

void ScenarioPanel::setScenarios(const QList<capacity::Scenario> &scenarios, Id locationId)
{
    const QString chosen = choice() == Choice::Stored ? m_chooser->currentText() : QString();
    const int index = m_chooser->currentIndex();
    m_locationId = locationId;
    m_scenarios = scenarios;
    const QSignalBlocker quiet(m_chooser);
    while (m_chooser->count() > WaitingListIndex + 1)
        m_chooser->removeItem(m_chooser->count() - 1);
    for (const capacity::Scenario &s : std::as_const(m_scenarios))
        m_chooser->addItem(s.name);
    const int again = chosen.isEmpty() ? std::min(index, int(WaitingListIndex)) : m_chooser->findText(chosen);
    m_chooser->setCurrentIndex(again >= 0 ? again : PlanIndex);
}

ScenarioPanel::Choice ScenarioPanel::choice() const
{
    const int index = m_chooser->currentIndex();
    return index <= PlanIndex ? Choice::Plan : index == WaitingListIndex ? Choice::WaitingList : Choice::Stored;
}

void ScenarioPanel::choose(Choice which, const QString &name)
{
    const int index = which == Choice::Plan ? PlanIndex : which == Choice::WaitingList ? WaitingListIndex : m_chooser->findText(name);
    if (index < 0 || index == m_chooser->currentIndex())
        return;
    m_chooser->setCurrentIndex(index);
    Q_EMIT choiceChanged();
}

std::optional<capacity::Scenario> ScenarioPanel::stored() const
{
    const int index = m_chooser->currentIndex() - WaitingListIndex - 1;
    if (index < 0 || index >= m_scenarios.size())
        return std::nullopt;
    return m_scenarios.at(index);
}

void ScenarioPanel::showPlan()
{
    m_waiting.reset();
    m_list->clear();
    m_state->setText(tr("Choose a what-if at the top to see it beside the plan, or start a new scenario."));
    updateButtons();
}

void ScenarioPanel::showWaitingList(const capacity::WaitingListScenario &scenario, const capacity::CapacityData &records)
{
    m_records = records;
    m_waiting = scenario;
    m_list->clear();
    m_state->setText(tr("The waiting list placed at its earliest fits, highest priority first. Nothing is stored."));
    bool any = false;
    for (const capacity::TentativePlacement &p : scenario.placed) {
        const Group *group = scenario.data.group(p.placement.groupId);
        if (!group || group->locationId != m_locationId)
            continue;
        new QTreeWidgetItem(m_list, {p.child, p.group, shown(p.placement.start)});
        any = true;
    }
    m_waiting->placed.removeIf([this](const capacity::TentativePlacement &p) {
        const Group *group = m_waiting->data.group(p.placement.groupId);
        return !group || group->locationId != m_locationId;
    });
    for (const WaitingListEntry &entry : scenario.unplaced) {
        const Group *wished = scenario.data.group(entry.preferredGroupId);
        if (!wished || wished->locationId == m_locationId)
            new QTreeWidgetItem(m_list, {scenario.data.children.value(entry.childId).displayName(), tr("fits nowhere within two years"), {}});
    }
    if (!any && m_list->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_list, {tr("Nobody from the waiting list")});
    updateButtons();
}

void ScenarioPanel::showStored(const capacity::Scenario &scenario, const capacity::CapacityData &records)
{
    m_records = records;
    m_waiting.reset();
    m_list->clear();
    QString state = scenario.appliedOn.isValid() ? tr("Applied to the plan on %1.").arg(shown(scenario.appliedOn))
                                                 : tr("Kept in the file, not part of the plan.");
    if (!scenario.note.isEmpty())
        state += QLatin1Char(' ') + scenario.note;
    m_state->setText(state);
    for (int i = 0; i < scenario.changes.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_list, describe(scenario, scenario.changes.at(i), records));
        item->setData(0, Qt::UserRole, i);
    }
    if (scenario.changes.isEmpty())
        new QTreeWidgetItem(m_list, {tr("No changes yet: add one.")});
    updateButtons();
}

QStringList ScenarioPanel::describe(const capacity::Scenario &scenario, const capacity::ScenarioChange &c,
                                    const capacity::CapacityData &records)
{
    const auto child = [&records](Id id) { return records.children.value(id).displayName(); };
    const auto group = [&records](Id id) {
        const Group *g = records.group(id);
        return g ? g->name : tr("(a group no longer there)");
    };
    switch (c.kind) {
    case ScenarioChangeKind::Place: {
        const QString where = c.newGroup >= 0 ? scenario.changes.value(c.newGroup).group.name : group(c.groupId);
        return {c.youthCare ? tr("Place in a youth-care seat") : tr("Place"), tr("%1 in %2").arg(child(c.childId), where), shown(c.date)};
    }
    case ScenarioChangeKind::PlacementEnd:
        for (const Placement &p : records.placements) {
            if (p.id == c.placementId)
                return {c.date.isValid() ? tr("End the placement") : tr("Let the placement run on"),
                        tr("%1 in %2").arg(child(p.childId), group(p.groupId)), c.date.isValid() ? tr("last day %1").arg(shown(c.date)) : QString()};
        }
        return {tr("End the placement"), tr("(a placement that has ended)"), shown(c.date)};
    case ScenarioChangeKind::TrajectoryEnd:
        for (auto it = records.referrals.begin(); it != records.referrals.end(); ++it) {
            for (const Referral &r : *it) {
                if (r.id == c.referralId)
                    return {tr("Move the trajectory's end"), child(r.childId), tr("to %1").arg(shown(c.date))};
            }
        }
        return {tr("Move the trajectory's end"), QString(), shown(c.date)};
    case ScenarioChangeKind::AddGroup:
        return {tr("Add a group"), tr("%1: %2 children, %3 youth-care seats, %4-%5 months")
                                       .arg(c.group.name).arg(c.group.maxChildren).arg(c.group.youthCareSeats)
                                       .arg(c.group.minAgeMonths).arg(c.group.maxAgeMonths), QString()};
    case ScenarioChangeKind::GroupMaximum:
        return {tr("Change the maximum"), tr("%1: %2 children, %3 youth-care seats").arg(group(c.groupId)).arg(c.number).arg(c.seats), QString()};
    }
    return {};
}

void ScenarioPanel::updateButtons()
{
    const Choice now = choice();
    const auto scenario = stored();
    const bool open = scenario && !scenario->appliedOn.isValid();
    m_place->setVisible(now == Choice::WaitingList && m_waiting && !m_waiting->placed.isEmpty());
    m_save->setVisible(now == Choice::WaitingList && m_waiting && !m_waiting->placed.isEmpty());
    m_add->setVisible(open);
    m_remove->setVisible(open);
    m_remove->setEnabled(m_list->currentItem() && m_list->currentItem()->data(0, Qt::UserRole).isValid());
    m_apply->setVisible(open);
    m_apply->setEnabled(open && !scenario->changes.isEmpty());
    m_discard->setVisible(scenario.has_value());
    m_new->setEnabled(m_locationId != NoId);
}

bool ScenarioPanel::push(QUndoCommand *command)
{
    if (!m_document) {
        delete command;
        return false;
    }
    const int before = m_document->undoStack()->index();
    m_document->undoStack()->push(command);
    return m_document->undoStack()->index() != before; // a refused command leaves the stack as it was
}

void ScenarioPanel::placeWaitingList()
{
    if (m_waiting && !m_waiting->placed.isEmpty())
        push(new ApplyScenarioCommand(m_document, m_waiting->placed));
}

void ScenarioPanel::saveWaitingListAs(const QString &name)
{
    if (!m_waiting)
        return;
    capacity::Scenario scenario;
    scenario.name = name;
    scenario.locationId = m_locationId;
    scenario.changes = capacity::placesOf(*m_waiting, m_locationId);
    if (push(new SaveScenarioCommand(m_document, scenario)))
        choose(Choice::Stored, name.trimmed());
}

void ScenarioPanel::newScenario(const QString &name)
{
    capacity::Scenario scenario;
    scenario.name = name;
    scenario.locationId = m_locationId;
    if (push(new SaveScenarioCommand(m_document, scenario)))
        choose(Choice::Stored, name.trimmed());
}

void ScenarioPanel::addChange(const capacity::ScenarioChange &change)
{
    const auto before = stored();
    if (!before)
        return;
    capacity::Scenario after = *before;
    after.changes.append(change);
    push(new ChangeScenarioCommand(m_document, tr("add a change to the scenario %1").arg(before->name), *before, after));
}

void ScenarioPanel::removeChange(int index)
{
    const auto before = stored();
    if (!before || index < 0 || index >= before->changes.size())
        return;
    // A group the scenario adds goes with the places into it; later references move up.
    capacity::Scenario after = *before;
    after.changes.clear();
    QList<int> newIndex(before->changes.size(), -1);
    for (int i = 0; i < before->changes.size(); ++i) {
        const capacity::ScenarioChange &c = before->changes.at(i);
        if (i == index || (c.newGroup >= 0 && c.newGroup == index))
            continue;
        newIndex[i] = int(after.changes.size());
        after.changes.append(c);
    }
    for (capacity::ScenarioChange &c : after.changes) {
        if (c.newGroup >= 0)
            c.newGroup = newIndex.value(c.newGroup, -1);
    }
    push(new ChangeScenarioCommand(m_document, tr("remove a change from the scenario %1").arg(before->name), *before, after));
}

void ScenarioPanel::applyStored()
{
    if (const auto scenario = stored())
        push(new ApplyStoredScenarioCommand(m_document, *scenario));
}

void ScenarioPanel::discardStored()
{
    if (const auto scenario = stored())
        push(new DiscardScenarioCommand(m_document, *scenario));
}

void ScenarioPanel::askNewScenario()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New scenario"), tr("Name of the scenario:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        newScenario(name);
}

void ScenarioPanel::askSaveWaitingList()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as scenario"), tr("Name of the scenario:"), QLineEdit::Normal,
                                               tr("Waiting list %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveWaitingListAs(name);
}

void ScenarioPanel::askChange()
{
    const auto scenario = stored();
    if (!scenario)
        return;
    ScenarioChangeDialog dialog(m_records, *scenario, m_locationId, this);
    if (dialog.exec() == QDialog::Accepted)
        addChange(dialog.change());
}

} // namespace samenplan::ui
