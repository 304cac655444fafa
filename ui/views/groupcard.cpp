#include "views/groupcard.h"

#include "groups/childrowstable.h"
#include "groups/seatmarker.h"
#include "views/weekdays.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
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

GroupCard::GroupCard(const GroupWeek &week, QWidget *parent) : QFrame(parent), m_groupId(week.group.id), m_hover(nullptr)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("groupCard"));
    // One style sheet for every state: a hover changes the card's "drop" property and restyles
    // the card alone (setting a new sheet would restyle every cell of its table).
    setStyleSheet(QStringLiteral("#groupCard { background: palette(base); border: 1px solid #b9c6d0; border-radius: 6px; }"
                                 "#groupCard[drop=\"allowed\"] { border: 3px solid #2e7d32; }"
                                 "#groupCard[drop=\"refused\"] { border: 3px solid #b00020; }"));
    const Group &group = week.group;
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(group.name.toHtmlEscaped()), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    title->setFont(font);
    const bool whatIf = !week.whatIf.isEmpty();
    if (week.newInWhatIf)
        title->setText(tr("<b>%1</b> (new in this scenario)").arg(group.name.toHtmlEscaped()));
    QStringList facts{careTypeName(group.careType), ageRange(group), tr("max %n children", nullptr, group.maxChildren)};
    if (week.planMaximum >= 0)
        facts.last() = tr("max %1 children (plan: %2)").arg(group.maxChildren).arg(week.planMaximum);
    if (group.preschoolEducation)
        facts << tr("VE");
    if (!group.room.isEmpty())
        facts << group.room;
    auto *subtitle = new QLabel(facts.join(QStringLiteral(" · ")), this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title, 1);
    auto *print = new QToolButton(this);
    print->setText(tr("Group list"));
    print->setToolTip(tr("Print this group's list for the week (names and days only)"));
    print->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(print);
    menu->addAction(tr("Print preview..."), this, [this] { Q_EMIT printPreviewRequested(m_groupId); });
    menu->addAction(tr("Save as PDF..."), this, [this] { Q_EMIT pdfRequested(m_groupId); });
    print->setMenu(menu);
    titleRow->addWidget(print);
    auto *manage = new QToolButton(this);
    manage->setText(tr("Group"));
    manage->setToolTip(tr("Edit, archive or remove this group"));
    manage->setPopupMode(QToolButton::InstantPopup);
    auto *groupMenu = new QMenu(manage);
    groupMenu->addAction(tr("Edit group..."), this, [this] { Q_EMIT editGroupRequested(m_groupId); });
    groupMenu->addAction(tr("Archive group..."), this, [this] { Q_EMIT archiveGroupRequested(m_groupId); });
    groupMenu->addAction(tr("Remove group"), this, [this] { Q_EMIT removeGroupRequested(m_groupId); });
    manage->setMenu(groupMenu);
    titleRow->addWidget(manage);
    print->setVisible(!whatIf); // a scenario is never printed, and the group menu changes the plan
    manage->setVisible(!whatIf);
    layout->addLayout(titleRow);
    layout->addWidget(subtitle);
    m_hover = new QLabel(this);
    m_hover->setWordWrap(true);
    m_hover->hide();
    layout->addWidget(m_hover);
    setAcceptDrops(!whatIf);
    if (week.newInWhatIf || week.planMaximum >= 0)
        subtitle->setStyleSheet(QStringLiteral("background: #fff1b8;"));

    // Counters per weekday, counted per moment: regular places and youth-care seats in use, and
    // the professionals the children require.
    const bool seats = group.youthCareSeats > 0;
    const int counterRows = seats ? 3 : 2;
    bool anySeat = seats;
    for (const GroupWeek::Row &row : week.rows)
        anySeat = anySeat || row.youthCare || !row.seatOverrideReason.isEmpty();
    auto *table = new ChildRowsTable(int(week.rows.size()) + counterRows, anySeat ? 6 : 5, this);
    connect(table, &ChildRowsTable::moveRequested, this, &GroupCard::moveRequested);
    connect(table, &ChildRowsTable::editRequested, this, &GroupCard::editPlacementRequested);
    connect(table, &ChildRowsTable::endRequested, this, &GroupCard::endPlacementRequested);
    QStringList headers;
    for (int day = 1; day <= 5; ++day)
        headers << dayHeader(week.monday.addDays(day - 1));
    if (anySeat)
        headers << seatColumnTitle();
    table->setHorizontalHeaderLabels(headers);
    if (anySeat)
        table->horizontalHeaderItem(5)->setToolTip(seatColumnToolTip());
    // Short labels keep the times readable; the tooltips say what they count.
    QStringList rowLabels{seats ? tr("Regular") : tr("Children")};
    if (seats)
        rowLabels << tr("Youth care");
    rowLabels << tr("Professionals");
    auto counter = [table](int row, int day, const QString &text, bool over) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignCenter);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setBackground(over ? QColor(0xf8, 0xd0, 0xd0) : QColor(0xe8, 0xf0, 0xf5));
        table->setItem(row, day, item);
    };
    for (int day = 0; day < 5 && day < week.days.size(); ++day) {
        const planning::GroupOccupancy &o = week.days.at(day);
        if (seats) {
            counter(0, day, tr("%1 / %2").arg(o.regularPresent).arg(o.regularPlaces), o.regularPresent > o.regularPlaces);
            counter(1, day, tr("%1 / %2").arg(o.youthCarePresent).arg(o.youthCareSeats), o.youthCarePresent > o.youthCareSeats);
        } else {
            counter(0, day, tr("%1 / %2").arg(o.childrenPresent).arg(o.maxChildren), o.childrenPresent > o.maxChildren);
        }
        bool allowed = true;
        for (const planning::PartOfDay &part : o.requiredByPart)
            allowed = allowed && part.allowed;
        counter(counterRows - 1, day, allowed ? QString::number(o.requiredStaff) : tr("not allowed"), !allowed);
    }
    int rowIndex = counterRows;
    for (const GroupWeek::Row &row : week.rows) {
        rowLabels << row.child.displayName();
        if (!whatIf) // a scenario's rows are not dragged, edited or ended: they are not the plan
            table->setRowChild(rowIndex, {row.child.id, row.placementId});
        for (int day = 0; day < 5; ++day) {
            const auto hours = row.days.value(day);
            // Compact, as on a paper roster, so a week of times fits a card: 8-17:30, 14-18:30.
            auto compact = [](int minutes) {
                if (minutes % 60 == 0)
                    return QString::number(minutes / 60);
                return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
            };
            auto *item = new QTableWidgetItem(hours ? compact(hours->from) + QLatin1Char('-') + compact(hours->to) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            QFont small = item->font();
            small.setPointSizeF(small.pointSizeF() * 0.82);
            item->setFont(small);
            item->setToolTip(hours ? formatRange(*hours) : QString());
            if (row.tentative) {
                item->setBackground(QColor(0xff, 0xf1, 0xb8));
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setToolTip(tr("In the scenario %1, not so in the plan").arg(week.whatIf)
                                 + (hours ? QStringLiteral(": ") + formatRange(*hours) : QString()));
            }
            table->setItem(rowIndex, day, item);
        }
        if (anySeat) {
            if (QTableWidgetItem *mark = seatMarkItem({row.youthCare, row.trajectoryEnd, row.seatOverrideReason}, week.monday))
                table->setItem(rowIndex, 5, mark);
        }
        ++rowIndex;
    }
    table->setRowNames(rowLabels);
    for (int r = counterRows; r < rowLabels.size(); ++r) {
        const GroupWeek::Row &row = week.rows.at(r - counterRows);
        table->verticalHeaderItem(r)->setToolTip(row.child.displayName());
        if (row.tentative) {
            QFont italic = table->verticalHeaderItem(r)->font();
            italic.setItalic(true);
            table->verticalHeaderItem(r)->setFont(italic);
            table->verticalHeaderItem(r)->setData(Qt::UserRole, true); // marked as the scenario's
        }
    }
    table->verticalHeaderItem(0)->setToolTip(tr("Children at one moment against the regular places (maximum minus reserved seats)"));
    if (seats)
        table->verticalHeaderItem(1)->setToolTip(tr("Children in reserved youth-care seats at one moment against the seats"));
    table->verticalHeaderItem(counterRows - 1)->setToolTip(tr("Professionals the children require at the busiest moment"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    if (anySeat)
        table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    table->verticalHeader()->setDefaultSectionSize(22);
    // The whole group at once: the page scrolls, not the card.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + 22 * table->rowCount() + 2 * table->frameWidth());
    layout->addWidget(table);

    // The week's warnings, once each, with the first day they apply.
    QStringList seen;
    for (int day = 0; day < week.days.size(); ++day) {
        for (const planning::OccupancyWarning &warning : week.days.at(day).warnings) {
            if (seen.contains(warning.message))
                continue;
            seen << warning.message;
            auto *label = new QLabel(QStringLiteral("⚠ %1: %2").arg(shortDayName(day + 1), warning.message.toHtmlEscaped()), this);
            label->setWordWrap(true);
            label->setStyleSheet(QStringLiteral("color: #8a4b00;"));
            label->setProperty("rule", warning.rule);
            layout->addWidget(label);
        }
    }
    layout->addStretch(1);
}

Outcome GroupCard::adviseDrop(const QMimeData *mime) const
{
    const auto drag = childDragFrom(mime);
    if (!drag || !m_advisor) {
        Outcome refused;
        refused.refuse(doorrule::Record, QStringLiteral("child"), tr("This is not a child."));
        return refused;
    }
    return m_advisor(*drag, m_groupId);
}

QString GroupCard::hoverText() const
{
    return m_hover->isVisible() ? m_hover->text() : QString();
}

void GroupCard::showHover(const Outcome *verdict)
{
    if (!verdict) {
        m_hover->hide();
        setDropState(QString());
        return;
    }
    const QString colour = verdict->allowed() ? QStringLiteral("#2e7d32") : QStringLiteral("#b00020");
    m_hover->setText(verdict->allowed() ? tr("✓ Drop to place the child here")
                                        : tr("✗ %1 — drop to see what does fit").arg(verdict->reason()));
    m_hover->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    m_hover->show();
    setDropState(verdict->allowed() ? QStringLiteral("allowed") : QStringLiteral("refused"));
}

void GroupCard::setDropState(const QString &state)
{
    if (property("drop").toString() == state)
        return;
    setProperty("drop", state);
    style()->unpolish(this);
    style()->polish(this);
    update();
}

void GroupCard::dragEnterEvent(QDragEnterEvent *event)
{
    if (!childDragFrom(event->mimeData())) {
        event->ignore();
        return;
    }
    const Outcome verdict = adviseDrop(event->mimeData());
    showHover(&verdict);
    event->acceptProposedAction(); // keep receiving moves, so the reason stays visible
}

void GroupCard::dragMoveEvent(QDragMoveEvent *event)
{
    // A refused drop is accepted too: it opens the help (what fits, or where the child fits).
    event->acceptProposedAction();
}

void GroupCard::dragLeaveEvent(QDragLeaveEvent *event)
{
    showHover(nullptr);
    QFrame::dragLeaveEvent(event);
}

void GroupCard::dropEvent(QDropEvent *event)
{
    showHover(nullptr);
    const auto drag = childDragFrom(event->mimeData());
    if (!drag) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT childDropped(*drag, m_groupId);
}

} // namespace samenplan::ui
