#pragma once
// The staff-child ratio calculator: enter how many children of each age are present and see at
// once how many professionals they require, by which rule, and why.

#include "domain/types.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace samenplan::ui {

class DateField;

class RatioCalculator : public QWidget {
    Q_OBJECT
public:
    explicit RatioCalculator(QWidget *parent = nullptr);

    void setCareType(CareType careType);
    // Day care: counts of children aged 0, 1, 2 and 3. Out-of-school care: aged 4-6 and 7+.
    void setCounts(const QList<int> &counts);
    QString resultText() const;
    QString explanationText() const;

private:
    void rebuildInputs();
    void recalculate();
    CareType careType() const;

    QComboBox *m_setting;
    DateField *m_date;
    QWidget *m_inputs;
    QList<QSpinBox *> m_counts;
    QLabel *m_result;
    QLabel *m_ruleset;
    QLabel *m_explanation;
};

} // namespace samenplan::ui
