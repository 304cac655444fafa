#include "overview/placestable.h"

#include "views/weekdays.h"

#include <QHeaderView>

namespace samenplan::ui {
namespace {

const QColor Room(0xe3, 0xf2, 0xe1);
const QColor Full(0xff, 0xf0, 0xc8);
const QColor Over(0xf8, 0xd0, 0xd0);
const QColor Closed(0xee, 0xee, 0xee);

} // namespace

PlacesTable::PlacesTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setWordWrap(true);
}

void PlacesTable::setGroups(const QList<overview::GroupWeek> &groups)
{
    clear();
    setRowCount(groups.size());
    setColumnCount(5);
    QStringList days;
    for (int day = 1; day <= 5; ++day)
        days << (groups.isEmpty() ? shortDayName(day) : dayHeader(groups.first().days.at(day - 1).date));
    setHorizontalHeaderLabels(days);
    QStringList names;
    for (int row = 0; row < groups.size(); ++row) {
        const overview::GroupWeek &group = groups.at(row);
        names << group.group.name;
        for (int column = 0; column < group.days.size() && column < 5; ++column) {
            const overview::DayPlaces &day = group.days.at(column);
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignCenter);
            if (!day.open) {
                cell->setText(tr("closed"));
                cell->setBackground(Closed);
                setItem(row, column, cell);
                continue;
            }
            QStringList lines{tr("%n place(s) free", nullptr, day.freeRegular())};
            if (day.youthCareSeats > 0)
                lines << tr("%n seat(s) free", nullptr, day.freeSeats());
            cell->setText(lines.join(QLatin1Char('\n')));
            const int least = day.youthCareSeats > 0 ? std::min(day.freeRegular(), day.freeSeats()) : day.freeRegular();
            cell->setBackground(least < 0 ? Over : least == 0 ? Full : Room);
            QStringList tip{tr("Regular places: %1 of %2 taken at the busiest moment").arg(day.regularPresent).arg(day.regularPlaces)};
            if (day.youthCareSeats > 0)
                tip << tr("Youth-care seats: %1 of %2 taken").arg(day.youthCarePresent).arg(day.youthCareSeats);
            tip << tr("%1 of at most %2 children; %n professional(s) required", nullptr, day.requiredStaff)
                       .arg(day.childrenPresent).arg(day.maxChildren);
            cell->setToolTip(tip.join(QLatin1Char('\n')));
            setItem(row, column, cell);
        }
    }
    setVerticalHeaderLabels(names);
    // Every group in view without scrolling.
    resizeRowsToContents();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 2;
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setMinimumHeight(height);
    setMaximumHeight(height);
}

} // namespace samenplan::ui
