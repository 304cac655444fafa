#pragma once
// Ends a placement: its last day and why it ends, with the rules' answer shown before OK.

#include "dialogs/formdialog.h"
#include "placement/placementrules.h"

#include <functional>

class QComboBox;

namespace samenplan::ui {

class DateField;

class EndPlacementDialog : public FormDialog {
    Q_OBJECT
public:
    using Evaluator = std::function<Outcome(const planning::PlacementProposal &)>;

    EndPlacementDialog(const QString &childName, const QString &groupName, const Placement &placement, Evaluator evaluator,
                       QWidget *parent = nullptr);
    QDate lastDay() const;
    QString reason() const;
    QString problem() const override;

    // The usual reasons a placement ends, offered in the reason's list.
    static QStringList usualReasons();

private:
    Placement m_placement;
    Evaluator m_evaluator;
    DateField *m_lastDay;
    QComboBox *m_reason;
};

} // namespace samenplan::ui
