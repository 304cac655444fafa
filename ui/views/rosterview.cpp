#include "views/rosterview.h"

#include "commands/recordcommands.h"
#include "commands/staffcommands.h"
#include "persistence/templaterepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "report/rosterreport.h"
#include "report/wallroster.h"
#include "roster/groupday.h"
#include "roster/problemlistview.h"
#include "roster/scenariochecks.h"
#include "roster/ratiobanddelegate.h"
#include "roster/rosterweekactions.h"
#include "roster/shiftdialog.h"
#include "roster/shiftwarnings.h"
#include "timeline/timelinepage.h"
#include "shell/document.h"
#include "shell/outputfile.h"
#include "util/clock.h"
#include "views/searchabletable.h"
#include "views/weekdays.h"
#include "widgets/searchablecombo.h"

#include <QApplication>
#include <QComboBox>
#include <QDrag>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <utility>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {

namespace {
constexpr int ShiftIdRole = Qt::UserRole + 3;
constexpr int DateRole = Qt::UserRole + 4;
const QString ShiftMimeType = QStringLiteral("application/x-samenplan-shift");

using AddShift = AddRecordCommand<Shift>;
using ChangeShift = ChangeRecordCommand<Shift>;
using RemoveShift = RemoveRecordCommand<Shift>;

const QColor Met(0xe3, 0xf2, 0xe1);
const QColor Allowed(0xff, 0xf0, 0xc8);
const QColor Broken(0xf8, 0xd0, 0xd0);
} // namespace

RosterView::RosterView(QWidget *parent)
    : PlannerView(parent), m_table(new SearchableTable(this)), m_mode(new QComboBox(this)), m_problems(new ProblemListView(this)),
      m_whatIf(new ScenarioChecks(this)),
      m_stack(new QStackedWidget(this)), m_timeline(new TimelinePage(this))
{
    m_table->setHeading(tr("Roster"));
    m_table->setSearchPlaceholder(tr("Search by name or group..."));
    m_table->setEmptyText(tr("No shifts this week"));
    m_table->setStretchColumns({1, 2, 3, 4, 5});
    m_table->table()->setItemDelegate(new RatioBandDelegate(m_table->table()));
    m_table->table()->setSelectionBehavior(QAbstractItemView::SelectItems); // a day, not the whole row
    m_drag = std::make_unique<CellDragSource>(ShiftMimeType, ShiftIdRole, DateRole);
    m_table->table()->viewport()->installEventFilter(this);
    m_table->table()->setAcceptDrops(true); // the filter below takes every drop before the view's model does
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::currentChanged, this, &RosterView::updateShiftButtons);
    m_mode->addItem(tr("By staff"));
    m_mode->addItem(tr("By group"));
    m_mode->addItem(tr("Day timeline"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_timeline);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    auto button = [this, bar](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        bar->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    button(tr("New shift..."), [this] {
        Id staff = NoId;
        QDate day;
        shiftAtCurrentCell(&staff, &day); // the chosen cell's person and day, else the week's Monday
        editShift(NoId, staff, day);
    });
    m_shiftButtons << button(tr("Edit shift..."), [this] {
        Id staff = NoId;
        QDate day;
        const Id shift = shiftAtCurrentCell(&staff, &day);
        editShift(shift, staff, day);
    });
    m_shiftButtons << button(tr("Delete shift"), [this] { deleteSelectedShift(); });
    updateShiftButtons();
    button(tr("Copy week..."), [this] {
        if (document())
            weekActions().askCopy();
    });
    button(tr("Save as template..."), [this] {
        if (document())
            weekActions().askSaveTemplate();
    });
    button(tr("Apply template..."), [this] {
        if (document())
            weekActions().askApplyTemplate();
    });
    bar->addStretch();
    // One button for both layouts: the wall print (time bars, to hang up) and the lists.
    auto *print = new QToolButton(this);
    print->setText(tr("Print"));
    print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    print->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(print);
    printMenu->addAction(tr("Wall print: preview..."), this, [this] { printPreview(true); });
    printMenu->addAction(tr("Wall print: save as PDF..."), this, [this] { savePdf(true); });
    printMenu->addSeparator();
    printMenu->addAction(tr("Lists by staff and by group: preview..."), this, [this] { printPreview(false); });
    printMenu->addAction(tr("Lists by staff and by group: save as PDF..."), this, [this] { savePdf(false); });
    print->setMenu(printMenu);
    print->setToolTip(tr("The wall print: a page per location with time bars per person and day, to hang up.\n"
                         "The lists: a page by staff and a page by group."));
    bar->addWidget(print);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Checks this week</b>"), side));
    sideLayout->addWidget(m_problems, 2);
    sideLayout->addWidget(m_whatIf, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({960, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (document())
            fillTable();
    });
    connect(m_problems, &ProblemListView::problemChosen, this, &RosterView::showProblem);
    connect(m_whatIf, &ScenarioChecks::choiceChanged, this, [this] {
        if (document())
            load();
    });
    connect(m_timeline, &TimelinePage::dayChosen, this, [this](const QDate &day) {
        m_timelineDay = day;
        fillTimeline();
    });
    connect(m_timeline->timeline(), &DayTimeline::shiftChanged, this, &RosterView::changeShiftTimes);
    connect(m_timeline->timeline(), &DayTimeline::shiftActivated, this, [this](Id shiftId) {
        if (const auto shift = ShiftRepository(document()->database()).find(shiftId))
            editShift(shift->id, shift->staffId, shift->date);
    });
    connect(m_table->table(), &QTableView::doubleClicked, this, [this] {
        Id staff = NoId;
        QDate day;
        const Id shift = shiftAtCurrentCell(&staff, &day);
        if (m_mode->currentIndex() == 0)
            editShift(shift, staff, day);
    });
}

QString RosterView::title() const
{
    return tr("Roster");
}

QIcon RosterView::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void RosterView::setByGroup(bool byGroup)
{
    m_mode->setCurrentIndex(byGroup ? 1 : 0);
}

void RosterView::updateShiftButtons()
{
    Id staff = NoId;
    QDate day;
    const bool shift = m_stack->currentWidget() == m_table && shiftAtCurrentCell(&staff, &day) != NoId;
    for (QPushButton *button : std::as_const(m_shiftButtons))
        button->setEnabled(shift);
}

void RosterView::clear()
{
    m_table->setRows({});
    updateShiftButtons();
    m_timeline->clear();
    m_problems->clear();
    m_whatIf->clear();
    m_violations.clear();
    m_plan = {};
}

void RosterView::reload()
{
    const IsoWeek week = IsoWeek::containing(date());
    const Database &db = document()->database();
    m_plan = planning::PlanningData::load(db, week.monday(), week.day(7));
    const QList<FixedFace> fixedFaces = StaffRepository(db).allFixedFaces();
    m_violations = roster::checkWeek(m_plan, fixedFaces, week);
    fillTable();
    m_problems->setProblems(roster::buildProblemList(m_violations, m_plan), m_plan);
    m_whatIf->compare(db, m_plan, m_violations, fixedFaces, week);
}

void RosterView::showMode(const QString &key)
{
    if (key == QLatin1String("timeline"))
        showTimeline(date());
}

void RosterView::showTimeline(const QDate &day)
{
    m_timelineDay = day;
    if (m_mode->currentIndex() != 2)
        m_mode->setCurrentIndex(2); // fills it
    else if (document())
        fillTimeline();
}

void RosterView::fillTimeline()
{
    const IsoWeek week = IsoWeek::containing(date());
    if (!m_timelineDay.isValid() || IsoWeek::containing(m_timelineDay) != week)
        m_timelineDay = date();
    m_timeline->show(m_plan, m_timelineDay);
}

void RosterView::changeShiftTimes(const Shift &before, const Shift &after)
{
    if (!document())
        return;
    const bool moved = after.hours.minutes() == before.hours.minutes();
    document()->undoStack()->push(new ChangeShift(document(),
                                                  moved ? tr("move shift to %1").arg(formatRange(after.hours))
                                                        : tr("change shift to %1").arg(formatRange(after.hours)),
                                                  before, after));
}

void RosterView::fillTable()
{
    m_stack->setCurrentIndex(m_mode->currentIndex() == 2 ? 1 : 0);
    if (m_mode->currentIndex() == 2)
        fillTimeline();
    else
        fillWeekTable();
    updateShiftButtons();
}

void RosterView::fillWeekTable()
{
    const IsoWeek week = IsoWeek::containing(date());
    QStringList columns{m_mode->currentIndex() == 0 ? tr("Name") : tr("Group")};
    for (int day = 1; day <= 5; ++day)
        columns << dayHeader(week.day(day));
    if (m_mode->currentIndex() == 0)
        columns << tr("Hours");
    m_table->model()->setColumnCount(0);
    m_table->setColumns(columns);
    if (m_mode->currentIndex() == 0)
        fillByStaff();
    else
        fillByGroup();
}

void RosterView::fillByStaff()
{
    const IsoWeek week = IsoWeek::containing(date());
    QList<QList<QStandardItem *>> rows;
    for (const Staff &member : std::as_const(m_plan.staff)) {
        QList<QStandardItem *> row{SearchableTable::cell(member.name, member.name, member.id)};
        int minutes = 0;
        bool any = false;
        for (int day = 1; day <= 5; ++day) {
            const QDate date = week.day(day);
            QStringList lines;
            Id firstShift = NoId;
            for (const Shift &shift : std::as_const(m_plan.shifts)) {
                if (shift.staffId != member.id || shift.date != date)
                    continue;
                const Group *group = m_plan.group(shift.groupId);
                QString text = formatRange(shift.hours) + QLatin1Char(' ') + (group ? group->name : tr("off the floor"));
                for (const TimeRange &pause : shift.breaks)
                    text += QLatin1Char('\n') + tr("break %1").arg(formatRange(pause));
                lines << text;
                minutes += shift.workedMinutes();
                firstShift = firstShift == NoId ? shift.id : firstShift;
                any = true;
            }
            for (const Absence &absence : std::as_const(m_plan.absences)) {
                if (absence.staffId == member.id && date >= absence.start && date <= absence.end) {
                    lines.prepend(absenceKindName(absence.kind).toUpper());
                    any = true;
                }
            }
            QStandardItem *cell = SearchableTable::cell(lines.join(QLatin1Char('\n')));
            cell->setData(firstShift, ShiftIdRole);
            cell->setData(date, DateRole);
            row << cell;
        }
        if (!any) {
            qDeleteAll(row); // nobody owns the cells of a row that is not shown
            continue;
        }
        row << SearchableTable::cell(QString::number(minutes / 60.0, 'f', 1), minutes);
        rows.append(row);
    }
    m_table->setRows(rows);
}

void RosterView::fillByGroup()
{
    const IsoWeek week = IsoWeek::containing(date());
    // The worst ratio state per group and day: a violation, a shortfall within the allowance, or met.
    QHash<QPair<Id, QDate>, QColor> state;
    for (const roster::Violation &v : std::as_const(m_violations)) {
        if (v.groupId == NoId || !v.date.isValid())
            continue;
        const bool ratio = v.rule == roster::rule::Ratio || v.rule == roster::rule::DeviationBudget
            || v.rule == roster::rule::BelowHalf;
        if (!ratio)
            continue;
        const QPair<Id, QDate> key{v.groupId, v.date};
        if (v.severity == Severity::Violation)
            state[key] = Broken;
        else if (state.value(key) != Broken)
            state[key] = Allowed;
    }
    QList<QList<QStandardItem *>> rows;
    for (const Group &group : m_plan.groupsInOrder()) {
        QList<QStandardItem *> row{SearchableTable::cell(group.name, group.minAgeMonths, group.id)};
        for (int day = 1; day <= 5; ++day) {
            const QDate date = week.day(day);
            QStringList lines;
            for (const Shift &shift : std::as_const(m_plan.shifts)) {
                if (shift.groupId != group.id || shift.date != date)
                    continue;
                const Staff *member = m_plan.staffMember(shift.staffId);
                lines << (member ? member->name.section(QLatin1Char(' '), 0, 0) : QString()) + QLatin1Char(' ')
                        + formatRange(shift.hours);
            }
            QStandardItem *cell = SearchableTable::cell(lines.join(QLatin1Char('\n')));
            cell->setData(date, DateRole);
            if (!lines.isEmpty() || !m_plan.childrenPresent(group.id, date).isEmpty())
                cell->setBackground(state.value({group.id, date}, Met));
            if (const auto deviation = roster::groupDayDeviation(m_plan, group, date)) {
                QVariantList band;
                for (const rules::DeviationSlot &slot : deviation->timeSlots) {
                    const bool broken = !slot.allowed || slot.belowHalf() || (slot.below() && deviation->allowanceExceeded);
                    band << (broken ? RatioBandDelegate::Violation
                                    : slot.below() ? RatioBandDelegate::WithinAllowance : RatioBandDelegate::Met);
                }
                cell->setData(band, RatioBandDelegate::BandRole);
                if (!deviation->timeSlots.isEmpty())
                    cell->setData(deviation->timeSlots.first().time.from, RatioBandDelegate::BandStartRole);
                cell->setToolTip(deviation->explanation);
            }
            row << cell;
        }
        rows.append(row);
    }
    m_table->setRows(rows);
}

bool RosterView::showRecord(const RecordLink &link)
{
    if (!link.problem)
        return false;
    showProblem(*link.problem);
    return true;
}

void RosterView::showProblem(const roster::Problem &problem)
{
    if (m_mode->currentIndex() == 2) { // stay on the timeline: its day, its times framed
        if (problem.date.isValid())
            m_timelineDay = problem.date;
        fillTimeline();
        m_timeline->timeline()->setHighlight(problem.groupId, problem.spans);
        return;
    }
    // A person's problem shows on their row by staff, a group's on its row by group.
    const bool aboutStaff = problem.staffId != NoId && (problem.groupId == NoId || m_mode->currentIndex() == 0);
    setByGroup(!aboutStaff);
    const Id wanted = aboutStaff ? problem.staffId : problem.groupId;
    const int column = problem.date.isValid() && problem.date.dayOfWeek() <= 5 ? problem.date.dayOfWeek() : 0;
    QSortFilterProxyModel *proxy = m_table->proxy();
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        for (int day = 1; day <= 5; ++day)
            m_table->model()->item(row, day)->setData(QVariant(), RatioBandDelegate::HighlightRole);
    }
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (wanted == NoId || proxy->index(row, 0).data(IdRole).toLongLong() != wanted)
            continue;
        const QModelIndex cell = proxy->index(row, column);
        if (column > 0 && !aboutStaff) {
            QVariantList spans;
            for (const TimeRange &span : problem.spans)
                spans << QPoint(span.from, span.to);
            m_table->model()->itemFromIndex(proxy->mapToSource(cell))->setData(spans, RatioBandDelegate::HighlightRole);
        }
        m_table->table()->setCurrentIndex(cell);
        m_table->table()->scrollTo(cell);
        return;
    }
}

Id RosterView::shiftAtCurrentCell(Id *staffId, QDate *day) const
{
    const QModelIndex index = m_table->table()->currentIndex();
    *staffId = m_mode->currentIndex() == 0 && index.isValid() ? index.siblingAtColumn(0).data(IdRole).toLongLong() : NoId;
    *day = index.data(DateRole).toDate();
    if (!day->isValid())
        *day = IsoWeek::containing(date()).monday();
    return index.data(ShiftIdRole).toLongLong();
}

Id RosterView::likelyGroup(Id staffId, const QDate &day) const
{
    const QModelIndex index = m_table->table()->currentIndex();
    if (m_mode->currentIndex() == 1 && index.isValid())
        return index.siblingAtColumn(0).data(IdRole).toLongLong();
    Id nearest = NoId;
    std::pair<qint64, bool> best{std::numeric_limits<qint64>::max(), true}; // days away; after the day (a tie goes to the day before)
    for (const Shift &shift : std::as_const(m_plan.shifts)) {
        if (staffId == NoId || shift.staffId != staffId || shift.groupId == NoId)
            continue;
        const std::pair<qint64, bool> away{std::abs(shift.date.daysTo(day)), shift.date > day};
        if (away < best) {
            best = away;
            nearest = shift.groupId;
        }
    }
    if (nearest != NoId)
        return nearest;
    const QList<Group> groups = m_plan.groupsInOrder();
    return groups.size() == 1 ? groups.first().id : NoId;
}

QStringList RosterView::warningsFor(const Shift &shift) const
{
    const IsoWeek week = IsoWeek::containing(shift.date);
    if (m_plan.from <= week.monday() && week.day(7) <= m_plan.to)
        return roster::shiftWarnings(m_plan, shift);
    return roster::shiftWarnings(planning::PlanningData::load(document()->database(), week.monday(), week.day(7)), shift);
}

void RosterView::editShift(Id shiftId, Id staffId, const QDate &day)
{
    if (!document())
        return;
    const auto existing = shiftId ? ShiftRepository(document()->database()).find(shiftId) : std::nullopt;
    Shift fresh;
    fresh.staffId = staffId;
    fresh.groupId = likelyGroup(staffId, day);
    fresh.date = day;
    fresh.hours = TimeRange{8 * 60, 16 * 60 + 30};
    fresh.breaks = {TimeRange{12 * 60, 12 * 60 + 30}};
    Choices staff, groups;
    for (const Staff &member : std::as_const(m_plan.staff))
        staff.append({member.id, member.name});
    for (const Group &group : m_plan.groupsInOrder())
        groups.append({group.id, group.name});
    ShiftDialog dialog(existing.value_or(fresh), staff, groups, [this](const Shift &s) { return warningsFor(s); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Shift edited = dialog.shift();
    if (existing)
        document()->undoStack()->push(new ChangeShift(document(), tr("edit shift"), *existing, edited));
    else
        document()->undoStack()->push(new AddShift(document(), tr("add shift"), edited));
}

void RosterView::deleteSelectedShift()
{
    Id staff = NoId;
    QDate day;
    const Id shiftId = shiftAtCurrentCell(&staff, &day);
    if (!document() || shiftId == NoId)
        return;
    if (const auto shift = ShiftRepository(document()->database()).find(shiftId))
        document()->undoStack()->push(new RemoveShift(document(), tr("delete shift"), *shift));
}

void RosterView::moveShift(Id shiftId, Id staffId, const QDate &day)
{
    const auto shift = ShiftRepository(document()->database()).find(shiftId);
    if (!shift || (shift->staffId == staffId && shift->date == day))
        return;
    Shift moved = *shift;
    moved.staffId = staffId;
    moved.date = day;
    document()->undoStack()->push(new ChangeShift(document(), tr("move shift"), *shift, moved));
}

bool RosterView::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *view = m_table->table();
    if (watched != view->viewport() || !document() || m_mode->currentIndex() != 0)
        return PlannerView::eventFilter(watched, event);
    if (event->type() == QEvent::Drop) {
        QModelIndex target;
        if (const auto shiftId = m_drag->droppedId(view, static_cast<QDropEvent *>(event), &target)) {
            // Queued: the view reloads after the change, which must not happen inside its own drop.
            const Id staffId = target.siblingAtColumn(0).data(IdRole).toLongLong();
            const QDate day = target.data(DateRole).toDate();
            QMetaObject::invokeMethod(this, [this, id = *shiftId, staffId, day] { moveShift(id, staffId, day); }, Qt::QueuedConnection);
        }
        return true;
    }
    return m_drag->handle(view, event, this) || PlannerView::eventFilter(watched, event);
}

RosterWeekActions RosterView::weekActions()
{
    return RosterWeekActions(*document(), IsoWeek::containing(date()), this);
}

void RosterView::copyWeekTo(const IsoWeek &target, bool replace)
{
    weekActions().copyTo(target, replace);
}

void RosterView::saveWeekAsTemplate(const QString &name, roster::WeekParity parity)
{
    weekActions().saveAsTemplate(name, parity);
}

void RosterView::applyTemplate(Id templateId, const IsoWeek &first, const IsoWeek &last, bool replace)
{
    weekActions().applyTemplate(templateId, first, last, replace);
}

void RosterView::printPreview(bool wall)
{
    if (!document())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    if (wall)
        printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Roster"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, wall](QPrinter *target) {
        if (wall) {
            report::paintWallRoster(*target, m_plan, IsoWeek::containing(date()), QDate::currentDate());
            return;
        }
        QTextDocument document;
        report::buildRoster(document, m_plan, IsoWeek::containing(date()), QDate::currentDate());
        document.print(target);
    });
    preview.exec();
}

void RosterView::savePdf(bool wall)
{
    if (!document())
        return;
    const IsoWeek week = IsoWeek::containing(date());
    const QString path = askOutputFile(this, document()->path(), tr("Save the roster as PDF"),
                                       tr("roster-%1.pdf").arg(week.toString()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = wall ? report::writeWallRosterPdf(path, m_plan, week, QDate::currentDate())
                               : report::writeRosterPdf(path, m_plan, week, QDate::currentDate());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save the roster as PDF"), error);
}

} // namespace samenplan::ui
