#pragma once
// Asks from which date (and, for an existing placement, until when) and on which days and hours a
// child is placed, and whether it takes a youth-care seat. Says at once whether the rules allow it
// and why not, what the change does to the group's staffing per day ("Thursday: needs 3
// professionals from 08:30, 2 rostered"), and, after a drop that did not fit as asked, what was left
// out and why, with the date from which everything asked fits.

#include "placement/placementrules.h"
#include "roster/staffingimpact.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace samenplan::ui {

class DateField;
class WeekHoursEditor;

class PlacementDialog : public QDialog {
    Q_OBJECT
public:
    using Evaluator = std::function<Outcome(const planning::PlacementProposal &)>;
    using StaffingImpact = std::function<QList<roster::DayImpact>(const planning::PlacementProposal &)>;

    struct Request {
        QString childName;
        QString groupName;
        planning::PlacementProposal proposal; // what the fields start with
        bool editing = false;                 // a stored placement: its end date can be set too
        bool canTakeSeat = false;             // the child has a referral
        QList<int> openDays{1, 2, 3, 4, 5};   // the rows shown
        // After a drop that did not fit as asked:
        QList<Finding> leftOut;               // why days, or the wished start, were left out
        QDate allDaysFrom;                    // from when every wished day fits (null: not within a year)
        QList<PlacementDay> wishedDays;       // what was asked
    };

    PlacementDialog(const Request &request, Evaluator evaluator, StaffingImpact impact, QWidget *parent = nullptr);
    planning::PlacementProposal proposal() const;
    Outcome verdict() const { return m_verdict; }
    QString staffingText() const;
    QString helpText() const;
    // Starts on allDaysFrom with every wished day ticked (the help's button).
    void takeAllWishedDays();

private:
    void evaluate();
    QWidget *helpBox(const Request &request);

    Request m_request;
    Evaluator m_evaluator;
    StaffingImpact m_impact;
    Outcome m_verdict;
    DateField *m_start;
    DateField *m_end;
    WeekHoursEditor *m_days;
    QComboBox *m_kind;
    QLineEdit *m_override;
    QLabel *m_help = nullptr;
    QLabel *m_verdictLabel;
    QLabel *m_staffing;
    QDialogButtonBox *m_buttons;
};

} // namespace samenplan::ui
