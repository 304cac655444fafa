#pragma once
// Attendance: per group and day, who was really there. The planned children are listed; a click or
// a key marks one arrived or gone ("now" on today, the planned time on another day), times can be
// corrected (logged), a child without a plan added; the staff on the floor start from the roster
// and are corrected for swaps, late arrivals and sickness. Beside it the day record: the ratio per
// quarter hour from who was there. The manager closes the day; a closed day changes only with a
// reason. Every change is one undo step through the day records' door.

#include "attendance/dayrecord.h"
#include "views/plannerview.h"

class QComboBox;
class QPushButton;
class QTableWidget;

namespace samenplan::ui {

class DayRecordTable;
class DayTabs;

class AttendanceView : public PlannerView {
    Q_OBJECT
public:
    explicit AttendanceView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("attendance"); }
    QString title() const override;
    QIcon icon() const override;

    QTableWidget *childTable() const { return m_children; }
    QTableWidget *staffTable() const { return m_staff; }
    DayRecordTable *recordTable() const { return m_record; }
    void selectGroup(Id groupId);
    // Marks the selected child arrived, or gone when it is there: the one-key action (Space).
    void markSelectedChild();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reload() override;
    void clear() override;

private:
    Id currentGroup() const;
    // Asks for a reason when the day is closed; false when the user cancels.
    bool reasonIfClosed(QString *reason);
    int defaultTime(std::optional<int> planned) const;
    void editChildTimes();
    void addChildWithoutPlan();
    void removeChild();
    void addStaff();
    void editStaff();
    void removeStaff();
    void takeOverRoster();
    void closeOrReopen();
    void printRecord();

    QComboBox *m_group;
    DayTabs *m_day;
    QTableWidget *m_children;
    QTableWidget *m_staff;
    DayRecordTable *m_record;
    QPushButton *m_close;
    attendance::DayRecord m_shown;
    QList<std::optional<ChildAttendance>> m_childRows; // registered attendance per row, if any
    QList<Id> m_childIds;
    QList<std::optional<int>> m_plannedFrom;
    QList<std::optional<int>> m_plannedTo;
    QList<StaffAttendance> m_staffRows;
};

} // namespace samenplan::ui
