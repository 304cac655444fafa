#include "views/groupcard.h"

#include "views/weekdays.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samenplan::ui {

static QString ageRange(const Group &group)
{
    auto years = [](int months) {
        return months % 12 == 0 ? QString::number(months / 12) : QLocale().toString(months / 12.0, 'f', 1);
    };
    return GroupCard::tr("%1 to %2 yrs").arg(years(group.minAgeMonths), years(group.maxAgeMonths));
}

GroupCard::GroupCard(const GroupWeek &week, QWidget *parent) : QFrame(parent), m_groupId(week.group.id)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("groupCard"));
    setStyleSheet(QStringLiteral("#groupCard { background: palette(base); border: 1px solid #b9c6d0; border-radius: 6px; }"));
    const Group &group = week.group;
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(group.name.toHtmlEscaped()), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    title->setFont(font);
    QStringList facts{careTypeName(group.careType), ageRange(group), tr("max %n children", nullptr, group.maxChildren)};
    if (group.preschoolEducation)
        facts << tr("VE");
    if (!group.room.isEmpty())
        facts << group.room;
    auto *subtitle = new QLabel(facts.join(QStringLiteral(" · ")), this);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    // Counters per weekday: children on the day, regular places and youth-care seats in use.
    const int regularPlaces = group.maxChildren - group.youthCareSeats;
    const bool seats = group.youthCareSeats > 0;
    const int counterRows = seats ? 2 : 1;
    auto *table = new QTableWidget(int(week.rows.size()) + counterRows, 5, this);
    QStringList headers;
    for (int day = 1; day <= 5; ++day)
        headers << dayHeader(week.monday.addDays(day - 1));
    table->setHorizontalHeaderLabels(headers);
    QStringList rowLabels{seats ? tr("Regular places") : tr("Children")};
    if (seats)
        rowLabels << tr("Youth-care seats");
    for (int day = 0; day < 5; ++day) {
        int regular = 0;
        int youth = 0;
        for (const GroupWeek::Row &row : week.rows) {
            if (row.days.value(day)) {
                if (row.youthCare)
                    ++youth;
                else
                    ++regular;
            }
        }
        auto *regularItem = new QTableWidgetItem(tr("%1 / %2").arg(seats ? regular : regular + youth).arg(regularPlaces));
        auto *youthItem = new QTableWidgetItem(tr("%1 / %2").arg(youth).arg(group.youthCareSeats));
        for (QTableWidgetItem *item : {regularItem, youthItem}) {
            item->setTextAlignment(Qt::AlignCenter);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setBackground(QColor(0xe8, 0xf0, 0xf5));
        }
        if (regular > regularPlaces)
            regularItem->setBackground(QColor(0xf8, 0xd0, 0xd0));
        if (youth > group.youthCareSeats)
            youthItem->setBackground(QColor(0xf8, 0xd0, 0xd0));
        table->setItem(0, day, regularItem);
        if (seats)
            table->setItem(1, day, youthItem);
        else
            delete youthItem;
    }
    int rowIndex = counterRows;
    for (const GroupWeek::Row &row : week.rows) {
        rowLabels << row.child.displayName();
        for (int day = 0; day < 5; ++day) {
            const auto hours = row.days.value(day);
            auto *item = new QTableWidgetItem(hours ? formatRange(*hours) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            table->setItem(rowIndex, day, item);
        }
        ++rowIndex;
    }
    table->setVerticalHeaderLabels(rowLabels);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(22);
    // The whole group at once: the page scrolls, not the card.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + 22 * table->rowCount() + 2 * table->frameWidth());
    layout->addWidget(table);
    layout->addStretch(1);
}

} // namespace samenplan::ui
