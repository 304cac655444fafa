#pragma once
// One tentative change for a what-if scenario (capacity/scenarioplan.h), for a location: place a child
// from the waiting list, end or extend a placement, move a trajectory's end, add a group, or change a
// group's maximum. A page per kind; OK only when the chosen kind's fields make a change.

#include "capacity/scenarioplan.h"
#include "dialogs/formdialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace samenplan::ui {

class DateField;

class ScenarioChangeDialog : public FormDialog {
    Q_OBJECT
public:
    // records: the plan from today on; scenario: the changes so far (its new groups can be chosen).
    ScenarioChangeDialog(const capacity::CapacityData &records, const capacity::Scenario &scenario, Id locationId,
                         QWidget *parent = nullptr);

    void setKind(capacity::ScenarioChangeKind kind);
    capacity::ScenarioChange change() const;
    QString problem() const override;

    // The fields, for tests.
    QComboBox *wishBox() const { return m_wish; }
    QComboBox *placementBox() const { return m_placement; }
    QComboBox *referralBox() const { return m_referral; }
    QComboBox *groupBox() const { return m_group; }
    QLineEdit *groupName() const { return m_name; }
    // The maximum, seats and date of the kind shown.
    QSpinBox *maximumBox() const;
    QSpinBox *seatsBox() const;
    DateField *dateField() const;

private:
    QWidget *placePage();
    QWidget *endPage();
    QWidget *trajectoryPage();
    QWidget *newGroupPage();
    QWidget *maximumPage();
    capacity::ScenarioChangeKind kind() const;
    void kindChosen();

    const capacity::CapacityData &m_records;
    capacity::Scenario m_scenario;
    Id m_locationId;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    DateField *m_start;         // a placement's first day
    DateField *m_lastDay;       // a placement's new last day (empty: it runs on)
    DateField *m_plannedEnd;    // a trajectory's new planned end
    QComboBox *m_wish;
    QComboBox *m_target;        // the group a child is placed in (ids; a new group: scenarioGroupId)
    QCheckBox *m_youthCare;
    QComboBox *m_placement;
    QComboBox *m_referral;
    QLineEdit *m_name;
    QComboBox *m_careType;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    QSpinBox *m_newMaximum;     // a new group's size
    QSpinBox *m_newSeats;
    QComboBox *m_group;         // the group whose maximum changes
    QSpinBox *m_maximum;
    QSpinBox *m_seats;
};

} // namespace samenplan::ui
