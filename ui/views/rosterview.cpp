#include "views/rosterview.h"

#include "persistence/absencerepository.h"
#include "persistence/grouprepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/searchabletable.h"
#include "views/weekdays.h"

#include <QHash>
#include <QStandardItem>
#include <QStyle>

namespace samenplan::ui {

RosterView::RosterView(QWidget *parent) : TablePlannerView(parent)
{
    table()->setHeading(tr("Roster"));
    table()->setSearchPlaceholder(tr("Search by name or group..."));
    table()->setEmptyText(tr("No shifts this week"));
    table()->setStretchColumns({1, 2, 3, 4, 5});
}

QString RosterView::title() const
{
    return tr("Roster");
}

QIcon RosterView::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void RosterView::reload()
{
    const Database &db = document()->database();
    const IsoWeek week = IsoWeek::containing(date());
    QStringList columns{tr("Name")};
    for (int day = 1; day <= 5; ++day)
        columns << dayHeader(week.day(day));
    columns << tr("Hours");
    table()->setColumns(columns);

    QHash<Id, QString> groupNames;
    for (const Group &group : GroupRepository(db).all())
        groupNames.insert(group.id, group.name);
    // text per staff member and weekday
    QHash<Id, QHash<int, QStringList>> cells;
    QHash<Id, int> minutes;
    for (const Shift &shift : ShiftRepository(db).between(week.monday(), week.day(7))) {
        QString text = formatRange(shift.hours) + QLatin1Char(' ')
            + (shift.groupId == NoId ? tr("off the floor") : groupNames.value(shift.groupId));
        for (const TimeRange &pause : shift.breaks)
            text += QLatin1Char('\n') + tr("break %1").arg(formatRange(pause));
        cells[shift.staffId][shift.date.dayOfWeek()] << text;
        minutes[shift.staffId] += shift.workedMinutes();
    }
    for (const Absence &absence : AbsenceRepository(db).staffAbsencesBetween(week.monday(), week.day(7))) {
        for (QDate day = qMax(absence.start, week.monday()); day <= qMin(absence.end, week.day(7)); day = day.addDays(1))
            cells[absence.staffId][day.dayOfWeek()].prepend(absenceKindName(absence.kind).toUpper());
    }
    QList<QList<QStandardItem *>> rows;
    for (const Staff &member : StaffRepository(db).all()) {
        if (!cells.contains(member.id))
            continue;
        QList<QStandardItem *> row{SearchableTable::cell(member.name, member.name, member.id)};
        for (int day = 1; day <= 5; ++day)
            row << SearchableTable::cell(cells.value(member.id).value(day).join(QLatin1Char('\n')));
        const int worked = minutes.value(member.id);
        row << SearchableTable::cell(QString::number(worked / 60.0, 'f', 1), worked);
        rows.append(row);
    }
    table()->setRows(rows);
}

} // namespace samenplan::ui
