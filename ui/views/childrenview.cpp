#include "views/childrenview.h"

#include "commands/childcommands.h"
#include "dialogs/childdialog.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/searchabletable.h"
#include "views/weekdays.h"

#include <QHash>
#include <QLocale>
#include <QStandardItem>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {

ChildrenView::ChildrenView(QWidget *parent) : PlannerView(parent), m_table(new SearchableTable(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    m_table->setHeading(tr("Children"));
    m_table->setSearchPlaceholder(tr("Search by name, group or parent..."));
    m_table->setColumns({tr("Name"), tr("Birth date"), tr("Age"), tr("Group this week"), tr("Days"),
                         tr("Parent"), tr("Phone")});
    m_table->setEmptyText(tr("No children yet"));
    connect(m_table, &SearchableTable::activated, this, &ChildrenView::editChild);
}

QIcon ChildrenView::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

void ChildrenView::reload()
{
    const Database &db = document()->database();
    const IsoWeek week = IsoWeek::containing(date());
    const QDate monday = week.monday();
    const QDate sunday = week.day(7);
    QHash<Id, QString> groupNames;
    for (const Group &group : GroupRepository(db).all())
        groupNames.insert(group.id, group.name);
    QHash<Id, QStringList> groupsOfChild;
    QHash<Id, WeekdayMask> daysOfChild;
    for (const Placement &placement : PlacementRepository(db).activeBetween(monday, sunday)) {
        groupsOfChild[placement.childId] << groupNames.value(placement.groupId);
        for (const PlacementDay &day : placement.days) {
            if (placement.activeOn(week.day(day.weekday)))
                daysOfChild[placement.childId] |= weekdayBit(day.weekday);
        }
    }
    const QLocale locale;
    QList<QList<QStandardItem *>> rows;
    for (const Child &child : ChildRepository(db).all()) {
        const int months = ageInMonths(child.birthDate, monday);
        const QString age = months < 24 ? tr("%n month(s)", nullptr, months) : tr("%n year(s)", nullptr, months / 12);
        QStringList groups = groupsOfChild.value(child.id);
        groups.removeDuplicates();
        rows.append({SearchableTable::cell(child.displayName(), child.lastName + child.firstName, child.id),
                     SearchableTable::cell(locale.toString(child.birthDate, QLocale::ShortFormat), child.birthDate),
                     SearchableTable::cell(age, months),
                     SearchableTable::cell(groups.isEmpty() ? tr("(no group)") : groups.join(QStringLiteral(", "))),
                     SearchableTable::cell(dayList(daysOfChild.value(child.id)), daysOfChild.value(child.id)),
                     SearchableTable::cell(child.parentName),
                     SearchableTable::cell(child.parentPhone)});
    }
    m_table->setRows(rows);
}

void ChildrenView::clear()
{
    m_table->setRows({});
}

void ChildrenView::editChild(qint64 childId)
{
    if (!document())
        return;
    const auto child = ChildRepository(document()->database()).find(childId);
    if (!child)
        return;
    ChildDialog dialog(*child, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Child edited = dialog.child();
    if (edited.firstName == child->firstName && edited.lastName == child->lastName
        && edited.birthDate == child->birthDate && edited.parentName == child->parentName
        && edited.parentPhone == child->parentPhone && edited.parentEmail == child->parentEmail
        && edited.notes == child->notes)
        return;
    document()->undoStack()->push(new UpdateChildCommand(document(), *child, edited));
}

} // namespace samenplan::ui
