#pragma once
// Asks from which date and on which days (and hours) a dropped child is placed, and whether it
// takes a youth-care seat; says at once whether that is allowed and why not.

#include "placement/placementrules.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace samenplan::ui {

class PlacementDialog : public QDialog {
    Q_OBJECT
public:
    using Evaluator = std::function<Outcome(const planning::PlacementProposal &)>;

    PlacementDialog(const QString &childName, const QString &groupName, const planning::PlacementProposal &proposal,
                    bool canTakeSeat, Evaluator evaluator, QWidget *parent = nullptr);
    planning::PlacementProposal proposal() const;
    Outcome verdict() const { return m_verdict; }

private:
    void evaluate();

    planning::PlacementProposal m_base;
    Evaluator m_evaluator;
    Outcome m_verdict;
    QDateEdit *m_start;
    QList<QCheckBox *> m_days;
    QList<QTimeEdit *> m_from;
    QList<QTimeEdit *> m_to;
    QComboBox *m_kind;
    QLineEdit *m_override;
    QLabel *m_verdictLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace samenplan::ui
