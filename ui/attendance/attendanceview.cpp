#include "attendance/attendanceview.h"

#include "attendance/attendancecommands.h"
#include "attendance/dayrecordtable.h"
#include "attendance/timesdialog.h"
#include "persistence/childrepository.h"
#include "persistence/staffrepository.h"
#include "planning/planningdata.h"
#include "report/dayrecordreport.h"
#include "shell/document.h"
#include "shell/outputfile.h"
#include "widgets/daytabs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QKeyEvent>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {
namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget *column(const QString &title, QTableWidget *table, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

QString timeText(std::optional<int> minutes)
{
    return minutes ? formatMinutes(*minutes) : QString();
}

} // namespace

AttendanceView::AttendanceView(QWidget *parent)
    : PlannerView(parent), m_group(new QComboBox(this)), m_day(new DayTabs(this)),
      m_children(makeTable({tr("Child"), tr("Planned"), tr("Arrived"), tr("Left")}, this)),
      m_staff(makeTable({tr("Staff"), tr("From"), tr("To"), tr("Note")}, this)), m_record(new DayRecordTable(this)),
      m_close(new QPushButton(this))
{
    auto *mark = new QPushButton(tr("Arrived / left now"), this);
    mark->setToolTip(tr("Space or double-click: marks the selected child arrived, or gone when it is there"));
    auto *times = new QPushButton(tr("Times..."), this);
    auto *extra = new QPushButton(tr("Child without a plan..."), this);
    auto *removeChildButton = new QPushButton(tr("Remove"), this);
    auto *roster = new QPushButton(tr("Take over the roster"), this);
    auto *addStaffButton = new QPushButton(tr("Add..."), this);
    auto *editStaffButton = new QPushButton(tr("Times..."), this);
    auto *removeStaffButton = new QPushButton(tr("Off the floor"), this);
    removeStaffButton->setToolTip(tr("Removes the stretch: sick, swapped or not there"));
    auto *print = new QPushButton(tr("Print record..."), this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Group:"), this));
    top->addWidget(m_group);
    top->addSpacing(12);
    top->addWidget(m_day);
    top->addStretch(1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(column(tr("Children"), m_children, {mark, times, extra, removeChildButton}, this));
    splitter->addWidget(column(tr("Staff on the floor"), m_staff, {roster, addStaffButton, editStaffButton, removeStaffButton}, this));
    auto *recordBox = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(recordBox);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Day record").toHtmlEscaped()), recordBox));
    recordLayout->addWidget(m_record, 1);
    auto *recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_close);
    recordButtons->addWidget(print);
    recordButtons->addStretch(1);
    recordLayout->addLayout(recordButtons);
    splitter->addWidget(recordBox);
    splitter->setSizes({420, 380, 360});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_day, &DayTabs::dayChosen, this, [this](const QDate &day) {
        setDate(day);
        Q_EMIT dateRequested(day);
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (document())
            load();
    });
    connect(mark, &QPushButton::clicked, this, &AttendanceView::markSelectedChild);
    connect(m_children, &QTableWidget::cellDoubleClicked, this, &AttendanceView::markSelectedChild);
    m_children->installEventFilter(this);
    connect(times, &QPushButton::clicked, this, &AttendanceView::editChildTimes);
    connect(extra, &QPushButton::clicked, this, &AttendanceView::addChildWithoutPlan);
    connect(removeChildButton, &QPushButton::clicked, this, &AttendanceView::removeChild);
    connect(roster, &QPushButton::clicked, this, &AttendanceView::takeOverRoster);
    connect(addStaffButton, &QPushButton::clicked, this, &AttendanceView::addStaff);
    connect(editStaffButton, &QPushButton::clicked, this, &AttendanceView::editStaff);
    connect(m_staff, &QTableWidget::cellDoubleClicked, this, &AttendanceView::editStaff);
    connect(removeStaffButton, &QPushButton::clicked, this, &AttendanceView::removeStaff);
    connect(m_close, &QPushButton::clicked, this, &AttendanceView::closeOrReopen);
    connect(print, &QPushButton::clicked, this, &AttendanceView::printRecord);
}

bool AttendanceView::eventFilter(QObject *watched, QEvent *event)
{
    // Space marks the selected child: one key per child.
    if (watched == m_children && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        markSelectedChild();
        return true;
    }
    return PlannerView::eventFilter(watched, event);
}

QString AttendanceView::title() const
{
    return tr("Attendance");
}

QIcon AttendanceView::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogApplyButton);
}

Id AttendanceView::currentGroup() const
{
    return m_group->currentData().toLongLong();
}

void AttendanceView::selectGroup(Id groupId)
{
    const int index = m_group->findData(groupId);
    if (index >= 0)
        m_group->setCurrentIndex(index);
}

void AttendanceView::clear()
{
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_children->setRowCount(0);
    m_staff->setRowCount(0);
    m_record->clear();
    m_day->showWeek({});
}

void AttendanceView::reload()
{
    const Database &db = document()->database();
    const planning::PlanningData plan = planning::PlanningData::load(db, date(), date());
    const Id wanted = currentGroup();
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        for (const Group &group : plan.groupsInOrder()) {
            const Location *location = plan.location(group.locationId);
            m_group->addItem(location && plan.locations.size() > 1 ? QStringLiteral("%1 · %2").arg(location->name, group.name) : group.name,
                             group.id);
        }
        const int index = m_group->findData(wanted);
        m_group->setCurrentIndex(index >= 0 ? index : 0);
    }
    const Group *group = plan.group(currentGroup());
    const Location *location = group ? plan.location(group->locationId) : nullptr;
    m_day->showWeek(date(), [location](const QDate &day) { return location && location->hoursOn(day.dayOfWeek()); });
    if (!group) {
        m_children->setRowCount(0);
        m_staff->setRowCount(0);
        m_record->clear();
        return;
    }
    const attendance::AttendanceData registered = attendance::AttendanceData::load(db, date(), date());
    m_shown = attendance::buildDayRecord(plan, registered, *group, date());

    // The planned children and the registered ones (a child may come without a plan).
    m_childIds.clear();
    m_childRows.clear();
    m_plannedFrom.clear();
    m_plannedTo.clear();
    for (const planning::ChildPresence &planned : plan.childrenPresent(group->id, date())) {
        m_childIds.append(planned.childId);
        m_plannedFrom.append(planned.hours.from);
        m_plannedTo.append(planned.hours.to);
        m_childRows.append(std::nullopt);
    }
    for (const ChildAttendance &a : registered.children) {
        if (a.groupId != group->id)
            continue;
        int row = int(m_childIds.indexOf(a.childId));
        while (row >= 0 && m_childRows.at(row))
            row = int(m_childIds.indexOf(a.childId, row + 1));
        if (row < 0) {
            m_childIds.append(a.childId);
            m_plannedFrom.append(std::nullopt);
            m_plannedTo.append(std::nullopt);
            m_childRows.append(a);
        } else {
            m_childRows[row] = a;
        }
    }
    const int selected = m_children->currentRow();
    m_children->setRowCount(int(m_childIds.size()));
    for (int row = 0; row < m_childIds.size(); ++row) {
        const auto &a = m_childRows.at(row);
        const QString planned = m_plannedFrom.at(row) ? timeText(m_plannedFrom.at(row)) + QStringLiteral("–") + timeText(m_plannedTo.at(row))
                                                      : tr("no plan");
        const QStringList cells{plan.children.value(m_childIds.at(row)).displayName(), planned, a ? formatMinutes(a->arrived) : QString(),
                                a ? timeText(a->departed) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_children->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    if (selected >= 0 && selected < m_children->rowCount())
        m_children->selectRow(selected);

    m_staffRows.clear();
    for (const StaffAttendance &a : registered.staff) {
        if (a.groupId == group->id)
            m_staffRows.append(a);
    }
    m_staff->setRowCount(int(m_staffRows.size()));
    for (int row = 0; row < m_staffRows.size(); ++row) {
        const StaffAttendance &a = m_staffRows.at(row);
        const Staff *person = plan.staffMember(a.staffId);
        const QStringList cells{person ? person->name : QString(), formatMinutes(a.hours.from), formatMinutes(a.hours.to), a.note};
        for (int c = 0; c < cells.size(); ++c)
            m_staff->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_record->show(m_shown);
    m_close->setText(m_shown.day.closed() ? tr("Reopen...") : tr("Close the day..."));
}

bool AttendanceView::reasonIfClosed(QString *reason)
{
    reason->clear();
    if (!m_shown.day.closed())
        return true;
    bool ok = false;
    *reason = QInputDialog::getText(this, tr("Change a closed day"),
                                    tr("This day's record is closed. Why does it change? (kept with the change)"), QLineEdit::Normal,
                                    QString(), &ok)
                  .simplified();
    return ok && !reason->isEmpty();
}

int AttendanceView::defaultTime(std::optional<int> planned) const
{
    if (date() == QDate::currentDate()) {
        const QTime now = QTime::currentTime();
        return now.hour() * 60 + now.minute();
    }
    return planned.value_or(m_shown.opening ? m_shown.opening->from : 8 * 60);
}

void AttendanceView::markSelectedChild()
{
    const int row = m_children->currentRow();
    if (!document() || row < 0 || row >= m_childIds.size())
        return;
    QString reason;
    if (!reasonIfClosed(&reason))
        return;
    const auto &registered = m_childRows.at(row);
    if (!registered) {
        const ChildAttendance arrived{NoId, currentGroup(), m_childIds.at(row), date(), defaultTime(m_plannedFrom.at(row)), std::nullopt};
        document()->undoStack()->push(new AttendanceCommand<ChildAttendance>(document(), tr("Child arrived"), std::nullopt, arrived, reason));
    } else if (!registered->departed) {
        ChildAttendance left = *registered;
        left.departed = std::max(registered->arrived + 1, defaultTime(m_plannedTo.at(row)));
        document()->undoStack()->push(new AttendanceCommand<ChildAttendance>(document(), tr("Child left"), registered, left, reason));
    }
}

void AttendanceView::editChildTimes()
{
    const int row = m_children->currentRow();
    if (!document() || row < 0 || row >= m_childIds.size())
        return;
    const auto &registered = m_childRows.at(row);
    TimesDialog dialog(tr("Times of %1").arg(m_children->item(row, 0)->text()), this);
    dialog.setTimes(registered ? registered->arrived : defaultTime(m_plannedFrom.at(row)),
                    registered ? registered->departed : m_plannedTo.at(row), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString reason;
    if (!reasonIfClosed(&reason))
        return;
    const ChildAttendance after{registered ? registered->id : NoId, currentGroup(), m_childIds.at(row), date(), dialog.from(), dialog.to()};
    document()->undoStack()->push(new AttendanceCommand<ChildAttendance>(document(), tr("Correct a child's times"), registered, after, reason));
}

void AttendanceView::addChildWithoutPlan()
{
    if (!document() || currentGroup() == NoId)
        return;
    QStringList names;
    QList<Id> ids;
    for (const Child &child : ChildRepository(document()->database()).all()) {
        if (!m_childIds.contains(child.id)) {
            names << child.displayName();
            ids << child.id;
        }
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Child without a plan"), tr("Child (a swap day or an extra day):"), names, 0, false, &ok);
    QString reason;
    if (!ok || names.indexOf(name) < 0 || !reasonIfClosed(&reason))
        return;
    const ChildAttendance arrived{NoId, currentGroup(), ids.at(names.indexOf(name)), date(), defaultTime(std::nullopt), std::nullopt};
    document()->undoStack()->push(new AttendanceCommand<ChildAttendance>(document(), tr("Child arrived"), std::nullopt, arrived, reason));
}

void AttendanceView::removeChild()
{
    const int row = m_children->currentRow();
    QString reason;
    if (!document() || row < 0 || row >= m_childRows.size() || !m_childRows.at(row) || !reasonIfClosed(&reason))
        return;
    document()->undoStack()->push(
        new AttendanceCommand<ChildAttendance>(document(), tr("Remove a child's attendance"), m_childRows.at(row), std::nullopt, reason));
}

void AttendanceView::addStaff()
{
    if (!document() || currentGroup() == NoId)
        return;
    QStringList names;
    QList<Id> ids;
    for (const Staff &person : StaffRepository(document()->database()).all()) {
        names << person.name;
        ids << person.id;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("On the floor"), tr("Staff member:"), names, 0, false, &ok);
    if (!ok || names.indexOf(name) < 0)
        return;
    TimesDialog dialog(tr("On the floor: %1").arg(name), this);
    dialog.setTimes(defaultTime(std::nullopt), m_shown.opening ? std::optional<int>(m_shown.opening->to) : std::nullopt, false);
    dialog.setNote(QString(), true);
    QString reason;
    if (dialog.exec() != QDialog::Accepted || !dialog.to() || !reasonIfClosed(&reason))
        return;
    const StaffAttendance row{NoId, currentGroup(), ids.at(names.indexOf(name)), date(), TimeRange{dialog.from(), *dialog.to()}, dialog.note()};
    document()->undoStack()->push(new AttendanceCommand<StaffAttendance>(document(), tr("Staff on the floor"), std::nullopt, row, reason));
}

void AttendanceView::editStaff()
{
    const int row = m_staff->currentRow();
    if (!document() || row < 0 || row >= m_staffRows.size())
        return;
    const StaffAttendance before = m_staffRows.at(row);
    TimesDialog dialog(tr("On the floor: %1").arg(m_staff->item(row, 0)->text()), this);
    dialog.setTimes(before.hours.from, before.hours.to, false);
    dialog.setNote(before.note, true);
    QString reason;
    if (dialog.exec() != QDialog::Accepted || !dialog.to() || !reasonIfClosed(&reason))
        return;
    StaffAttendance after = before;
    after.hours = TimeRange{dialog.from(), *dialog.to()};
    after.note = dialog.note();
    document()->undoStack()->push(new AttendanceCommand<StaffAttendance>(document(), tr("Correct time on the floor"), before, after, reason));
}

void AttendanceView::removeStaff()
{
    const int row = m_staff->currentRow();
    QString reason;
    if (!document() || row < 0 || row >= m_staffRows.size() || !reasonIfClosed(&reason))
        return;
    document()->undoStack()->push(
        new AttendanceCommand<StaffAttendance>(document(), tr("Off the floor"), m_staffRows.at(row), std::nullopt, reason));
}

void AttendanceView::takeOverRoster()
{
    QString reason;
    if (!document() || currentGroup() == NoId || !reasonIfClosed(&reason))
        return;
    document()->undoStack()->push(new TakeOverRosterCommand(document(), currentGroup(), date(), reason));
}

void AttendanceView::closeOrReopen()
{
    if (!document() || currentGroup() == NoId)
        return;
    bool ok = false;
    const bool close = !m_shown.day.closed();
    const QString text = close ? QInputDialog::getText(this, tr("Close the day"), tr("Closed by (name of the manager):"), QLineEdit::Normal, QString(), &ok)
                               : QInputDialog::getText(this, tr("Reopen the day"), tr("Why is the closed record reopened?"), QLineEdit::Normal, QString(), &ok);
    if (!ok || text.simplified().isEmpty())
        return;
    document()->undoStack()->push(new CloseDayCommand(document(), currentGroup(), date(), close, text.simplified()));
}

void AttendanceView::printRecord()
{
    if (!document() || currentGroup() == NoId)
        return;
    const QString path = askOutputFile(this, document()->path(), tr("Save the day record as PDF"),
                                       tr("dayrecord-%1-%2.pdf").arg(m_shown.group.name, date().toString(Qt::ISODate)),
                                       tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    const QString error = report::writeDayRecordPdf(path, {m_shown}, QDateTime::currentDateTime());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Day record"), error);
}

} // namespace samenplan::ui
