#include "views/groupsview.h"

#include "placement/occupancy.h"
#include "planning/planningdata.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/groupcard.h"

#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace samenplan::ui {

GroupsView::GroupsView(QWidget *parent)
    : PlannerView(parent), m_heading(new QLabel(this)), m_cards(new QWidget), m_grid(new QGridLayout(m_cards))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cards);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid->setSpacing(12);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
}

QIcon GroupsView::icon() const
{
    return style()->standardIcon(QStyle::SP_DirIcon);
}

int GroupsView::cardCount() const
{
    return m_grid->count();
}

void GroupsView::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_heading->clear();
}

void GroupsView::reload()
{
    clear();
    const IsoWeek week = IsoWeek::containing(date());
    const planning::PlanningData plan = planning::PlanningData::load(document()->database(), week.monday(), week.day(7));
    QHash<Id, QList<planning::GroupOccupancy>> occupancyOfGroup;
    for (int day = 1; day <= 5; ++day) {
        for (const planning::GroupOccupancy &occupancy : planning::occupancyOn(plan, week.day(day)))
            occupancyOfGroup[occupancy.groupId].append(occupancy);
    }
    QHash<Id, QList<GroupWeek::Row>> rowsOfGroup;
    for (const Placement &placement : plan.placements) {
        GroupWeek::Row row;
        row.child = plan.children.value(placement.childId);
        row.youthCare = placement.kind == PlacementKind::YouthCare;
        row.days.resize(5);
        for (const PlacementDay &day : placement.days) {
            if (day.weekday <= 5 && placement.activeOn(week.day(day.weekday)))
                row.days[day.weekday - 1] = day.hours;
        }
        rowsOfGroup[placement.groupId].append(row);
    }
    QList<Group> groups = plan.groups;
    // Youngest groups first, as a location walks its building.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return std::tie(a.locationId, a.minAgeMonths, a.maxAgeMonths) < std::tie(b.locationId, b.minAgeMonths, b.maxAgeMonths);
    });
    int index = 0;
    for (const Group &group : std::as_const(groups)) {
        const Location *location = plan.location(group.locationId);
        GroupWeek groupWeek{group, location ? location->name : QString(), week.monday(), rowsOfGroup.value(group.id),
                            occupancyOfGroup.value(group.id)};
        std::sort(groupWeek.rows.begin(), groupWeek.rows.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.child.displayName(), b.child.displayName()) < 0;
        });
        m_grid->addWidget(new GroupCard(groupWeek, m_cards), index / 2, index % 2);
        ++index;
    }
    m_heading->setText(groups.isEmpty() ? tr("No groups yet") : tr("Groups in week %1").arg(week.week));
}

} // namespace samenplan::ui
