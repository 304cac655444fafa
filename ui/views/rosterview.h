#pragma once
// Roster: the shown week by staff or by group (or one day of it as a timeline, timeline/), each group day coloured by its ratio state (met,
// within the three-hour allowance, violation); beside it the week's problem list, where each
// problem explains itself and selects its day (and frames its time on the group's ratio band). Shifts are created, edited and deleted here, each change
// one undo step; the checks update at once. The week prints for the wall (time bars) or as lists by
// staff and by group.

#include "planning/planningdata.h"
#include "roster/problemlist.h"
#include "roster/rostercheck.h"
#include "roster/weektemplate.h"
#include "views/celldragsource.h"
#include "views/plannerview.h"

#include <memory>

#include <QPersistentModelIndex>
#include <QPoint>

class QComboBox;
class QStackedWidget;

class QPushButton;

namespace samenplan::ui {

class ProblemListView;
class ScenarioChecks;
class RosterWeekActions;
class TimelinePage;
class SearchableTable;

class RosterView : public PlannerView {
    Q_OBJECT
public:
    explicit RosterView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("roster"); }
    QString title() const override;
    QIcon icon() const override;
    SearchableTable *table() const { return m_table; }
    ProblemListView *problemList() const { return m_problems; }
    ScenarioChecks *whatIf() const { return m_whatIf; }
    const QList<roster::Violation> &violations() const { return m_violations; }
    void setByGroup(bool byGroup);
    QStringList modeKeys() const override { return {QStringLiteral("timeline")}; }
    void showMode(const QString &key) override;
    // The day timeline of a day of the shown week.
    void showTimeline(const QDate &day);
    TimelinePage *timeline() const { return m_timeline; }
    bool handles(RecordLink::Kind kind) const override { return kind == RecordLink::Kind::Problem; }
    bool showRecord(const RecordLink &link) override;
    // Selects the problem's day (and frames its time) in the roster.
    void showProblem(const roster::Problem &problem);

    // The shift editor's warnings for a shift (the dialog shows them; tests call it directly).
    QStringList warningsFor(const Shift &shift) const;
    // Week tools, without dialogs: each is one undo step.
    void copyWeekTo(const IsoWeek &target, bool replace);
    void saveWeekAsTemplate(const QString &name, roster::WeekParity parity);
    void applyTemplate(Id templateId, const IsoWeek &first, const IsoWeek &last, bool replace);
    // What dropping a dragged shift on another day (and person) does.
    void moveShift(Id shiftId, Id staffId, const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    void reload() override;
    void clear() override;

private:
    void fillByStaff();
    void fillByGroup();
    void fillTable();
    void fillWeekTable(); // by staff or by group
    void fillTimeline();
    void changeShiftTimes(const Shift &before, const Shift &after);
    void editShift(Id shiftId, Id staffId, const QDate &date);
    void deleteSelectedShift();
    Id shiftAtCurrentCell(Id *staffId, QDate *date) const;
    // Edit shift and Delete shift act on the chosen cell's shift: enabled only while there is one.
    void updateShiftButtons();
    // The group a new shift most likely belongs to: the row's group (by group), else the group of the
    // staff member's shift nearest to that day, else the location's only group; none when unclear.
    Id likelyGroup(Id staffId, const QDate &day) const;
    RosterWeekActions weekActions(); // of the shown week; needs a document
    void printPreview(bool wall);
    void savePdf(bool wall);

    SearchableTable *m_table;
    QComboBox *m_mode;
    ProblemListView *m_problems;
    ScenarioChecks *m_whatIf;
    QStackedWidget *m_stack;
    TimelinePage *m_timeline;
    QDate m_timelineDay;
    planning::PlanningData m_plan;
    QList<roster::Violation> m_violations;
    QList<QPushButton *> m_shiftButtons;
    std::unique_ptr<CellDragSource> m_drag;
};

} // namespace samenplan::ui
