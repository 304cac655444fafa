#include "forecast/scenariochangedialog.h"

#include "dialogs/choices.h"
#include "domain/validation.h"
#include "widgets/datefield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>

namespace samenplan::ui {
namespace {

using capacity::ScenarioChangeKind;

constexpr ScenarioChangeKind pageKinds[] = {ScenarioChangeKind::Place, ScenarioChangeKind::PlacementEnd,
                                            ScenarioChangeKind::TrajectoryEnd, ScenarioChangeKind::AddGroup,
                                            ScenarioChangeKind::GroupMaximum};

QWidget *page(QWidget *parent, QFormLayout **form)
{
    auto *widget = new QWidget(parent);
    *form = new QFormLayout(widget);
    (*form)->setContentsMargins(0, 0, 0, 0);
    return widget;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

ScenarioChangeDialog::ScenarioChangeDialog(const capacity::CapacityData &records, const capacity::Scenario &scenario,
                                           Id locationId, QWidget *parent)
    : FormDialog(parent),
      m_records(records),
      m_scenario(scenario),
      m_locationId(locationId),
      m_kind(new QComboBox(this)),
      m_pages(new QStackedWidget(this)),
      m_start(new DateField(QDate::currentDate(), this)),
      m_lastDay(new DateField(QDate::currentDate(), this)),
      m_plannedEnd(new DateField(QDate::currentDate(), this)),
      m_wish(new QComboBox(this)),
      m_target(new QComboBox(this)),
      m_youthCare(new QCheckBox(tr("In a youth-care seat"), this)),
      m_placement(new QComboBox(this)),
      m_referral(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_careType(new QComboBox(this)),
      m_minAge(new QSpinBox(this)),
      m_maxAge(new QSpinBox(this)),
      m_newMaximum(new QSpinBox(this)),
      m_newSeats(new QSpinBox(this)),
      m_group(new QComboBox(this)),
      m_maximum(new QSpinBox(this)),
      m_seats(new QSpinBox(this))
{
    setWindowTitle(tr("Add a change to %1").arg(scenario.name));
    m_kind->addItems({tr("Place a child from the waiting list"), tr("End or extend a placement"),
                      tr("Move the end of a youth-care trajectory"), tr("Add a group"), tr("Change a group's maximum")});
    m_pages->addWidget(placePage());
    m_pages->addWidget(endPage());
    m_pages->addWidget(trajectoryPage());
    m_pages->addWidget(newGroupPage());
    m_pages->addWidget(maximumPage());
    form()->addRow(tr("Change"), m_kind);
    form()->addRow(m_pages);
    m_lastDay->setOptional(tr("none: the placement runs on"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScenarioChangeDialog::kindChosen);
    for (QComboBox *box : {m_wish, m_target, m_placement, m_referral, m_group})
        connect(box, &QComboBox::currentIndexChanged, this, &ScenarioChangeDialog::revalidate);
    for (QSpinBox *box : {m_minAge, m_maxAge, m_newMaximum, m_newSeats, m_maximum, m_seats}) {
        box->setRange(0, 99);
        connect(box, &QSpinBox::valueChanged, this, &ScenarioChangeDialog::revalidate);
    }
    m_minAge->setRange(0, 156);
    m_maxAge->setRange(1, 156);
    m_maxAge->setValue(48);
    m_newMaximum->setValue(12);
    connect(m_name, &QLineEdit::textChanged, this, &ScenarioChangeDialog::revalidate);
    for (DateField *date : {m_start, m_lastDay, m_plannedEnd})
        connect(date, &DateField::dateChanged, this, &ScenarioChangeDialog::revalidate);
    kindChosen();
}

QWidget *ScenarioChangeDialog::placePage()
{
    QFormLayout *form = nullptr;
    QWidget *widget = page(this, &form);
    Choices wishes;
    for (const WaitingListEntry &entry : m_records.waitingList) {
        const Group *wished = m_records.group(entry.preferredGroupId);
        if (!wished || wished->locationId == m_locationId)
            wishes.append({entry.id, tr("%1, from %2").arg(m_records.children.value(entry.childId).displayName(),
                                                           shortDate(entry.wishedStart))});
    }
    fillChoices(m_wish, wishes, NoId, tr("(choose a wish)"));
    Choices groups;
    for (const Group &group : m_records.groupsInOrder()) {
        if (group.locationId == m_locationId && !group.archivedOn(QDate::currentDate()))
            groups.append({group.id, group.name});
    }
    for (int i = 0; i < m_scenario.changes.size(); ++i) {
        if (m_scenario.changes.at(i).kind == ScenarioChangeKind::AddGroup)
            groups.append({capacity::scenarioGroupId(i), tr("%1 (new in this scenario)").arg(m_scenario.changes.at(i).group.name)});
    }
    fillChoices(m_target, groups, NoId, tr("(choose a group)"));
    connect(m_wish, &QComboBox::currentIndexChanged, this, [this] {
        for (const WaitingListEntry &entry : m_records.waitingList) {
            if (entry.id != chosenId(m_wish))
                continue;
            m_start->setDate(std::max(entry.wishedStart, QDate::currentDate()));
            const int target = m_target->findData(QVariant::fromValue<qint64>(entry.preferredGroupId));
            if (target >= 0)
                m_target->setCurrentIndex(target);
            m_youthCare->setChecked(m_records.referralFrom(entry.childId, m_start->date()) != nullptr);
        }
    });
    form->addRow(tr("Wish"), m_wish);
    form->addRow(tr("Group"), m_target);
    form->addRow(tr("First day"), m_start);
    form->addRow(QString(), m_youthCare);
    return widget;
}

QWidget *ScenarioChangeDialog::endPage()
{
    QFormLayout *form = nullptr;
    QWidget *widget = page(this, &form);
    Choices placements;
    for (const Placement &p : m_records.placements) {
        const Group *group = m_records.group(p.groupId);
        if (group && group->locationId == m_locationId)
            placements.append({p.id, tr("%1 in %2, %3").arg(m_records.children.value(p.childId).displayName(), group->name,
                                                             p.end.isValid() ? tr("until %1").arg(shortDate(p.end)) : tr("open-ended"))});
    }
    std::sort(placements.begin(), placements.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    fillChoices(m_placement, placements, NoId, tr("(choose a placement)"));
    form->addRow(tr("Placement"), m_placement);
    form->addRow(tr("Last day"), m_lastDay);
    return widget;
}

QWidget *ScenarioChangeDialog::trajectoryPage()
{
    QFormLayout *form = nullptr;
    QWidget *widget = page(this, &form);
    Choices referrals;
    for (const Placement &p : m_records.placements) {
        const Group *group = m_records.group(p.groupId);
        if (!group || group->locationId != m_locationId || p.kind != PlacementKind::YouthCare)
            continue;
        for (const Referral &r : m_records.referrals.value(p.childId)) {
            const std::pair<Id, QString> choice{r.id, tr("%1, planned to end %2").arg(m_records.children.value(p.childId).displayName(),
                                                                                    shortDate(r.plannedEnd))};
            if (!referrals.contains(choice))
                referrals.append(choice);
        }
    }
    fillChoices(m_referral, referrals, NoId, tr("(choose a trajectory)"));
    form->addRow(tr("Trajectory"), m_referral);
    form->addRow(tr("Planned end"), m_plannedEnd);
    return widget;
}

QWidget *ScenarioChangeDialog::newGroupPage()
{
    QFormLayout *form = nullptr;
    QWidget *widget = page(this, &form);
    for (CareType type : {CareType::DayCare, CareType::Preschool, CareType::OutOfSchool})
        m_careType->addItem(careTypeName(type), int(type));
    m_minAge->setSuffix(tr(" months"));
    m_maxAge->setSuffix(tr(" months"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Care type"), m_careType);
    form->addRow(tr("From age"), m_minAge);
    form->addRow(tr("Until age"), m_maxAge);
    form->addRow(tr("Most children at one moment"), m_newMaximum);
    form->addRow(tr("Of which youth-care seats"), m_newSeats);
    return widget;
}

QWidget *ScenarioChangeDialog::maximumPage()
{
    QFormLayout *form = nullptr;
    QWidget *widget = page(this, &form);
    Choices groups;
    for (const Group &group : m_records.groupsInOrder()) {
        if (group.locationId == m_locationId && !group.archivedOn(QDate::currentDate()))
            groups.append({group.id, tr("%1 (now %2, of which %3 youth-care seats)").arg(group.name).arg(group.maxChildren).arg(group.youthCareSeats)});
    }
    fillChoices(m_group, groups, NoId, tr("(choose a group)"));
    form->addRow(tr("Group"), m_group);
    form->addRow(tr("Most children at one moment"), m_maximum);
    form->addRow(tr("Of which youth-care seats"), m_seats);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (const Group *group = m_records.group(chosenId(m_group))) {
            m_maximum->setValue(group->maxChildren);
            m_seats->setValue(group->youthCareSeats);
        }
    });
    return widget;
}

ScenarioChangeKind ScenarioChangeDialog::kind() const
{
    return pageKinds[std::clamp(m_kind->currentIndex(), 0, 4)];
}

void ScenarioChangeDialog::setKind(ScenarioChangeKind kind)
{
    for (int i = 0; i < 5; ++i) {
        if (pageKinds[i] == kind)
            m_kind->setCurrentIndex(i);
    }
}

void ScenarioChangeDialog::kindChosen()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    for (int i = 0; i < m_pages->count(); ++i) // the dialog is as tall as the page shown
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    adjustSize();
    revalidate();
}

QSpinBox *ScenarioChangeDialog::maximumBox() const
{
    return kind() == ScenarioChangeKind::AddGroup ? m_newMaximum : m_maximum;
}

QSpinBox *ScenarioChangeDialog::seatsBox() const
{
    return kind() == ScenarioChangeKind::AddGroup ? m_newSeats : m_seats;
}

DateField *ScenarioChangeDialog::dateField() const
{
    return kind() == ScenarioChangeKind::PlacementEnd ? m_lastDay : kind() == ScenarioChangeKind::TrajectoryEnd ? m_plannedEnd : m_start;
}

capacity::ScenarioChange ScenarioChangeDialog::change() const
{
    capacity::ScenarioChange c;
    c.kind = kind();
    c.date = dateField()->date();
    switch (c.kind) {
    case ScenarioChangeKind::Place:
        c.waitingListId = chosenId(m_wish);
        for (const WaitingListEntry &entry : m_records.waitingList) {
            if (entry.id == c.waitingListId)
                c.childId = entry.childId;
        }
        if (chosenId(m_target) <= capacity::scenarioGroupId(0))
            c.newGroup = int(capacity::scenarioGroupId(0) - chosenId(m_target));
        else
            c.groupId = chosenId(m_target);
        c.youthCare = m_youthCare->isChecked();
        if (const Location *location = m_records.location(m_locationId)) {
            for (const WaitingListEntry &entry : m_records.waitingList) {
                for (int day = 1; day <= 7 && entry.id == c.waitingListId; ++day) {
                    if ((entry.days & weekdayBit(day)) && location->hoursOn(day))
                        c.days.append({day, *location->hoursOn(day)});
                }
            }
        }
        break;
    case ScenarioChangeKind::PlacementEnd:
        c.placementId = chosenId(m_placement);
        break;
    case ScenarioChangeKind::TrajectoryEnd:
        c.referralId = chosenId(m_referral);
        break;
    case ScenarioChangeKind::AddGroup:
        c.date = {};
        c.group.locationId = m_locationId;
        c.group.name = m_name->text().trimmed();
        c.group.careType = CareType(m_careType->currentData().toInt());
        c.group.minAgeMonths = m_minAge->value();
        c.group.maxAgeMonths = m_maxAge->value();
        c.group.maxChildren = m_newMaximum->value();
        c.group.youthCareSeats = m_newSeats->value();
        break;
    case ScenarioChangeKind::GroupMaximum:
        c.date = {};
        c.groupId = chosenId(m_group);
        c.number = m_maximum->value();
        c.seats = m_seats->value();
        break;
    }
    return c;
}

QString ScenarioChangeDialog::problem() const
{
    const capacity::ScenarioChange c = change();
    switch (c.kind) {
    case ScenarioChangeKind::Place:
        if (c.waitingListId == NoId)
            return tr("Choose the wish of the child to place.");
        if (c.groupId == NoId && c.newGroup < 0)
            return tr("Choose the group to place the child in.");
        if (c.days.isEmpty())
            return tr("The location is closed on every day the child wishes.");
        return c.date.isValid() ? QString() : tr("Give the first day.");
    case ScenarioChangeKind::PlacementEnd:
        return c.placementId == NoId ? tr("Choose the placement.") : QString();
    case ScenarioChangeKind::TrajectoryEnd:
        if (c.referralId == NoId)
            return tr("Choose the trajectory.");
        return c.date.isValid() ? QString() : tr("Give the trajectory's new planned end.");
    case ScenarioChangeKind::AddGroup:
        return checkGroup(c.group).reason();
    case ScenarioChangeKind::GroupMaximum:
        if (c.groupId == NoId)
            return tr("Choose the group.");
        if (c.number < 1)
            return tr("A group takes at least one child.");
        return c.seats > c.number ? tr("A group cannot have more youth-care seats than children.") : QString();
    }
    return {};
}

} // namespace samenplan::ui
